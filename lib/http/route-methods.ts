/**
 * Next answers a method a route file does not export with an empty 405 (and lists every
 * exported method in its automatic OPTIONS answer). So each route file exports all seven of
 * Next's methods: the ones it serves, and these for the rest, which answer in the API's one
 * error shape and name what is allowed.
 */
import { apiError } from './api-error';
import { apiRoute } from './api-route';

import { ROUTE_METHODS, type RouteMethod } from './methods';

export { ROUTE_METHODS, type RouteMethod };

/** The Allow header for a route serving `served`: HEAD comes with GET, OPTIONS always. */
export function allowHeader(served: readonly RouteMethod[]): string {
  const allowed = new Set<RouteMethod>([...served, 'OPTIONS']);
  if (allowed.has('GET')) allowed.add('HEAD');
  return ROUTE_METHODS.filter((m) => allowed.has(m)).join(', ');
}

export function methodNotAllowed(method: string, allow: string): Response {
  const response = apiError(405, 'method_not_allowed', `${method} is not allowed here. Allowed: ${allow}.`);
  response.headers.set('allow', allow);
  return response;
}

type Handler = (request: Request) => Promise<Response>;

/**
 * OPTIONS, and a 405 for each method a route does not serve, ready to export:
 *   export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods('/api/x', ['GET']);
 * (HEAD needs no handler where GET has one: Next answers it with GET's, without the body.)
 */
export function otherMethods(route: string, served: readonly RouteMethod[]): Record<RouteMethod, Handler> {
  const allow = allowHeader(served);
  const options = { route, access: 'reader' } as const;
  const notAllowed = apiRoute(options, async (request: Request) => methodNotAllowed(request.method, allow));
  const handlers = Object.fromEntries(ROUTE_METHODS.map((m) => [m, notAllowed])) as Record<
    RouteMethod,
    Handler
  >;
  handlers.OPTIONS = apiRoute(options, async () => new Response(null, { status: 204, headers: { allow } }));
  return handlers;
}
