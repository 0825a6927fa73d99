/**
 * What a place marker lists when opened (GET /api/map/place), on a real SQLite store through the
 * route handler: the incidents at that place itself that match the filters, newest first, 20 a
 * page by keyset with neither duplicates nor gaps; casualties as the map sums them ("confirmed
 * only" too); the total the marker shows; 400 for bad parameters, 404 for an unknown place, and
 * the access of /api/map.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/map/place/route';
import { createSession } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db';
import { refreshIncidentCasualties } from '@/lib/incidents/casualty-summary';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { filtersToQuery } from '@/lib/incidents/filters';
import { queryMapData } from '@/lib/map/queries';
import type { PlaceIncidentsPage } from '@/lib/map/types';
import type { Sql, SqlParam } from '@/lib/store/sql';
import { sqlDate, sqlDateTime } from '@/lib/store/sql-values';
import { createUser } from '@/lib/users/mutations';
import { incidentWhere } from './helpers/incident-where';
import { setupMapStore } from './helpers/map-store';
import { request } from './helpers/request-context';

vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

const SECRET = 'map-place-secret-'.padEnd(40, 'x');
let db: Db;
let viewerToken: string;
const placeId: Record<string, number> = {};

/**
 * 45 incidents at Delmas on 15 days (three a day, so pages break inside a day), gunfire and
 * attacks in turn; every seventh has two sources agreeing on 2 killed and one more saying 1
 * injured; two rejected, one deleted. 5 more at Delmas 2 (a place within Delmas), 3 at Tabarre.
 */
async function storeIncidents(sql: Sql) {
  const now = sqlDateTime(new Date());
  for (const key of ['delmas', 'delmas-2', 'tabarre']) {
    placeId[key] = Number(
      (await sql.get<{ id: number }>('SELECT "id" FROM "Location" WHERE "key" = ?', [key]))?.id,
    );
  }
  const newId = async (tx: Sql, text: string, params: SqlParam[]) =>
    Number((await tx.get<{ id: number }>(`${text} RETURNING "id"`, params))?.id);
  await sql.transaction(async (tx) => {
    const report = (r: string) =>
      newId(
        tx,
        `INSERT INTO "Report" ("title", "text", "contentHash", "ingestedAt", "publishedEstimated")
         VALUES (?, 'invented', ?, ?, ?)`,
        [`Report ${r}`, `hash-${r}`, now, false],
      );
    const [a, b] = [await report('A'), await report('B')];
    const claim = (incidentId: number, reportId: number, kind: string, count: number) =>
      tx.run(
        `INSERT INTO "CasualtyClaim" ("incidentId", "reportId", "kind", "count", "affiliation", "createdAt")
         VALUES (?, ?, ?, ?, 'civilian', ?)`,
        [incidentId, reportId, kind, count, now],
      );
    const added: number[] = [];
    const incidentAt = async (key: string, i: number, extra: { status?: string; deleted?: boolean } = {}) => {
      const type = i % 2 ? 'attack' : 'gunfire';
      const title = `${type === 'gunfire' ? 'Gunfire' : 'Attack'} number ${i} at ${key}`;
      const day = `2025-03-${String(1 + (i % 15)).padStart(2, '0')}`;
      const id = await newId(
        tx,
        `INSERT INTO "Incident" ("date", "datePrecision", "type", "title", "locationId", "placePrecision",
                                 "searchText", "status", "deletedAt", "createdAt", "updatedAt")
         VALUES (?, 'day', ?, ?, ?, 'neighbourhood', ?, ?, ?, ?, ?)`,
        [
          sqlDate(day),
          type,
          title,
          placeId[key] ?? null,
          title.toLowerCase(),
          extra.status ?? 'draft',
          extra.deleted ? now : null,
          now,
          now,
        ],
      );
      added.push(id);
      if (i % 7 === 0) {
        await claim(id, a, 'killed', 2);
        await claim(id, b, 'killed', 2);
        await claim(id, a, 'injured', 1);
      } else await claim(id, a, 'killed', 1);
    };
    for (let i = 0; i < 45; i++) await incidentAt('delmas', i);
    await incidentAt('delmas', 45, { status: 'rejected' });
    await incidentAt('delmas', 46, { status: 'rejected' });
    await incidentAt('delmas', 47, { deleted: true });
    for (let i = 0; i < 5; i++) await incidentAt('delmas-2', 100 + i);
    for (let i = 0; i < 3; i++) await incidentAt('tabarre', 200 + i);
    // Claims written directly: bring the per-incident summary up to date, as the app does.
    await refreshIncidentCasualties(tx, added);
  });
}

