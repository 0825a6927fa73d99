/**
 * An incident matches a date range when the days it may have happened on, at its precision,
 * overlap the range: "August 2025" (month precision) is in 15–31 August, 27 March – 2 April is in
 * April, a year-precision incident is in each of its months. The same rule in the timeline, the
 * count, the API's list, the charts and totals (cached month by month), the map, the export and
 * the overview's counts — each held here against the reader's own interval (dateInterval), read
 * in TypeScript from the stored incidents.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedStats } from '@/lib/aggregates/cached-stats';
import type { Db } from '@/lib/db';
import { exportIncidents } from '@/lib/export/batches';
import { type DatePrecision, dateInterval } from '@/lib/incidents/date-interval';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { countIncidentsIn, listIncidents } from '@/lib/incidents/queries';
import { queryMapData } from '@/lib/map/queries';
import { HAITI_BBOX } from '@/lib/map/views';
import { casualtiesBySide } from '@/lib/stats/casualties';
import { incidentFilterSql } from '@/lib/stats/filter-sql';
import { incidentCountsByPeriod } from '@/lib/stats/overview';
import { casualtyTotals } from '@/lib/stats/totals';
import type { Sql } from '@/lib/store/sql';
import type { SqlConnection } from '@/lib/store/write-connection';
import { openDraftStore } from './helpers/draft-store';
import { killed, place } from './helpers/drafts';
import { incidentWhere } from './helpers/incident-where';
import { onPostgres } from './helpers/test-db';

let db: Db;
let sql: SqlConnection;
let sqlAsync: Sql;
const titles = new Map<number, string>();

const DAY_MS = 86_400_000;
const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

beforeAll(async () => {
  const opened = await openDraftStore();
  ({ db, sql, sqlAsync } = opened);
  const add = async (
    title: string,
    date: string,
    datePrecision: DatePrecision,
    key: string,
    extra: { dateEnd?: string; type?: 'attack' | 'gunfire' | 'arrest' | 'ambush' | 'killing' } = {},
  ) => {
    const id = await opened.storeOne({
      title,
      date,
      dateEnd: extra.dateEnd ?? null,
      datePrecision,
      type: extra.type ?? 'attack',
      place: place(key),
      casualties: [killed(1 + titles.size, 'police', null)],
    });
    titles.set(id, title);
  };
  await add('August 2025 in Telesco', '2025-08-01', 'month', 'telesco');
  await add('27 March – 2 April near Port-au-Prince', '2025-03-27', 'week', 'port-au-prince', {
    dateEnd: '2025-04-02',
    type: 'ambush',
  });
  await add('5 August gunfire in Tabarre', '2025-08-05', 'day', 'tabarre', { type: 'gunfire' });
  await add('2 August arrest in Pétion-Ville', '2025-08-02', 'day', 'petion-ville', { type: 'arrest' });
  await add('Some time in 2024 in Cité Soleil', '2024-01-01', 'year', 'cite-soleil', { type: 'killing' });
  await add('Siege of Pont-Sondé, 20 January – 5 March', '2025-01-20', 'day', 'pont-sonde', {
    dateEnd: '2025-03-05',
  });
  await add('The week from 29 May in Delmas', '2025-05-29', 'week', 'delmas', { type: 'gunfire' });
  await add('15 April in Carrefour', '2025-04-15', 'day', 'carrefour', { type: 'killing' });
  expect(titles.size).toBe(8);
});

/** The incidents whose interval at its precision overlaps the filters' dates, read in TypeScript. */
async function expected(filters: IncidentFilters): Promise<number[]> {
  const rows = await db.incident.findMany({ where: { deletedAt: null } });
  return rows
    .filter((r) => {
      const [first, last] = dateInterval({
        date: r.date.toISOString().slice(0, 10),
        dateEnd: r.dateEnd?.toISOString().slice(0, 10) ?? null,
        datePrecision: r.datePrecision,
      });
      return (!filters.to || first <= day(filters.to)) && (!filters.from || last >= day(filters.from));
    })
    .map((r) => r.id)
    .sort((a, b) => a - b);
}

const RANGES: [string, IncidentFilters, string[]][] = [
  ['the second half of August', { from: '2025-08-15', to: '2025-08-31' }, ['August 2025 in Telesco']],
  ['1 August', { from: '2025-08-01', to: '2025-08-01' }, ['August 2025 in Telesco']],
  [
    'April',
    { from: '2025-04-01', to: '2025-04-30' },
    ['27 March – 2 April near Port-au-Prince', '15 April in Carrefour'],
  ],
  [
    'one day of a siege',
    { from: '2025-02-10', to: '2025-02-10' },
    ['Siege of Pont-Sondé, 20 January – 5 March'],
  ],
  ['June 2024', { from: '2024-06-01', to: '2024-06-30' }, ['Some time in 2024 in Cité Soleil']],
  ['June 2025', { from: '2025-06-01', to: '2025-06-30' }, ['The week from 29 May in Delmas']],
  [
    'March',
    { from: '2025-03-01', to: '2025-03-31' },
    ['27 March – 2 April near Port-au-Prince', 'Siege of Pont-Sondé, 20 January – 5 March'],
  ],
  ['from 1 April on', { from: '2025-04-01' }, []],
  ['up to 26 March', { to: '2025-03-26' }, []],
];

