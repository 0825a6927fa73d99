import 'server-only';
/**
 * Every route handler of the JSON API is wrapped in `apiRoute`, so that whatever happens the
 * answer is in the one error shape and says how it may be cached:
 *   - a full disk is a 507 that says nothing was stored, a locked store a 503 to retry,
 *     anything else a logged 500 (never Next's empty or HTML one);
 *   - `private, no-store` on every answer that needed a session to read or that changes
 *     something; public reads (PUBLIC_READ=true) `public, no-cache`: the same for everyone, but
 *     checked again on every use, since an editor's change must show at once.
 */
import { settings } from '../env';
import { logger } from '../ops/log';
import { REQUEST_ID_HEADER } from '../ops/request-id';
import { apiError } from './api-error';
import { storeFailure } from './store-failure';

export type RouteAccessLevel = 'reader' | 'editor';

export function cacheControl(options: { method: string; status: number; access: RouteAccessLevel }): string {
  const read = options.method === 'GET' || options.method === 'HEAD';
  if (read && options.access === 'reader' && options.status < 400 && settings().PUBLIC_READ) {
    return 'public, no-cache';
  }
  return 'private, no-store';
}

/** The answer to a request that failed; an unexpected failure is logged with the request's id. */
export function failureResponse(error: unknown, route: string, request?: Request): Response {
  const failure = storeFailure(error);
  if (failure === 'full') {
    return apiError(
      507,
      'insufficient_storage',
      'The server’s disk is full, so nothing was stored. Tell the administrator; send it again once space is freed.',
    );
  }
  if (failure === 'busy') {
    const response = apiError(503, 'service_unavailable', 'The store is busy; send it again in a moment.');
    response.headers.set('retry-after', '5');
    return response;
  }
  const requestId = request?.headers.get(REQUEST_ID_HEADER) ?? undefined;
  logger().error({ err: error, route, requestId }, 'API request failed');
  return apiError(500, 'internal', 'Something went wrong on the server; it has been logged.');
}

export function apiRoute<Args extends [request: Request, ...rest: unknown[]]>(
  options: { route: string; access: RouteAccessLevel },
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    const [request] = args;
    let response: Response;
    try {
      response = await handler(...args);
    } catch (error) {
      response = failureResponse(error, `${request.method} ${options.route}`, request);
    }
    response.headers.set(
      'cache-control',
      cacheControl({ method: request.method, status: response.status, access: options.access }),
    );
    return response;
  };
}
