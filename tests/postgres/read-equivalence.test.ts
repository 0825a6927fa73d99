/**
 * The read side on both stores: a SQLite store seeded with the sample reports and its copy in
 * PostgreSQL (lib/store/copy-to-postgres.ts, through createDb(pgUrl)) give the same answers for
 * every read ported to the dialect layer, over the filter sets of helpers/read-filters.ts —
 * counts, casualty series and totals, map places and points, timeline pages, early-warning
 * signals, report lists and the inbox. Where a statement leaves an order open (ties, string_agg), both answers are sorted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentsByMonth, listActorReports } from '@/lib/actors/queries';
import { placeIndex } from '@/lib/aggregates/cube-read';
import type { Db } from '@/lib/db';
import { surgeReport } from '@/lib/early-warning/queries';
import { exportIncidents } from '@/lib/export/batches';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { listIncidents } from '@/lib/incidents/list-incidents';
import { countIncidentsIn } from '@/lib/incidents/queries';
import { listPlaceIncidents } from '@/lib/map/place-incidents';
import { queryMapData, selectPlaces, selectPoints } from '@/lib/map/queries';
import { queryWeekSpan } from '@/lib/map/week-span';
import { inboxCount, listInbox, reportReviewState } from '@/lib/reports/inbox';
import { countReports, listReports } from '@/lib/reports/list-reports';
import { countIncidentsRecordedSince, listIncidentsByCreation } from '@/lib/saved-searches/feed-incidents';
import {
  casualtiesByDepartment,
  casualtiesByMonth,
  casualtiesBySide,
  casualtiesByWeek,
} from '@/lib/stats/casualties';
import { incidentCountsByPeriod } from '@/lib/stats/overview';
import { casualtyTotalParts } from '@/lib/stats/totals';
import { type CopiedStore, copiedStore } from './helpers/copied-store';
import { releaseAll, serverUrl } from './helpers/databases';
import { READ_FILTERS } from './helpers/read-filters';

const byJson = <T>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const HAITI = { bbox: [-74.6, 17.9, -71.6, 20.2] as [number, number, number, number], zoom: 8 };

/** The export's rows, every batch. */
async function exported(db: Db, filters: IncidentFilters) {
  const rows = [];
  for await (const batch of exportIncidents(filters, db)) rows.push(...batch);
  return rows;
}

/** Every read under test, for one store and one filter set, in a comparable form. */
async function readAll(db: Db, filters: IncidentFilters, asOf: string) {
  const places = byJson(await selectPlaces(db, filters));
  const placeIds = places.flatMap((p) => (p.locationId === null ? [] : [p.locationId]));
  const firstPage = await listIncidents(filters, { limit: 5 }, db);
  const somePlace = places.find((p) => p.key !== null)?.key ?? 'ouest';
  return {
    count: await countIncidentsIn(db, filters),
    byMonth: await casualtiesByMonth(db, filters),
    byWeek: await casualtiesByWeek(db, filters),
    bySide: byJson(await casualtiesBySide(db, filters)),
    byDepartment: byJson(await casualtiesByDepartment(db, filters)),
    totals: byJson(
      (await casualtyTotalParts(db, filters)).map((t) => ({ ...t, reportIds: [...t.reportIds].sort() })),
    ),
    incidentsByMonth: await incidentsByMonth(db, filters),
    places,
    points: await selectPoints(db, filters, { placeIds }),
    map: await queryMapData(db, { filters, view: HAITI, cache: false }),
    mapCached: await queryMapData(db, { filters, view: HAITI }),
    weekSpan: await queryWeekSpan(db, { ...filters, from: undefined }),
    firstPage,
    nextPage: firstPage.nextCursor
      ? await listIncidents(filters, { cursor: firstPage.nextCursor, limit: 5 }, db)
      : null,
    placePage: await listPlaceIncidents(db, { key: somePlace, filters, cache: false }),
    feed: await listIncidentsByCreation(filters, { limit: 20 }, db),
    recordedSince: await countIncidentsRecordedSince(filters, new Date('2000-01-01T00:00:00Z'), db),
    surge: await surgeReport(db, { asOf, filters }),
    exported: await exported(db, filters),
  };
}

