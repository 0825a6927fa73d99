/**
 * POST /api/reports on a real store: a machine client's report goes through the reader and is
 * stored once; every mistake is a 4xx in the API's one error shape, never a 500.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession } from '@/lib/auth/sessions';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { MAX_REPORT_CHARS } from '@/lib/reports/schema';
import type { Sql } from '@/lib/store/sql';
import { createUser } from '@/lib/users/mutations';
import { request } from './helpers/request-context';
import { createTestDb } from './helpers/test-db';

const SECRET = 'reports-api-secret-'.padEnd(40, 'x');
vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

let sql: Sql;
let POST: (request: Request) => Promise<Response>;
let editorToken: string;
let viewerToken: string;

beforeAll(async () => {
  const { db, url, sql: sqlAsync } = await createTestDb();
  await installGazetteer(db, GAZETTEER);
  process.env.DATABASE_URL = url;
  process.env.SESSION_SECRET = SECRET;
  sql = sqlAsync;
  const editor = await createUser(sqlAsync, {
    input: { email: 'feed@example.org', name: 'Feed', role: 'editor', password: 'feed password 12' },
    actorId: null,
  });
  const viewer = await createUser(sqlAsync, {
    input: { email: 'v@example.org', name: 'V', role: 'viewer', password: 'viewer password 1' },
    actorId: null,
  });
  editorToken = (await createSession(sqlAsync, { secret: SECRET, userId: editor })).token;
  viewerToken = (await createSession(sqlAsync, { secret: SECRET, userId: viewer })).token;
  ({ POST } = await import('@/app/api/reports/route'));
});

const TEXT =
  'PORT-AU-PRINCE, March 3, 2025 — Two Haitian police officers were killed on Monday in a gang ambush in Pont-Sondé, police said.';

function post(body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return POST(new Request('http://localhost/api/reports', { method: 'POST', body, headers }));
}

describe('POST /api/reports', () => {
  it('stores a report through the reader, once', async () => {
    request.token = editorToken;
    const first = await post(
      JSON.stringify({ title: 'Ambush in Pont-Sondé', publishedAt: '2025-03-04', text: TEXT }),
    );
    expect(first.status).toBe(201);
    const body = await first.json();
    expect(body.data).toMatchObject({ created: true });
    expect(body.data.incidents.length).toBeGreaterThan(0);
    const again = await post(JSON.stringify({ title: 'Same text', text: TEXT }));
    expect(again.status).toBe(200);
    expect((await again.json()).data).toMatchObject({ created: false, reportId: body.data.reportId });
    const audit = await sql.all(
      `SELECT "userId" FROM "AuditEntry" WHERE "entity" = 'Report' AND "entityId" = ?`,
      [body.data.reportId],
    );
    expect(audit.length).toBeGreaterThan(0);
  });

  it('answers mistakes with 4xx in the one error shape', async () => {
    request.token = editorToken;
    const cases: [Promise<Response>, number, string][] = [
      [post('{"text": '), 400, 'bad_request'],
      [post('[1, 2]'), 400, 'bad_request'],
      [
        post('text=hello', { 'content-type': 'application/x-www-form-urlencoded' }),
        415,
        'unsupported_media_type',
      ],
      [post(JSON.stringify({ text: '   ' })), 400, 'bad_request'],
      [post(JSON.stringify({ text: 'x', publishedAt: '2025-02-30' })), 400, 'bad_request'],
      [post(JSON.stringify({ text: 'x', url: 'javascript:alert(1)' })), 400, 'bad_request'],
      [post(JSON.stringify({ text: 'x'.repeat(MAX_REPORT_CHARS + 1) })), 400, 'bad_request'],
      [post('x'.repeat(MAX_REPORT_CHARS * 4 + 20_000)), 413, 'payload_too_large'],
    ];
    for (const [pending, status, code] of cases) {
      const response = await pending;
      expect(response.status).toBe(status);
      expect((await response.json()).error).toMatchObject({ code, message: expect.any(String) });
    }
    const invalid = await (await post(JSON.stringify({ text: 'x', publishedAt: '2025-02-30' }))).json();
    expect(invalid.error.issues).toContainEqual({
      path: 'publishedAt',
      message: 'is not a real calendar date',
    });
  });

  it('refuses visitors, viewers and cross-site browsers', async () => {
    request.token = undefined;
    expect((await post(JSON.stringify({ text: TEXT }))).status).toBe(401);
    request.token = viewerToken;
    expect((await post(JSON.stringify({ text: TEXT }))).status).toBe(403);
    request.token = editorToken;
    const crossSite = await post(JSON.stringify({ text: `${TEXT} again` }), {
      'content-type': 'application/json',
      origin: 'https://evil.example',
      host: 'localhost',
    });
    expect(crossSite.status).toBe(403);
    const opaque = await post(JSON.stringify({ text: `${TEXT} opaque` }), {
      'content-type': 'application/json',
      origin: 'null',
      host: 'localhost',
    });
    expect(opaque.status).toBe(403);
  });
});
