/**
 * A request's route as the built app names it ("/incidents/[id]", never "/incidents/4213"), for
 * the metrics' route label and the access log: one label per page or API route, so the number of
 * series stays bounded however many incidents or odd URLs there are.
 *
 * The routes come from the build's routes-manifest.json, the table Next itself routes by: static
 * routes are tried first, then the dynamic ones in the manifest's order (most specific first, as
 * Next sorts them). Everything under /_next/static is one route; anything else is "other".
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const STATIC_ASSETS_ROUTE = '/_next/static';
export const OTHER_ROUTE = 'other';

const manifestSchema = z.object({
  staticRoutes: z.array(z.object({ page: z.string(), regex: z.string() })).default([]),
  dynamicRoutes: z.array(z.object({ page: z.string(), regex: z.string() })).default([]),
});

export interface RouteTable {
  routes: { page: string; pattern: RegExp }[];
}

/** The table from a parsed routes-manifest.json. */
export function routeTableFrom(manifest: unknown): RouteTable {
  const { staticRoutes, dynamicRoutes } = manifestSchema.parse(manifest);
  return {
    routes: [...staticRoutes, ...dynamicRoutes].map((r) => ({ page: r.page, pattern: new RegExp(r.regex) })),
  };
}

/** The table of the build in `dir` (lib/cli/build-if-needed.ts buildDir()); empty without one. */
export function readRouteTable(dir: string): RouteTable {
  const file = path.join(dir, 'routes-manifest.json');
  if (!existsSync(file)) return { routes: [] };
  return routeTableFrom(JSON.parse(readFileSync(file, 'utf8')));
}

/** The route pattern a path (no query string) belongs to. */
export function routeOf(table: RouteTable, pathname: string): string {
  if (pathname.startsWith(`${STATIC_ASSETS_ROUTE}/`)) return STATIC_ASSETS_ROUTE;
  return table.routes.find((r) => r.pattern.test(pathname))?.page ?? OTHER_ROUTE;
}

/** The path of a request's URL, without its query string. */
export function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const query = raw.indexOf('?');
  return query < 0 ? raw : raw.slice(0, query);
}