beforeAll(async () => {
  const s = await setupMapStore();
  db = s.db;
  process.env.DATABASE_URL = s.url;
  process.env.SESSION_SECRET = SECRET;
  // Reading needs a session here, so that the route's access can be seen.
  process.env.PUBLIC_READ = 'false';
  await storeIncidents(s.sqlAsync);
  const viewer = await createUser(s.sqlAsync, {
    input: { email: 'viewer@map.test', name: 'Viewer', role: 'viewer', password: 'viewer map password' },
    actorId: null,
  });
  viewerToken = (await createSession(s.sqlAsync, { secret: SECRET, userId: viewer })).token;
});

async function get(query: string): Promise<Response> {
  return GET(new Request(`http://localhost/api/map/place${query}`));
}

async function page(
  key: string,
  filters: IncidentFilters = {},
  cursor?: string,
): Promise<PlaceIncidentsPage> {
  request.token = viewerToken;
  const response = await get(filtersToQuery(filters, { key, cursor }));
  expect(response.status).toBe(200);
  return (await response.json()) as PlaceIncidentsPage;
}

/** Every page, following nextCursor. */
async function allPages(key: string, filters: IncidentFilters = {}): Promise<PlaceIncidentsPage[]> {
  const pages = [await page(key, filters)];
  for (let last = pages[0]; last?.nextCursor; ) {
    last = await page(key, filters, last.nextCursor);
    pages.push(last);
  }
  return pages;
}

