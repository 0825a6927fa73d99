/**
 * Who may correct or withdraw a report, checked on the server: the page's two server actions
 * and the JSON API's PATCH and DELETE, as a visitor, a viewer and an editor would call them,
 * and from another site (refused, as every mutating route refuses it).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession } from '@/lib/auth/sessions';
import { ingestReport } from '@/lib/ingest/ingest-report';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import type { Sql } from '@/lib/store/sql';
import { createUser } from '@/lib/users/mutations';
import { request } from './helpers/request-context';
import { createTestDb } from './helpers/test-db';

const SECRET = 'report-corrections-secret-'.padEnd(40, 'x');
vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

let sqlAsync: Sql;
let editorToken: string;
let viewerToken: string;
let n = 0;

beforeAll(async () => {
  const { db, url, sql: storeSql } = await createTestDb();
  sqlAsync = storeSql;
  await installGazetteer(db, GAZETTEER);
  process.env.DATABASE_URL = url;
  process.env.SESSION_SECRET = SECRET;
  const user = (role: 'editor' | 'viewer') =>
    createUser(sqlAsync, {
      input: { email: `${role}@access.test`, name: role, role, password: `${role} access password` },
      actorId: null,
    });
  editorToken = (await createSession(sqlAsync, { secret: SECRET, userId: await user('editor') })).token;
  viewerToken = (await createSession(sqlAsync, { secret: SECRET, userId: await user('viewer') })).token;
});

const stored = async () =>
  (
    await ingestReport(sqlAsync, {
      title: 'Titel',
      publishedAt: '2025-02-24',
      text: `Gunmen killed three people in Saint-Marc on Tuesday, police said. Access ${++n}.`,
    })
  ).reportId;

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, String(v));
  return data;
};

const titleOf = async (id: number) =>
  (await sqlAsync.get<{ title: string }>('SELECT "title" FROM "Report" WHERE "id" = ?', [id]))?.title;

describe('the report page’s server actions', () => {
  it('refuse visitors and viewers, keeping what they typed, and let an editor correct and withdraw', async () => {
    const { correctReportAction, withdrawReportAction } = await import('@/lib/reports/correction-actions');
    const id = await stored();
    const fields = {
      reportId: id,
      version: 1,
      title: 'Fixed',
      outlet: '',
      url: '',
      publishedAt: '2025-02-24',
    };
    request.token = undefined;
    expect(await correctReportAction({}, form(fields))).toMatchObject({
      denied: 'unauthenticated',
      values: { title: 'Fixed' },
    });
    request.token = viewerToken;
    expect(await withdrawReportAction({}, form({ reportId: id, version: 1 }))).toMatchObject({
      denied: 'forbidden',
    });
    expect(await titleOf(id)).toBe('Titel');

    request.token = editorToken;
    expect(await correctReportAction({}, form(fields))).toMatchObject({
      ok: true,
      message: 'Saved.',
      values: { version: '2' },
    });
    // A second editor still on version 1 is told, and keeps their typing.
    const stale = await correctReportAction({}, form({ ...fields, title: 'Mine' }));
    expect(stale.message).toMatch(/Someone else saved this report.*title “Fixed”/);
    expect(stale.values).toMatchObject({ title: 'Mine', version: '2' });

    const moved = await correctReportAction({}, form({ ...fields, version: 2, publishedAt: '2025-03-05' }));
    expect(moved.preview?.changes).toHaveLength(1);
    const confirmed = await correctReportAction(
      {},
      form({ ...fields, version: 2, publishedAt: '2025-03-05', confirm: moved.preview?.fingerprint ?? '' }),
    );
    expect(confirmed).toMatchObject({ ok: true, message: 'Saved; 1 incident date changed.' });

    const withdrawn = await withdrawReportAction({}, form({ reportId: id, version: 3, reason: 'junk' }));
    expect(withdrawn).toMatchObject({
      ok: true,
      unsourced: [expect.objectContaining({ title: expect.any(String) })],
    });
    expect(withdrawn.message).toMatch(/Report withdrawn: 1 incident source, 1 casualty claim/);
  });
});

describe('PATCH and DELETE /api/reports/:id', () => {
  const call = async (
    method: 'PATCH' | 'DELETE',
    id: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    const route = await import('@/app/api/reports/[id]/route');
    return route[method](
      new Request(`http://localhost/api/reports/${id}`, {
        method,
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', host: 'localhost', ...headers },
      }),
      { params: Promise.resolve({ id: String(id) }) },
    );
  };

  it('refuse another site, a visitor and a viewer', async () => {
    const id = await stored();
    request.token = editorToken;
    expect((await call('PATCH', id, { title: 'x' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await call('DELETE', id, {}, { origin: 'https://evil.example' })).status).toBe(403);
    request.token = undefined;
    expect((await call('DELETE', id, {})).status).toBe(401);
    request.token = viewerToken;
    expect((await call('PATCH', id, { title: 'x' })).status).toBe(403);
    expect(await titleOf(id)).toBe('Titel');
  });

  it('correct a report, asking before dates move, and withdraw it', async () => {
    const id = await stored();
    request.token = editorToken;
    const renamed = await call('PATCH', id, { title: 'Renamed', version: 1 }, { origin: 'http://localhost' });
    expect(renamed.status).toBe(200);
    expect(await titleOf(id)).toBe('Renamed');
    expect((await call('PATCH', id, { title: 'Again', version: 1 })).status).toBe(409);
    const ask = await call('PATCH', id, { publishedAt: '2025-03-05' });
    expect(ask.status).toBe(409);
    expect((await ask.json()).error.issues).toEqual([
      {
        path: expect.stringMatching(/^incidents\.\d+\.date$/),
        message: 'would change from 18 February 2025 to 4 March 2025',
      },
    ]);
    const apply = await call('PATCH', id, { publishedAt: '2025-03-05', dates: 'apply' });
    expect(await apply.json()).toMatchObject({ data: { id, datesChanged: 1 } });
    expect((await call('PATCH', id, { url: 'javascript:alert(1)' })).status).toBe(400);

    const gone = await call('DELETE', id, { reason: 'duplicate' });
    expect(gone.status).toBe(200);
    expect(await gone.json()).toMatchObject({ data: { id, withdrawn: true, sources: 1, claims: 1 } });
    expect((await call('DELETE', id, {})).status).toBe(409);
    expect((await call('PATCH', 999_999, { title: 'x' })).status).toBe(404);
  });
});
