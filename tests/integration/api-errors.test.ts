/**
 * Every answer of the JSON API, error or not, comes from our code in the one error shape — never
 * Next's empty 405, its HTML 404, or an empty 500 — and says how it may be cached. Route files are
 * found by scanning app/api, so a new route is checked as soon as it exists.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession } from '@/lib/auth/sessions';
import { appSql } from '@/lib/store/app-sql';
import { createUser } from '@/lib/users/mutations';
import { type ApiRoute, apiRoutes, ROOT } from './helpers/api-routes';
import { request } from './helpers/request-context';
import { createTestDb, onPostgres } from './helpers/test-db';
import { enrolTwoFactor } from './helpers/two-factor';

const SECRET = 'api-errors-secret-'.padEnd(40, 'x');
vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
type Handler = (request: Request, context: unknown) => Promise<Response>;
const modules = new Map<string, Record<string, unknown>>();
let adminToken: string;

beforeAll(async () => {
  const { url, sql } = await createTestDb();
  process.env.DATABASE_URL = url;
  process.env.SESSION_SECRET = SECRET;
  // Reading needs a session: every answer depends on who asks.
  process.env.PUBLIC_READ = 'false';
  const admin = await createUser(sql, {
    input: { email: 'admin@api.test', name: 'Admin', role: 'admin', password: 'admin api password' },
    actorId: null,
  });
  // Admins act only with two-factor sign-in on.
  await enrolTwoFactor(sql, { userId: admin, sessionSecret: SECRET });
  adminToken = (await createSession(sql, { secret: SECRET, userId: admin })).token;
  for (const route of apiRoutes()) modules.set(route.file, await import(path.join(ROOT, route.file)));
});

function call(route: ApiRoute, method: string, init: RequestInit = {}): Promise<Response> {
  const module = modules.get(route.file);
  const handler = (module?.[method] ?? (method === 'HEAD' ? module?.GET : undefined)) as Handler;
  const withBody = method !== 'GET' && method !== 'HEAD';
  return handler(
    new Request(route.url, {
      method,
      ...(withBody ? { body: '{}', headers: { 'content-type': 'application/json' } } : {}),
      ...init,
    }),
    { params: Promise.resolve(route.params) },
  );
}

async function expectErrorShape(response: Response, label: string) {
  expect(response.headers.get('content-type'), label).toMatch(/^application\/json/);
  const body = await response.json();
  expect(body, label).toEqual({
    error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
  });
}

describe('the JSON API answers every method itself', () => {
  it('has a route for unknown paths', () => {
    expect(apiRoutes().map((r) => r.file)).toContain('app/api/[...rest]/route.ts');
  });

  it('exports a handler for each of Next’s seven methods in every route file', () => {
    const exported = (file: string, method: string) => typeof modules.get(file)?.[method] === 'function';
    // Next answers HEAD with the GET handler (without the body) where there is one.
    const missing = apiRoutes().flatMap((r) =>
      METHODS.filter((m) => !exported(r.file, m) && !(m === 'HEAD' && exported(r.file, 'GET'))).map(
        (m) => `${r.file}#${m}`,
      ),
    );
    expect(missing).toEqual([]);
  });

  it('answers a method a route does not serve with 405, an Allow header and the error shape', async () => {
    request.token = adminToken;
    let refusals = 0;
    for (const route of apiRoutes()) {
      if (route.file.includes('[...rest]')) continue;
      const served: string[] = [];
      for (const method of METHODS.filter((m) => m !== 'OPTIONS' && m !== 'HEAD')) {
        const response = await call(route, method);
        if (response.status !== 405) {
          served.push(method);
          continue;
        }
        refusals++;
        const label = `${method} ${route.url}`;
        await expectErrorShape(response, label);
        expect(response.headers.get('allow'), label).toBeTruthy();
        expect(response.headers.get('allow')?.split(', '), label).not.toContain(method);
      }
      const options = await call(route, 'OPTIONS');
      expect(options.status, route.file).toBe(204);
      const allow = options.headers.get('allow')?.split(', ') ?? [];
      expect([...allow].sort(), route.file).toEqual(
        [...served, 'OPTIONS', ...(served.includes('GET') ? ['HEAD'] : [])].sort(),
      );
    }
    // Every GET-only route refuses four methods, /api/reports four, /api/reports/:id two.
    expect(refusals).toBeGreaterThanOrEqual(26);
  });

  it('answers an unknown path with a 404 in the error shape, whatever the method', async () => {
    request.token = undefined;
    const route = apiRoutes().find((r) => r.file.includes('[...rest]'));
    expect(route).toBeDefined();
    if (!route) return;
    for (const method of METHODS) {
      const response = await call(route, method);
      expect(response.status, method).toBe(404);
      if (method !== 'HEAD') await expectErrorShape(response, method);
    }
  });
});

describe('store failures', () => {
  // A full disk is simulated with SQLite's max_page_count; PostgreSQL's server owns its disk.
  it.skipIf(onPostgres)(
    'answers a full disk on POST /api/reports with 507 and a message, storing nothing',
    async () => {
      request.token = adminToken;
      // The limit is the connection's: set on the app's Sql, whose write connection stores the report.
      const sql = await appSql();
      const onWriter = <T>(text: string) => sql.transaction((tx) => tx.get<T & object>(text));
      const reports = async () => (await sql.get<{ n: number }>('SELECT count(*) AS "n" FROM "Report"'))?.n;
      const before = await reports();
      const pages = await onWriter<{ page_count: number }>('PRAGMA page_count');
      await onWriter(`PRAGMA max_page_count = ${pages?.page_count}`);
      try {
        const route = apiRoutes().find((r) => r.file === 'app/api/reports/route.ts');
        if (!route) throw new Error('no /api/reports route');
        const text = 'Two police officers were killed on Monday in a gang ambush in Pont-Sondé. '.repeat(200);
        const response = await call(route, 'POST', {
          body: JSON.stringify({ title: 'Disk full', text }),
          headers: { 'content-type': 'application/json' },
        });
        expect(response.status).toBe(507);
        const body = await response.json();
        expect(body.error).toMatchObject({
          code: 'insufficient_storage',
          message: expect.stringMatching(/full/),
        });
      } finally {
        await onWriter('PRAGMA max_page_count = 1073741823');
      }
      expect(await reports()).toBe(before);
    },
  );
});

describe('caching', () => {
  it('marks every API answer private, no-store when reading needs a session', async () => {
    request.token = adminToken;
    const reads = apiRoutes().filter((r) => !r.file.includes('[...rest]'));
    for (const route of reads) {
      for (const method of ['GET', 'OPTIONS', 'PUT']) {
        const response = await call(route, method);
        expect(response.headers.get('cache-control'), `${method} ${route.url}`).toBe('private, no-store');
      }
    }
  });
});

describe('strict parsing', () => {
  const route = (file: string, params: Record<string, string> = {}): ApiRoute => {
    const found = apiRoutes().find((r) => r.file === file);
    if (!found) throw new Error(`no ${file}`);
    return { ...found, params: { ...found.params, ...params } };
  };

  it('answers a bad cursor or limit on /api/incidents with 400 and says which', async () => {
    request.token = adminToken;
    const incidents = route('app/api/incidents/route.ts');
    for (const [query, path] of [
      ['cursor=garbage', 'cursor'],
      ['limit=1e2', 'limit'],
      ['limit=0x10', 'limit'],
      ['limit=0', 'limit'],
    ]) {
      const response = await call({ ...incidents, url: `${incidents.url}?${query}` }, 'GET');
      expect(response.status, query).toBe(400);
      const body = await response.json();
      expect(
        body.error.issues.map((i: { path: string }) => i.path),
        query,
      ).toContain(path);
    }
    const ok = await call({ ...incidents, url: `${incidents.url}?limit=10` }, 'GET');
    expect(ok.status).toBe(200);
  });

  it('answers a report id not in plain digits with 400', async () => {
    request.token = adminToken;
    for (const id of ['0x10', '1e1', '+1', '01']) {
      const response = await call(route('app/api/reports/[id]/route.ts', { id }), 'GET');
      expect(response.status, id).toBe(400);
      await expectErrorShape(response, id);
    }
    expect((await call(route('app/api/reports/[id]/route.ts', { id: '424242' }), 'GET')).status).toBe(404);
  });

  it('takes only application/json bodies and refuses control characters in them', async () => {
    request.token = adminToken;
    const reports = route('app/api/reports/route.ts');
    const disguised = await call(reports, 'POST', {
      body: JSON.stringify({ text: 'A report.' }),
      headers: { 'content-type': 'text/plain; x=application/json' },
    });
    expect(disguised.status).toBe(415);
    const nul = await call(reports, 'POST', {
      body: JSON.stringify({ text: 'Two officers were killed\u0000 in Pont-Sondé.' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(nul.status).toBe(400);
    expect((await nul.json()).error.issues).toContainEqual({
      path: 'text',
      message: expect.stringMatching(/control/),
    });
  });
});
