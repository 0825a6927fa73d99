/**
 * Aggregates cached month by month (lib/aggregates/month-partitions.ts): the triggers bump the right
 * months whoever writes, a read recomputes only the months a write touched, and every cached,
 * merged answer equals the same aggregate computed over the whole store in one query — before
 * and after writes that move incidents between months, change casualties, reject or delete.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedStats } from '@/lib/aggregates/cached-stats';
import { cachedByMonth } from '@/lib/aggregates/month-partitions';
import { storeVersion } from '@/lib/aggregates/version';
import { warmAggregates } from '@/lib/aggregates/warm';
import { createDb, type Db } from '@/lib/db';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { countIncidentsIn } from '@/lib/incidents/queries';
import { type PlaceRow, placesFor, queryMapData, selectPlaces } from '@/lib/map/queries';
import { HAITI_BBOX } from '@/lib/map/views';
import { casualtiesByDepartment, casualtiesByMonth, casualtiesBySide } from '@/lib/stats/casualties';
import { queryRows } from '@/lib/stats/raw';
import { casualtyTotals } from '@/lib/stats/totals';
import { dialectOf, monthKey } from '@/lib/store/dialect';
import type { Sql } from '@/lib/store/sql';
import { type DraftStore, openDraftStore } from './helpers/draft-store';
import { killed, place } from './helpers/drafts';
import { incidentWhere } from './helpers/incident-where';

let db: Db;
let sql: Sql;
let storeOne: DraftStore['storeOne'];

const PLACES = ['delmas', 'cite-soleil', 'pont-sonde', 'petion-ville', 'saint-marc'];
const TYPES = ['armed_clash', 'attack', 'gunfire', 'kidnapping'] as const;

function injured(count: number, affiliation: 'police' | 'civilian' | 'gang') {
  return { ...killed(count, affiliation, null), kind: 'injured' as const };
}

/** One incident on `day`, reported by a new report (or by `reports` reports: a confirmed figure). */
async function storeIncident(day: string, i: number, reports = 1): Promise<number> {
  let id = 0;
  for (let r = 0; r < reports; r++) {
    id = await storeOne({
      date: day,
      type: TYPES[i % TYPES.length],
      title: `Incident ${i} ${i % 3 === 0 ? 'near the market' : 'on the road'}`,
      place: place(PLACES[i % PLACES.length] as string),
      casualties: [killed(1 + (i % 4), i % 2 ? 'police' : 'gang', null), injured(i % 3, 'civilian')],
    });
  }
  return id;
}

beforeAll(async () => {
  ({ db, sqlAsync: sql, storeOne } = await openDraftStore());
  // 36 incidents over eight months of 2024 (leap February included), a few confirmed by two reports.
  for (let i = 0; i < 36; i++) {
    const day = new Date(Date.UTC(2024, 0, 3) + i * 6.5 * 86_400_000).toISOString().slice(0, 10);
    await storeIncident(day, i, i % 5 === 0 ? 2 : 1);
  }
  // Two incidents at one place in one month, the older first: the map's "first incident" of the
  // place must be the lowest id, whichever of its rows comes last.
  await storeIncident('2024-03-20', 5);
  await storeIncident('2024-03-26', 10);
  // Incidents whose dates run past their month: a month part counts them where they start, a
  // range starting later takes them in through the incidents that start before it.
  await storeSpanning('2024-01-01', 'year', null, 0);
  await storeSpanning('2024-03-01', 'month', null, 1);
  await storeSpanning('2024-04-27', 'week', '2024-05-03', 2);
  await storeSpanning('2024-02-20', 'day', '2024-06-10', 3);
});

/** An incident of `precision` (and end date), in the Artibonite, confirmed by two reports. */
async function storeSpanning(
  date: string,
  precision: 'day' | 'week' | 'month' | 'year',
  dateEnd: string | null,
  i: number,
) {
  for (let r = 0; r < 2; r++) {
    await storeOne({
      date,
      dateEnd,
      datePrecision: precision,
      type: 'ambush',
      title: `Spanning ${i}`,
      place: place(['telesco', 'liancourt', 'petite-riviere-de-lartibonite', 'verrettes'][i] as string),
      casualties: [killed(2 + i, 'police', null)],
    });
  }
}