/** The same incidents by an independent Prisma statement of the filters, in the timeline's order. */
async function expectedIds(key: string, filters: IncidentFilters): Promise<number[]> {
  const rows = await db.incident.findMany({
    where: { AND: [incidentWhere(filters), { locationId: placeId[key] }] },
    orderBy: [{ date: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

describe('the incidents of a place marker', () => {
  it.each<IncidentFilters>([
    {},
    { type: ['gunfire'] },
    { from: '2025-03-05', to: '2025-03-09' },
    { q: 'attack' },
  ])('pages through them newest first, 20 at a time, without duplicates or gaps: %j', async (filters) => {
    const pages = await allPages('delmas', filters);
    const ids = pages.flatMap((p) => p.incidents.map((i) => i.id));
    const expected = await expectedIds('delmas', filters);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages.map((p) => p.incidents.length)).toEqual(
      Array.from({ length: pages.length }, (_, i) => Math.min(20, expected.length - 20 * i)),
    );
    expect(pages.at(-1)?.nextCursor).toBeNull();
    for (const p of pages) expect(p.total).toBe(expected.length);
  });

  it('lists 45 at Delmas itself: not the rejected, the deleted, nor those at Delmas 2 within it', async () => {
    const pages = await allPages('delmas');
    expect(pages.map((p) => p.incidents.length)).toEqual([20, 20, 5]);
    expect(pages[0]?.place).toEqual({
      key: 'delmas',
      name: 'Delmas',
      path: expect.stringMatching(/\/delmas\/$/),
    });
    const titles = pages.flatMap((p) => p.incidents.map((i) => i.title));
    expect(titles.some((t) => /number (45|46|47) /.test(t))).toBe(false);
    expect(titles.every((t) => t.endsWith('at delmas'))).toBe(true);
    const first = pages[0]?.incidents[0];
    expect(first).toEqual({
      id: expect.any(Number),
      title: 'Gunfire number 44 at delmas',
      date: '2025-03-15',
      dateEnd: null,
      datePrecision: 'day',
      type: 'gunfire',
      // One source of unknown origin, not reviewed.
      grade: 'weak',
      killed: 1,
      injured: 0,
      missing: 0,
    });
  });

  it('gives the count the place marker shows', async () => {
    for (const filters of [{}, { type: ['gunfire'] }] satisfies IncidentFilters[]) {
      const map = await queryMapData(db, { filters, view: { bbox: [-72.4, 18.5, -72.2, 18.6], zoom: 18 } });
      const drawn =
        map.clusters.find((c) => c.placeKey === 'delmas')?.count ??
        map.points.filter((p) => p.placeKey === 'delmas').length;
      expect((await page('delmas', filters)).total).toBe(drawn);
    }
  });

  it('sums only the figures two sources give under "confirmed only", as the map does', async () => {
    const all = (await allPages('delmas')).flatMap((p) => p.incidents);
    const confirmed = (await allPages('delmas', { confirmed: true })).flatMap((p) => p.incidents);
    const summary = await db.incidentCasualty.findMany({
      where: { incidentId: { in: all.map((i) => i.id) } },
    });
    const sum = (id: number, kind: string, minSources: number) =>
      summary
        .filter((c) => c.incidentId === id && c.kind === kind && c.sources >= minSources)
        .reduce((n, c) => n + c.best, 0);
    for (const i of all)
      expect([i.killed, i.injured], String(i.id)).toEqual([sum(i.id, 'killed', 1), sum(i.id, 'injured', 1)]);
    // Seven incidents have a figure two sources give (0, 7, … 42): only they, with only that figure.
    expect(
      confirmed.map((i) => i.title.replace(/^\w+ number (\d+) .*/, '$1')).sort((a, b) => +a - +b),
    ).toEqual(['0', '7', '14', '21', '28', '35', '42']);
    for (const i of confirmed) expect([i.killed, i.injured]).toEqual([2, 0]);
    expect(all.find((i) => i.title.startsWith('Gunfire number 14 '))).toMatchObject({
      killed: 2,
      injured: 1,
    });
  });

  it('answers an empty list, not an error, for a place with nothing matching', async () => {
    expect(await page('delmas', { type: ['kidnapping'] })).toMatchObject({
      total: 0,
      incidents: [],
      nextCursor: null,
    });
    expect(await page('delmas', { place: 'tabarre' })).toMatchObject({ total: 0, incidents: [] });
  });
});

describe('refusals', () => {
  const issuesOf = async (response: Response) => {
    const body = await response.json();
    expect(body.error.code).toBe('bad_request');
    return (body.error.issues as { path: string }[]).map((i) => i.path).sort();
  };

  it.each([
    ['', ['key']],
    ['?key=', ['key']],
    ['?key=Delmas%2032', ['key']],
    ['?key=delmas&key=tabarre', ['key']],
    ['?key=delmas&cursor=garbage', ['cursor']],
    ['?key=delmas&cursor=2025-02-30_12', ['cursor']],
    ['?key=delmas&type=picnic&from=2025-13-01', ['from', 'type.0']],
  ])('400 with the offending parameters for %s', async (query, paths) => {
    request.token = viewerToken;
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(await issuesOf(response)).toEqual(paths);
  });

  it('404 in the error shape for a place that does not exist', async () => {
    request.token = viewerToken;
    const response = await get('?key=nowhere-at-all');
    expect(response.status).toBe(404);
    expect((await response.json()).error).toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('nowhere-at-all'),
    });
  });

  it('needs what /api/map needs: a session when reading is not public', async () => {
    request.token = undefined;
    const refused = await get('?key=delmas');
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.code).toBe('unauthorized');
  });
});
