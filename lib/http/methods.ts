/**
 * The methods Next's route handlers can export; any other method never reaches a handler. A module
 * of its own, importing nothing, so the server front (lib/cli/next-server.ts, outside Next's
 * server-only world) can use it too.
 */
export const ROUTE_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];
