/**
 * The metrics' route label: a request's route as the build names it, so that a million incidents
 * make one series, not a million. The table is a slice of a real routes-manifest.json (Next 16).
 */
import { describe, expect, it } from 'vitest';
import { pathOf, routeOf, routeTableFrom } from '@/lib/ops/routes';

const manifest = {
  version: 3,
  staticRoutes: [
    { page: '/', regex: '^/(?:/)?$', routeKeys: {}, namedRegex: '^/(?:/)?$' },
    { page: '/incidents', regex: '^/incidents(?:/)?$', routeKeys: {}, namedRegex: '^/incidents(?:/)?$' },
    {
      page: '/incidents/new',
      regex: '^/incidents/new(?:/)?$',
      routeKeys: {},
      namedRegex: '^/incidents/new(?:/)?$',
    },
    { page: '/map', regex: '^/map(?:/)?$', routeKeys: {}, namedRegex: '^/map(?:/)?$' },
  ],
  dynamicRoutes: [
    {
      page: '/incidents/[id]',
      regex: '^/incidents/([^/]+?)(?:/)?$',
      routeKeys: { nxtPid: 'nxtPid' },
      namedRegex: '^/incidents/(?<nxtPid>[^/]+?)(?:/)?$',
    },
    {
      page: '/incidents/[id]/edit',
      regex: '^/incidents/([^/]+?)/edit(?:/)?$',
      routeKeys: { nxtPid: 'nxtPid' },
      namedRegex: '^/incidents/(?<nxtPid>[^/]+?)/edit(?:/)?$',
    },
    {
      page: '/api/[...rest]',
      regex: '^/api/(.+?)(?:/)?$',
      routeKeys: { nxtPrest: 'nxtPrest' },
      namedRegex: '^/api/(?<nxtPrest>.+?)(?:/)?$',
    },
  ],
  dataRoutes: [],
};
const table = routeTableFrom(manifest);

describe('route of a path', () => {
  it('names a static page by its own path', () => {
    expect(routeOf(table, '/')).toBe('/');
    expect(routeOf(table, '/map')).toBe('/map');
    expect(routeOf(table, '/incidents/')).toBe('/incidents');
  });

  it('prefers a static page over a dynamic one that also matches', () => {
    expect(routeOf(table, '/incidents/new')).toBe('/incidents/new');
  });

  it('names a dynamic page by its pattern, never by the id in the path', () => {
    expect(routeOf(table, '/incidents/4213')).toBe('/incidents/[id]');
    expect(routeOf(table, '/incidents/17/edit')).toBe('/incidents/[id]/edit');
  });

  it('names every path under a catch-all by the catch-all', () => {
    expect(routeOf(table, '/api/nothing/here/at/all')).toBe('/api/[...rest]');
  });

  it('counts all static assets as one route', () => {
    expect(routeOf(table, '/_next/static/chunks/app-4f1c2.js')).toBe('/_next/static');
    expect(routeOf(table, '/_next/static/css/9a.css')).toBe('/_next/static');
  });

  it('calls anything else "other"', () => {
    expect(routeOf(table, '/wp-login.php')).toBe('other');
    expect(routeOf(table, '/incidents/1/2/3')).toBe('other');
    expect(routeOf(routeTableFrom({}), '/map')).toBe('other');
  });
});

describe('path of a URL', () => {
  it('drops the query string', () => {
    expect(pathOf('/login?next=%2Fadmin&token=secret')).toBe('/login');
    expect(pathOf('/map')).toBe('/map');
  });
});
