/**
 * The server-action requests proxy.ts refuses before Next reads them, each with a status and a
 * sentence a person can act on. Next itself would answer all of them 500 (or, for a bad id, with
 * a bare "Invalid Server Action request."), which a form can only show as the error page.
 * The answers are `text/plain` exactly: Next's client then rejects the action with this very
 * message (next/dist/client/components/router-reducer/reducers/server-action-reducer.js), and
 * our forms show it inline (lib/forms/action-failure.ts).
 */
import { MAX_REPORT_CHARS } from '../reports/schema';
import {
  ACTION_CONTENT_TYPES,
  ACTION_ID,
  MAX_ACTION_BODY_BYTES,
  MAX_ACTION_BODY_LABEL,
} from './action-limits';

export interface ActionRefusal {
  status: 400 | 403 | 413 | 415;
  message: string;
}

const NEXT_ACTION = 'next-action';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The host the browser addressed: the proxy's forwarded one first, as Next compares it. */
function requestHost(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return forwarded || headers.get('host');
}

function originHost(origin: string): string | null {
  if (origin === 'null') return null;
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

function crossSite(headers: Headers): ActionRefusal | null {
  const origin = headers.get('origin');
  // No Origin: not a browser sending a form from a page (Next lets these through, and so do we).
  if (origin === null) return null;
  const from = originHost(origin);
  if (from !== null && from === requestHost(headers)) return null;
  return {
    status: 403,
    message: `This form was sent from another site (${from ?? 'an unknown origin'}), so nothing was done. Open the tracker at its own address and send the form from there.`,
  };
}

function oversized(headers: Headers): ActionRefusal | null {
  const length = Number(headers.get('content-length'));
  if (!Number.isFinite(length) || length <= MAX_ACTION_BODY_BYTES) return null;
  return {
    status: 413,
    message: `This form sent ${megabytes(length)}; the server accepts at most ${MAX_ACTION_BODY_LABEL} from one form, so nothing was done. A report's text may hold at most ${MAX_REPORT_CHARS.toLocaleString('en')} characters.`,
  };
}

const UNREADABLE: ActionRefusal = {
  status: 400,
  message:
    'This form arrived garbled and could not be read, so nothing was done. Reload the page and try again.',
};

/**
 * A body React's encodeReply could not have written: text that is not JSON, or a multipart body
 * that does not parse. Next would fail on it with a 500. The proxy may read the body: Next buffers
 * it for the proxy and the handler alike (experimental.proxyClientMaxBodySize, 10 MB by default,
 * above MAX_ACTION_BODY_BYTES, which oversized() has already enforced).
 */
async function unreadable(request: Request): Promise<ActionRefusal | null> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  try {
    if (type === 'text/plain') JSON.parse(await request.clone().text());
    else await request.clone().formData();
    return null;
  } catch {
    return UNREADABLE;
  }
}

/** Why this request must not reach Next's server-action handler, or null to let it through. */
export async function refuseServerAction(request: Request): Promise<ActionRefusal | null> {
  const id = request.headers.get(NEXT_ACTION);
  // Next treats only a POST carrying the header as an action call; anything else is a page request.
  if (id === null || request.method !== 'POST') return null;
  if (!ACTION_ID.test(id)) {
    return {
      status: 400,
      message:
        'This request names no action of this site, so nothing was done. Reload the page and try again.',
    };
  }
  const refusal = crossSite(request.headers) ?? oversized(request.headers);
  if (refusal) return refusal;
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!(ACTION_CONTENT_TYPES as readonly string[]).includes(type)) {
    return {
      status: 415,
      message: `This request's content type (${type || 'none'}) is not one a form of this site sends, so nothing was done. Reload the page and try again.`,
    };
  }
  return unreadable(request);
}
