import 'server-only';
import { fieldErrors } from '../http/api-error';
import { type IncidentFilters, parseFilters, searchParamsRecord } from '../incidents/filters';

/** Turns an async source of text chunks into a streamed download. */
export function streamDownload(
  chunks: AsyncIterable<string>,
  contentType: string,
  filename: string,
): Response {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
}

/** Strict parsing for machine clients: a bad filter is a 400, not silently ignored. */
export function filtersFromRequest(request: Request): { filters: IncidentFilters } | { response: Response } {
  const params = new URL(request.url).searchParams;
  const { filters, errors } = parseFilters(searchParamsRecord(params));
  if (Object.keys(errors).length > 0) return { response: fieldErrors(errors, 'Some filters are not valid.') };
  return { filters };
}

/**
 * Where the reader reached the app, so links in an export open for them: the Host (behind a
 * reverse proxy, the host and scheme it forwards). Next gives route handlers its own hostname
 * ("localhost") in request.url, whatever the request was sent to.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? '';
  const proto = request.headers.get('x-forwarded-proto') ?? url.protocol.slice(0, -1);
  return `${proto === 'https' ? 'https' : 'http'}://${/^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) ? host : url.host}`;
}