describe('a date range', () => {
  it.each(RANGES)('%s: holds the incidents whose dates overlap it', async (_, filters, titled) => {
    const ids = await expected(filters);
    if (titled.length) expect(ids.map((id) => titles.get(id)).sort()).toEqual([...titled].sort());
    const sorted = (list: number[]) => [...list].sort((a, b) => a - b);

    const listed = await listIncidents(filters, { limit: 200 }, db);
    expect(sorted(listed.items.map((i) => i.id)), 'timeline').toEqual(ids);
    expect(await countIncidentsIn(db, filters), 'count').toBe(ids.length);
    expect(await db.incident.count({ where: incidentWhere(filters) }), 'the Prisma statement').toBe(
      ids.length,
    );

    const exported: number[] = [];
    for await (const batch of exportIncidents(filters, db)) exported.push(...batch.map((i) => i.id));
    expect(sorted(exported), 'export').toEqual(ids);

    const view = { bbox: HAITI_BBOX, zoom: 8 };
    for (const cache of [true, false]) {
      const map = await queryMapData(db, { filters, view, cache });
      expect(sorted(map.points.map((p) => p.id)), `map (cache ${cache})`).toEqual(ids);
    }

    const best = (await db.incidentCasualty.findMany({ where: { incidentId: { in: ids } } })).reduce(
      (n, c) => n + c.best,
      0,
    );
    const sum = (rows: { best: number }[]) => rows.reduce((n, r) => n + r.best, 0);
    expect(sum(await casualtyTotals(db, filters)), 'totals').toBe(best);
    expect(sum(await cachedStats.casualtyTotals(db, filters)), 'cached totals').toBe(best);
    expect(sum(await casualtiesBySide(db, filters)), 'by side').toBe(best);
    expect(sum(await cachedStats.casualtiesBySide(db, filters)), 'cached by side').toBe(best);
    const months = await cachedStats.casualtiesByMonth(db, filters);
    expect(
      months.reduce((n, m) => n + m.killed, 0),
      'cached by month',
    ).toBe(best);
  });
});

describe("the overview's counts", () => {
  it('count an incident in every period its dates overlap', async () => {
    // 27 March – 2 April overlaps both the week to 5 April and the week before it.
    expect(await incidentCountsByPeriod(db, '2025-04-05', [7])).toEqual([
      { days: 7, current: 1, previous: 1 },
    ]);
  });
});

describe("the end of an incident's dates in the store", () => {
  const ends = async () =>
    (await db.incident.findMany({ orderBy: { id: 'asc' } })).map((r) => ({
      id: r.id,
      stored: r.dateLast?.toISOString().slice(0, 10),
      rule: new Date(
        dateInterval({
          date: r.date.toISOString().slice(0, 10),
          dateEnd: r.dateEnd?.toISOString().slice(0, 10) ?? null,
          datePrecision: r.datePrecision,
        })[1] * DAY_MS,
      )
        .toISOString()
        .slice(0, 10),
    }));
  const expectRule = async () => {
    for (const e of await ends()) expect(e.stored, `incident ${e.id}`).toBe(e.rule);
  };

  it("is the reader's rule (dateInterval) for every incident, whoever writes it", async () => {
    await expectRule();
    const [first, second, third] = await db.incident.findMany({ orderBy: { id: 'asc' }, take: 3 });
    await db.incident.update({ where: { id: first?.id }, data: { datePrecision: 'year' } });
    await sqlAsync.run(`UPDATE "Incident" SET "dateEnd" = '2025-12-24T00:00:00.000+00:00' WHERE "id" = ?`, [
      second?.id ?? null,
    ]);
    // Derived, so a direct write is put right.
    await sqlAsync.run(`UPDATE "Incident" SET "dateLast" = '2030-01-01T00:00:00.000+00:00' WHERE "id" = ?`, [
      third?.id ?? null,
    ]);
    await expectRule();
    const changed = await ends();
    expect(changed[0]?.stored).toBe('2025-12-31');
    expect(changed[1]?.stored).toBe('2025-12-24');
  });

  // SQLite's query plan, read with SQLite's EXPLAIN QUERY PLAN.
  it.skipIf(onPostgres)('is read through the index that holds it, whichever end of the range matters', () => {
    const plan = (filters: Parameters<typeof incidentFilterSql>[0], tail = 'ORDER BY i.date DESC') => {
      const where = incidentFilterSql(filters);
      return (
        sql
          .prepare(`EXPLAIN QUERY PLAN SELECT i.id FROM Incident i WHERE ${where.sql} ${tail}`)
          .all(...where.params) as {
          detail: string;
        }[]
      )
        .map((r) => r.detail)
        .join(' | ');
    };
    // The timeline: its own index, in its order, the overlap read from the index.
    expect(plan({ from: '2025-04-01' })).toMatch(/COVERING INDEX Incident_live_by_date_idx/);
    expect(plan({ from: '2025-04-01', to: '2025-04-30' })).toMatch(
      /Incident_live_by_date_idx \(deletedAt=\? AND date<\?\)/,
    );
    // What runs into a range from before it: found by the end of its dates.
    expect(plan({ from: '2025-04-10', startsBefore: '2025-04-01' }, '')).toMatch(
      /Incident_live_by_last_idx \(deletedAt=\? AND dateLast>\?\)/,
    );
  });
});