describe.skipIf(!serverUrl)('reads on a SQLite store and its PostgreSQL copy', () => {
  let store: CopiedStore;
  let asOf: string;
  beforeAll(async () => {
    store = await copiedStore();
    const last = await store.sqlite.db.incident.findFirstOrThrow({ orderBy: { date: 'desc' } });
    asOf = last.date.toISOString().slice(0, 10);
  }, 120_000);
  afterAll(releaseAll);

  it('the copy holds incidents with casualties, places and actors to read', async () => {
    const sqlite = await readAll(store.sqlite.db, {}, asOf);
    expect(sqlite.count).toBeGreaterThan(5);
    expect(sqlite.exported.some((e) => e.victims.length > 0 && e.actors.length > 0)).toBe(true);
    expect(sqlite.bySide.length).toBeGreaterThan(0);
    expect(sqlite.places.length).toBeGreaterThan(1);
    expect(sqlite.firstPage.nextCursor).not.toBeNull();
    expect(await store.sqlite.db.actorClaim.count()).toBeGreaterThan(0);
  });

  for (const { name, filters } of READ_FILTERS) {
    it(`give the same answers: ${name}`, async () => {
      const [sqlite, pg] = await Promise.all([
        readAll(store.sqlite.db, filters, asOf),
        readAll(store.pg, filters, asOf),
      ]);
      // Each filter set but the deliberately narrow ones selects incidents on the sample data.
      if (!['wildcards', 'together'].includes(name)) expect(sqlite.count, name).toBeGreaterThan(0);
      for (const key of Object.keys(sqlite) as (keyof typeof sqlite)[]) {
        expect(pg[key], `${name}: ${key}`).toEqual(sqlite[key]);
      }
    }, 60_000);
  }

  it('give the same overview counts, actor pages, report lists, inbox and place index', async () => {
    const {
      sqlite: { db: sqlite },
      pg,
    } = store;
    const periods = [7, 30, 365];
    const counts = await incidentCountsByPeriod(sqlite, asOf, periods);
    expect(counts.some((c) => c.current > 0)).toBe(true);
    expect(await incidentCountsByPeriod(pg, asOf, periods)).toEqual(counts);
    for (const actor of ['viv-ansanm', 'g9', 'hnp']) {
      expect(await listActorReports(pg, actor, 5)).toEqual(await listActorReports(sqlite, actor, 5));
    }
    const reports = async (db: Db) => {
      const first = await listReports({ limit: 2 }, db);
      const inbox = await listInbox({ limit: 2 }, db);
      const ids = (await sqlite.report.findMany({ select: { id: true } })).map((r) => r.id);
      return {
        first,
        next: first.nextCursor ? await listReports({ cursor: first.nextCursor, limit: 2 }, db) : null,
        count: await countReports(db),
        inbox,
        inboxNext: inbox.nextBefore ? await listInbox({ before: inbox.nextBefore, limit: 2 }, db) : null,
        inboxCount: await inboxCount(db),
        review: await Promise.all(ids.map((id) => reportReviewState(id, db))),
      };
    };
    const fromSqlite = await reports(sqlite);
    expect(fromSqlite.first.nextCursor).not.toBeNull();
    expect(fromSqlite.inbox.items.length).toBeGreaterThan(0);
    expect(fromSqlite.review.some((r) => r && r.incidentCount > 0)).toBe(true);
    expect(await reports(pg)).toEqual(fromSqlite);
    const [sqlitePlaces, pgPlaces] = [await placeIndex(store.sqlite.db), await placeIndex(store.pg)];
    expect(pgPlaces).toEqual(sqlitePlaces);
    expect(sqlitePlaces.size).toBeGreaterThan(100);
  });
});
