/**
 * Who took part, as a filter: the timeline, counts, charts, map, export and JSON API select the
 * same incidents for an actor filter as an independent Prisma statement of it does
 * (helpers/incident-where.ts) — a coalition with its member groups only while they belonged.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cachedStats } from '@/lib/aggregates/cached-stats';
import type { Db } from '@/lib/db';
import { exportIncidents } from '@/lib/export/batches';
import type { ActorDraft, CasualtyDraft } from '@/lib/extract/schema';
import { type IncidentFilters, parseFilters } from '@/lib/incidents/filters';
import { listIncidents } from '@/lib/incidents/list-incidents';
import { countIncidentsIn } from '@/lib/incidents/queries';
import { placesFor, queryMapData, selectPlaces } from '@/lib/map/queries';
import { HAITI_BBOX } from '@/lib/map/views';
import { incidentFilterSql } from '@/lib/stats/filter-sql';
import { queryRows } from '@/lib/stats/raw';
import { dialectOf } from '@/lib/store/dialect';
import { ROOT } from './helpers/api-routes';
import { openDraftStore } from './helpers/draft-store';
import { killed, place } from './helpers/drafts';
import { incidentWhere } from './helpers/incident-where';

vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

let db: Db;
const ids: Record<string, number> = {};

const actor = (
  role: ActorDraft['role'],
  key: string,
  type: ActorDraft['type'],
  country: string | null = null,
): ActorDraft => ({ role, key, name: key, type, country, evidence: `${key} (${role})` });

const hurt = (
  n: number,
  side: 'mss' | 'police' | 'civilian' | 'gang',
  kind: CasualtyDraft['kind'] = 'killed',
) => ({
  ...killed(n, side, side === 'mss' ? 'Kenya' : null),
  kind,
});

beforeAll(async () => {
  const opened = await openDraftStore();
  db = opened.db;
  process.env.DATABASE_URL = opened.url;
  const add = async (
    name: string,
    day: string,
    at: string,
    rest: Parameters<typeof opened.storeOne>[0] extends infer T ? Partial<T> : never,
  ) => {
    ids[name] = await opened.storeOne({ date: day, place: place(at), title: name, ...rest });
  };
  // G9 before Viv Ansanm was formed (September 2023), and after.
  await add('g9-before', '2023-05-10', 'delmas', {
    type: 'attack',
    actors: [actor('perpetrator', 'g9', 'coalition'), actor('target', 'civilians', 'civilians')],
    casualties: [hurt(3, 'civilian')],
  });
  await add('g9-after', '2024-03-02', 'delmas', {
    type: 'attack',
    actors: [actor('perpetrator', 'g9', 'coalition')],
    casualties: [hurt(2, 'civilian')],
  });
  await add('gran-grif', '2024-06-15', 'pont-sonde', {
    type: 'attack',
    actors: [actor('perpetrator', 'gran-grif', 'armed_group'), actor('target', 'civilians', 'civilians')],
    casualties: [hurt(10, 'civilian'), hurt(4, 'civilian', 'injured')],
  });
  await add('police-operation', '2024-07-01', 'cite-soleil', {
    type: 'armed_clash',
    actors: [actor('perpetrator', 'hnp', 'state_force'), actor('target', 'unnamed-gang', 'armed_group')],
    casualties: [hurt(4, 'gang')],
  });
  await add('gunmen', '2024-08-20', 'petion-ville', {
    type: 'gunfire',
    actors: [
      actor('perpetrator', 'unidentified-gunmen', 'unidentified'),
      actor('target', 'mss', 'international_force', 'Kenya'),
    ],
    casualties: [hurt(1, 'mss', 'injured')],
  });
  await add('brigade', '2024-09-09', 'saint-marc', {
    type: 'killing',
    actors: [
      actor('perpetrator', 'self-defence', 'self_defence'),
      actor('target', 'unnamed-gang', 'armed_group'),
    ],
    casualties: [hurt(1, 'gang')],
  });
  await add('g-pep', '2024-11-04', 'cite-soleil', {
    type: 'attack',
    actors: [actor('perpetrator', 'g-pep', 'coalition'), actor('target', 'hnp', 'state_force')],
    casualties: [hurt(2, 'police')],
  });
  await add('nobody-named', '2024-10-01', 'delmas', { type: 'gunfire', casualties: [hurt(1, 'civilian')] });
  await add('g9-rejected', '2024-12-01', 'delmas', {
    type: 'attack',
    actors: [actor('perpetrator', 'g9', 'coalition')],
    casualties: [hurt(7, 'civilian')],
  });
  await db.incident.update({ where: { id: ids['g9-rejected'] }, data: { status: 'rejected' } });
});

const CASES: [string, IncidentFilters, string[]][] = [
  ['one gang', { actor: ['g9'] }, ['g9-before', 'g9-after']],
  ['a coalition, with its members while they belonged', { actor: ['viv-ansanm'] }, ['g9-after', 'g-pep']],
  ['a kind of actor, any role', { actorType: ['state_force'] }, ['police-operation', 'g-pep']],
  [
    'a kind of actor as perpetrator',
    { actorType: ['state_force'], actorRole: 'perpetrator' },
    ['police-operation'],
  ],
  ['targets of a kind', { actorType: ['international_force'], actorRole: 'target' }, ['gunmen']],
  [
    'armed groups as perpetrators, killing',
    { actorType: ['armed_group', 'coalition'], actorRole: 'perpetrator', kind: 'killed' },
    ['g9-before', 'g9-after', 'gran-grif', 'g-pep'],
  ],
  ['an actor in a place and period', { actor: ['g9'], place: 'ouest', from: '2024-01-01' }, ['g9-after']],
  ['an actor never in that role', { actor: ['hnp'], actorRole: 'target', type: ['armed_clash'] }, []],
  ['self-defence brigades', { actorType: ['self_defence'] }, ['brigade']],
];

const titlesOf = async (incidentIds: number[]) =>
  Object.entries(ids)
    .filter(([, id]) => incidentIds.includes(id))
    .map(([name]) => name)
    .sort();

describe.each(CASES)('the actor filter: %s', (_label, filters, expected) => {
  it('selects the incidents the sources name, the same in SQL and in Prisma', async () => {
    const viaPrisma = await db.incident.findMany({ where: incidentWhere(filters), select: { id: true } });
    expect(await titlesOf(viaPrisma.map((r) => r.id))).toEqual([...expected].sort());
    const condition = incidentFilterSql(filters, dialectOf(db));
    const viaSql = await queryRows<{ id: number }>(
      db,
      `SELECT i."id" FROM "Incident" i WHERE ${condition.sql}`,
      condition.params,
    );
    expect(await titlesOf(viaSql.map((r) => r.id))).toEqual([...expected].sort());
  });

  it('gives the same incidents on the timeline, in the counts, the export and the JSON API', async () => {
    const want = [...expected].sort();
    const timeline = await listIncidents(filters, { limit: 200 }, db);
    expect(await titlesOf(timeline.items.map((i) => i.id))).toEqual(want);
    expect(await countIncidentsIn(db, filters)).toBe(want.length);
    const exported: number[] = [];
    for await (const batch of exportIncidents(filters, db)) exported.push(...batch.map((i) => i.id));
    expect(await titlesOf(exported)).toEqual(want);
    const api = await import(path.join(ROOT, 'app/api/incidents/route.ts'));
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters))
      for (const v of Array.isArray(value) ? value : [value]) query.append(key, String(v));
    const response: Response = await api.GET(new Request(`http://localhost/api/incidents?${query}`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { id: number }[]; total: number };
    expect(await titlesOf(body.items.map((i) => i.id))).toEqual(want);
    expect(body.total).toBe(want.length);
  });

  it('sums the same casualties in the charts and on the map', async () => {
    const summaries = await db.incidentCasualty.findMany({
      where: { incident: incidentWhere(filters), ...(filters.kind ? { kind: filters.kind } : {}) },
    });
    const killedBest = summaries.filter((s) => s.kind === 'killed').reduce((n, s) => n + s.best, 0);
    const months = await cachedStats.casualtiesByMonth(db, filters);
    expect(months.reduce((n, m) => n + m.killed, 0)).toBe(killedBest);
    const places = await placesFor(db, filters, true);
    expect(places.reduce((n, p) => n + p.count, 0)).toBe(expected.length);
    expect(places.reduce((n, p) => n + p.killed, 0)).toBe(killedBest);
    expect(places).toEqual(expect.arrayContaining(await selectPlaces(db, filters)));
    const view = { bbox: HAITI_BBOX, zoom: 8 };
    expect((await queryMapData(db, { filters, view })).total).toBe(expected.length);
  });
});

describe('actor filters in a link', () => {
  it('take register keys, actor types and roles, and report a bad one by field', () => {
    const { filters, errors } = parseFilters({
      actor: ['g9', 'nobody'],
      actorType: 'state_force',
      actorRole: 'bystander',
    });
    expect(errors.actor?.[0]).toMatch(/not an actor/);
    expect(errors.actorRole?.[0]).toMatch(/perpetrator or target/);
    expect(filters).toEqual({ actorType: ['state_force'] });
  });

  it('move the cached counts when an actor claim changes', async () => {
    const before = await countIncidentsIn(db, { actor: ['gran-grif'] });
    await db.actorClaim.updateMany({
      where: { actorKey: 'gran-grif' },
      data: { actorKey: 'kokorat-san-ras' },
    });
    expect(await cachedStats.casualtiesByMonth(db, { actor: ['gran-grif'] })).toEqual([]);
    expect(await countIncidentsIn(db, { actor: ['gran-grif'] })).toBe(before - 1);
    await db.actorClaim.updateMany({
      where: { actorKey: 'kokorat-san-ras' },
      data: { actorKey: 'gran-grif' },
    });
    expect(await countIncidentsIn(db, { actor: ['gran-grif'] })).toBe(before);
  });
});
