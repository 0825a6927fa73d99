/**
 * A JSON request body, read with a size cap (route handlers get no body limit from Next) and
 * answered in the API's one error shape when it is too big, not JSON, or not an object.
 */
import { apiError } from './api-error';

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Content-Type is `type/subtype` then `;`-separated parameters (RFC 9110 §8.3): only the part
 * before the first `;` names the type, so `text/plain; x=application/json` is plain text.
 */
export function isJsonMediaType(header: string | null): boolean {
  const essence = (header ?? '').split(';', 1)[0]?.trim().toLowerCase();
  return essence === 'application/json';
}

export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const tooLarge = () => ({
    ok: false as const,
    response: apiError(
      413,
      'payload_too_large',
      `The request body is over ${maxBytes.toLocaleString('en')} bytes.`,
    ),
  });
  if (!isJsonMediaType(request.headers.get('content-type'))) {
    return {
      ok: false,
      response: apiError(415, 'unsupported_media_type', 'Send the body as application/json.'),
    };
  }
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge();
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, response: apiError(400, 'bad_request', 'The body must be a JSON object.') };
    }
    return { ok: true, value };
  } catch {
    return { ok: false, response: apiError(400, 'bad_request', 'The body is not valid JSON.') };
  }
}
