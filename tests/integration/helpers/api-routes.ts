/** Every route file of the JSON API, found by scanning app/api (so a new one cannot be missed). */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : name === 'route.ts' ? [full] : [];
  });
}

export interface ApiRoute {
  /** app/api/... as written in the tree */
  file: string;
  /** A URL that reaches the route: dynamic segments filled with `1`, catch-alls with `nope`. */
  url: string;
  params: Record<string, string | string[]>;
}

export function apiRoutes(): ApiRoute[] {
  return walk(path.join(ROOT, 'app', 'api')).map((full) => {
    const file = path.relative(ROOT, full).split(path.sep).join('/');
    const params: Record<string, string | string[]> = {};
    const segments = file
      .replace(/^app\//, '')
      .replace(/\/route\.ts$/, '')
      .split('/')
      .map((segment) => {
        const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
        if (catchAll?.[1]) {
          params[catchAll[1]] = ['nope'];
          return 'nope';
        }
        const dynamic = /^\[(\w+)\]$/.exec(segment);
        if (dynamic?.[1]) {
          params[dynamic[1]] = dynamic[1] === 'series' ? 'casualty-totals' : '1';
          return params[dynamic[1]];
        }
        return segment;
      });
    return { file, url: `http://localhost/${segments.join('/')}`, params };
  });
}
