/**
 * One log line and one latency observation per request, when its answer is finished (or the client
 * went away first): the request's id, method, route pattern, path without its query string (a
 * sign-in or reset link can carry a token there), status, time taken, body bytes sent, and whether
 * the page cache answered. Nothing from headers, cookies or bodies; and a path that holds a
 * credential (a saved search's feed token) is logged as its route pattern.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { ROUTE_METHODS } from '../http/methods';
import type { Logger } from './log';
import { stampRequestId } from './request-id';
import { pathOf, type RouteTable, routeOf } from './routes';

/** How the page cache dealt with the request (lib/http/page-cache.ts); unset: not cacheable. */
export type CacheOutcome = 'hit' | 'stale' | 'miss' | 'wait';

export interface TrackedRequest {
  id: string;
  cache?: CacheOutcome;
}

/** Status logged for a request whose client closed the connection before the answer ended. */
export const CLIENT_CLOSED = 499;

const METHODS = new Set<string>(ROUTE_METHODS);
/** Route parameters that are credentials: such paths are not logged. */
const CREDENTIAL_PARAM = '[token]';

/** Counts the body bytes written to the response (after compression, when Next compresses). */
function countBytes(response: ServerResponse): () => number {
  let bytes = 0;
  const add = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === 'string')
      bytes += Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
    else if (chunk instanceof Uint8Array) bytes += chunk.byteLength;
  };
  const write = response.write;
  const end = response.end;
  response.write = function countedWrite(this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    add(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse['write'];
  response.end = function countedEnd(this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    add(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse['end'];
  return () => bytes;
}

/**
 * Gives the request its id (lib/ops/request-id.ts) and logs it when it is done. The caller may set
 * `cache` on the returned object before then.
 */
export function trackRequest(
  request: IncomingMessage,
  response: ServerResponse,
  options: {
    routes: RouteTable;
    log: Logger;
    observe?: (labels: { method: string; route: string; status: string }, seconds: number) => void;
    /** Milliseconds, for the duration (performance.now unless given). */
    now?: () => number;
  },
): TrackedRequest {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const tracked: TrackedRequest = { id: stampRequestId(request, response) };
  const bytes = countBytes(response);
  response.once('close', () => {
    const durationMs = now() - started;
    const aborted = !response.writableFinished;
    const status = aborted ? CLIENT_CLOSED : response.statusCode;
    const method = METHODS.has(request.method ?? '') ? (request.method as string) : 'OTHER';
    const fullPath = pathOf(request.url);
    const route = routeOf(options.routes, fullPath);
    const path = route.includes(CREDENTIAL_PARAM) ? route : fullPath;
    options.observe?.({ method, route, status: String(status) }, durationMs / 1000);
    const line = {
      requestId: tracked.id,
      method,
      route,
      path,
      status,
      durationMs: Math.round(durationMs * 10) / 10,
      bytes: bytes(),
      ...(tracked.cache ? { cache: tracked.cache } : {}),
      ...(aborted ? { aborted: true } : {}),
    };
    if (status >= 500 && !aborted) options.log.error(line, 'request');
    else options.log.info(line, 'request');
  });
  return tracked;
}