const monthRow = async (month: string) =>
  (await sql.get('SELECT "data", "text" FROM "MonthVersion" WHERE "month" = ?', [month])) as
    | { data: number; text: number }
    | undefined;
const allMonths = async () =>
  Object.fromEntries(
    (
      (await sql.all('SELECT "month", "data", "text" FROM "MonthVersion"')) as {
        month: string;
        data: number;
        text: number;
      }[]
    ).map((r) => [r.month, `${r.data}.${r.text}`]),
  );
/** What changed between two snapshots of MonthVersion. */
function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after)
    .filter((m) => before[m] !== after[m])
    .sort();
}

describe('month counters', () => {
  it('has a row for every month that holds an incident', async () => {
    const month = monthKey('"date"', dialectOf(db));
    const months = await queryRows<{ month: string }>(
      db,
      `SELECT DISTINCT ${month} AS "month" FROM "Incident"
       WHERE ${month} NOT IN (SELECT "month" FROM "MonthVersion")`,
      [],
    );
    expect(months).toEqual([]);
    expect(Object.keys(await allMonths()).length).toBeGreaterThanOrEqual(8);
  });

  it('moves only the month of a new incident', async () => {
    const before = await allMonths();
    await storeIncident('2024-03-14', 101);
    expect(changed(before, await allMonths())).toEqual(['2024-03']);
  });

  it('moves both months when an incident changes month, and only "text" for a title', async () => {
    const id = await storeIncident('2024-04-10', 102);
    let before = await allMonths();
    await db.incident.update({ where: { id }, data: { date: new Date('2024-06-02T00:00:00Z') } });
    expect(changed(before, await allMonths())).toEqual(['2024-04', '2024-06']);

    const june = await monthRow('2024-06');
    await db.incident.update({ where: { id }, data: { title: 'Renamed' } });
    expect(await monthRow('2024-06')).toEqual({ data: june?.data, text: (june?.text ?? 0) + 1 });

    before = await allMonths();
    await db.incident.update({ where: { id }, data: { version: { increment: 1 } } });
    expect(await allMonths()).toEqual(before);
  });

  it("moves the incident's month when its casualties change, whoever writes", async () => {
    const id = await storeIncident('2024-05-20', 103);
    const before = await allMonths();
    await sql.run('UPDATE "IncidentCasualty" SET "best" = "best" + 1 WHERE "incidentId" = ?', [id]);
    expect(changed(before, await allMonths())).toEqual(['2024-05']);
    const afterUpdate = await allMonths();
    await sql.run('DELETE FROM "Incident" WHERE "id" = ?', [id]);
    expect(changed(afterUpdate, await allMonths())).toEqual(['2024-05']);
  });

  it('moves "places" for the gazetteer and "figures" for figures, and no month', async () => {
    const before = await allMonths();
    const places = await storeVersion(db, ['places']);
    await db.location.update({ where: { key: 'delmas' }, data: { name: 'Delmas' } });
    expect(await storeVersion(db, ['places'])).not.toBe(places);
    // Aliases too: the place picker matches them.
    const renamed = await storeVersion(db, ['places']);
    const delmas = await db.location.findUniqueOrThrow({ where: { key: 'delmas' } });
    await db.locationAlias.create({
      data: { locationId: delmas.id, name: 'Delmas test alias', normName: 'delmas test alias' },
    });
    expect(await storeVersion(db, ['places'])).not.toBe(renamed);
    const figures = await storeVersion(db, ['figures']);
    const report = await db.report.findFirstOrThrow();
    await db.figure.create({
      data: { metric: 'killed', value: 3, reportId: report.id, affiliation: 'police' },
    });
    expect(await storeVersion(db, ['figures'])).not.toBe(figures);
    expect(await allMonths()).toEqual(before);
  });
});

