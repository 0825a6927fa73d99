/**
 * An error Next caught while rendering a page, running a route handler, an action or the proxy
 * (instrumentation.ts onRequestError), as one JSON log line with the request's id (given by the
 * server front, lib/ops/request-id.ts) and the route pattern. Expected answers (notFound(),
 * redirect()) never come here. Only the path is logged of the request: no query, no headers.
 */
import type { Instrumentation } from 'next';
import { logger } from './log';
import { REQUEST_ID_HEADER } from './request-id';
import { pathOf } from './routes';

type ErrorRequest = Parameters<Instrumentation.onRequestError>[1];
type ErrorContext = Parameters<Instrumentation.onRequestError>[2];

/** The fields logged for an error (the error itself goes under `err`). */
export function requestErrorFields(request: ErrorRequest, context: ErrorContext) {
  const id = request.headers[REQUEST_ID_HEADER];
  return {
    requestId: typeof id === 'string' ? id : undefined,
    method: request.method,
    route: context.routePath,
    routeType: context.routeType,
    path: pathOf(request.path),
  };
}

export function logRequestError(error: unknown, request: ErrorRequest, context: ErrorContext): void {
  logger().error({ err: error, ...requestErrorFields(request, context) }, 'Request failed');
}