describe('partitioned reads', () => {
  it('recompute only the months a write touched', async () => {
    const read: string[] = [];
    const probe = () =>
      cachedByMonth(
        db,
        { key: 'probe', filters: { from: '2024-02-15', to: '2024-07-31' }, scopes: [] },
        async (month) => {
          read.push(`${month.from}..${month.to}`);
          return db.incident.count({ where: incidentWhere(month) });
        },
        (counts) => counts.reduce((a, b) => a + b, 0),
      );
    const total = await probe();
    // First the incidents that start before the range (and may run into it), then each month
    // narrowed to the filters: half of February, whole months, all of July.
    expect(read).toEqual([
      '2024-02-15..2024-07-31',
      '2024-02-15..2024-02-29',
      '2024-03-01..2024-03-31',
      '2024-04-01..2024-04-30',
      '2024-05-01..2024-05-31',
      '2024-06-01..2024-06-30',
      '2024-07-01..2024-07-31',
    ]);
    expect(total).toBe(
      await db.incident.count({ where: incidentWhere({ from: '2024-02-15', to: '2024-07-31' }) }),
    );

    read.length = 0;
    expect(await probe()).toBe(total);
    expect(read).toEqual([]);

    await storeIncident('2024-04-18', 104);
    expect(await probe()).toBe(total + 1);
    expect(read).toEqual(['2024-04-01..2024-04-30']);

    // Outside the filters' dates: a new month row, but nothing in range to recompute.
    read.length = 0;
    await storeIncident('2024-11-05', 105);
    expect(await probe()).toBe(total + 1);
    expect(read).toEqual([]);
  });

  it('keep at most the given number of filter sets per series, dropping the least recently used', async () => {
    let reads = 0;
    const count = (filters: IncidentFilters) =>
      cachedByMonth(
        db,
        { key: 'probe-lru', filters, scopes: [], maxKeys: 2 },
        async (month) => {
          reads++;
          return db.incident.count({ where: incidentWhere(month) });
        },
        (counts) => counts.reduce((a, b) => a + b, 0),
      );
    const march = { from: '2024-03-01', to: '2024-03-31' };
    const april = { from: '2024-04-01', to: '2024-04-30' };
    const may = { from: '2024-05-01', to: '2024-05-31' };
    // Each set reads two parts: its month, and the incidents that start before it and run into it.
    await count(march);
    await count(april);
    await count(march); // used again: April is now the least recent
    expect(reads).toBe(2 * 2);
    await count(may); // a third set: April goes
    await count(march);
    expect(reads).toBe(3 * 2);
    await count(april);
    expect(reads).toBe(4 * 2);
  });

  const FILTER_SETS: [string, IncidentFilters][] = [
    ['no filter', {}],
    ['dates inside months', { from: '2024-02-10', to: '2024-05-17' }],
    ['one day', { from: '2024-03-14', to: '2024-03-14' }],
    ['one whole month', { from: '2024-03-01', to: '2024-03-31' }],
    ['type and place', { type: ['gunfire', 'attack'], place: 'ouest' }],
    ['kind and side', { kind: 'killed', affiliation: 'police' }],
    ['status', { status: 'draft' }],
    ['text', { q: 'market' }],
    ['confirmed', { confirmed: true }],
    ['confirmed, kind and place', { confirmed: true, kind: 'killed', place: 'artibonite' }],
    ['from a month start, after incidents that run into it', { from: '2024-04-01' }],
    ['inside months, after incidents that run into it', { from: '2024-05-02', to: '2024-06-05' }],
    ['up to a day', { to: '2024-03-14' }],
  ];

  async function expectSameAsWholeStore(label: string) {
    for (const [name, filters] of FILTER_SETS) {
      const context = `${label}: ${name}`;
      for (const confirmed of [undefined, true] as const) {
        const f = { ...filters, confirmed: filters.confirmed ?? confirmed };
        expect(await cachedStats.casualtiesByMonth(db, f), context).toEqual(await casualtiesByMonth(db, f));
        expect(sortSides(await cachedStats.casualtiesBySide(db, f)), context).toEqual(
          sortSides(await casualtiesBySide(db, f)),
        );
        expect(sortByName(await cachedStats.casualtiesByDepartment(db, f)), context).toEqual(
          sortByName(await casualtiesByDepartment(db, f)),
        );
      }
      expect(await cachedStats.casualtyTotals(db, filters), context).toEqual(
        await casualtyTotals(db, filters),
      );
      expect(await countIncidentsIn(db, filters), context).toBe(
        await db.incident.count({ where: incidentWhere(filters) }),
      );
      const byPlace = (rows: PlaceRow[]) =>
        [...rows].sort((a, b) => (a.locationId ?? 0) - (b.locationId ?? 0));
      expect(byPlace(await placesFor(db, filters, true)), context).toEqual(
        byPlace(await selectPlaces(db, filters)),
      );
      const view = { bbox: HAITI_BBOX, zoom: 8 };
      expect(await queryMapData(db, { filters, view }), context).toEqual(
        await queryMapData(db, { filters, view, cache: false }),
      );
    }
  }
  // Ties in the SQL orderings are in no defined order; the rows must be the same.
  const sortSides = <T extends { kind: string; affiliation: string; country: string }>(rows: T[]) =>
    [...rows].sort((a, b) =>
      `${a.kind}${a.affiliation}${a.country}`.localeCompare(`${b.kind}${b.affiliation}${b.country}`),
    );
  const sortByName = <T extends { department: string }>(rows: T[]) =>
    [...rows].sort((a, b) => a.department.localeCompare(b.department));

  it('give what one query over the whole store gives, for every kind of filter', async () => {
    await expectSameAsWholeStore('fresh');
  });

  it('still do after writes that move, re-figure, reject and delete incidents', async () => {
    await expectSameAsWholeStore('warm');
    const moved = await storeIncident('2024-02-20', 106, 2);
    await expectSameAsWholeStore('after a new confirmed incident');
    await db.incident.update({ where: { id: moved }, data: { date: new Date('2024-05-03T00:00:00Z') } });
    await expectSameAsWholeStore('after a date change');
    await sql.run(
      `UPDATE "IncidentCasualty" SET "best" = "best" + 5, "high" = "high" + 5 WHERE "incidentId" = ? AND "kind" = 'killed'`,
      [moved],
    );
    await expectSameAsWholeStore('after a casualty change');
    await db.incident.update({ where: { id: moved }, data: { status: 'rejected' } });
    await expectSameAsWholeStore('after a rejection');
    const other = await storeIncident('2024-03-09', 107);
    await expectSameAsWholeStore('after another new incident');
    await db.incident.update({
      where: { id: other },
      data: { title: 'Shooting near the market', searchText: 'shooting near the market' },
    });
    await expectSameAsWholeStore('after a title change (text search)');
    await db.incident.update({ where: { id: other }, data: { deletedAt: new Date() } });
    await expectSameAsWholeStore('after a deletion');
    await db.location.update({ where: { key: 'pont-sonde' }, data: { lat: 19.15 } });
    await expectSameAsWholeStore('after a place moved');
  });
});

describe('warming at start', () => {
  it('computes the default aggregates, and only logs when it cannot', async () => {
    const lines: string[] = [];
    await warmAggregates(db, (line) => lines.push(line));
    expect(lines).toEqual([expect.stringMatching(/^Aggregates ready in \d+\.\d s/)]);

    const file = path.join(os.tmpdir(), `no-tables-${process.pid}.db`);
    const empty = createDb(`file:${file}`);
    try {
      await expect(warmAggregates(empty, (line) => lines.push(line))).resolves.toBeUndefined();
      expect(lines[1]).toMatch(/^Aggregates not warmed \(computed on first use instead\): /);
    } finally {
      await empty.$disconnect();
      rmSync(file, { force: true });
    }
  });
});
