import 'server-only';
import { cachedByMonth, lastDayOf } from '../aggregates/month-partitions';
import { cachedRead, filtersKey } from '../aggregates/version';
/**
 * The early-warning view's reads: matching incidents and their killed per gazetteer place and
 * day over the 56 weeks before an "as of" day, rolled up to communes and departments
 * (rollup.ts) and read by the rule (surge.ts).
 *
 * The filters are the shared set (lib/incidents/filters.ts) through the one SQL statement of them
 * (incidentFilterSql), with their own dates replaced: an incident counts in the week it starts,
 * and only when its dates span a week at most (day or week precision, or a range of up to seven
 * days) — one known only to its month or year, or a siege of months, has no week to count in, and
 * would otherwise land on the 1st of its month and fake a surge there. Killed are the reconciled
 * best figures (IncidentCasualty) the charts sum, narrowed like theirs by "casualties among" and
 * "confirmed only".
 *
 * Cached month by month (lib/aggregates/month-partitions.ts): each calendar month's counts per place
 * and day are kept under that month's counters, so a write recomputes its month, not the year;
 * the report itself is cached per store version. Measured through the app's code on the bench's
 * stores (2 cores, shared): cached 1-2 ms; another "as of" day in the same month 30-50 ms (the
 * roll-up only); a month's part ~8 ms at 100,000 incidents and 130-160 ms at 1,000,000 (one
 * probe of the casualty summary per incident); a filter set never asked for 50-90 ms at 100,000
 * and 0.6-3 s at 1,000,000 (fourteen months read).
 */
import type { Db } from '../db';
import type { IncidentFilters } from '../incidents/filters';
import { incidentFilterSql, type PartFilters, type SqlCondition } from '../stats/filter-sql';
import { queryRows } from '../stats/raw';
import { casualtyClaims } from '../stats/reconciled-sql';
import { type Dialect, daysBetween, dialectOf, epochDay, indexedBy, stringAgg } from '../store/dialect';
import { type DailyCount, type LocationRow, placeLookup, surgeWindow, weeklySeries } from './rollup';
import { type PlaceSignal, surgeSignals } from './surge';

/** A month's counts, as columns (a million-incident store holds ~6,000 place-days a month). */
interface DailyColumns {
  locationId: Int32Array;
  day: Int32Array;
  incidents: Int32Array;
  killed: Int32Array;
}

const EMPTY: DailyColumns = {
  locationId: new Int32Array(0),
  day: new Int32Array(0),
  incidents: new Int32Array(0),
  killed: new Int32Array(0),
};

/**
 * The incidents that start in the part's days, per place and day, with their killed, as one row
 * per place whose days come packed ("20237:3:5,20238:1:0": day, incidents, killed): rows cost
 * ~12 µs each through the query engine, so a month at 100,000 incidents takes 8 ms instead of 35.
 */
export function dailyCountsSql(part: PartFilters, dialect: Dialect): SqlCondition {
  const where = incidentFilterSql(
    {
      ...part,
      from: undefined,
      to: undefined,
      startsFrom: part.startsFrom ?? part.from,
      startsTo: part.startsTo ?? part.to,
    },
    dialect,
  );
  const claims = casualtyClaims(part);
  const claimSql = [
    claims.affiliation ? 'AND ic.affiliation = ?' : '',
    claims.kind ? 'AND ic.kind = ?' : '',
    claims.confirmed ? 'AND ic.sources >= 2' : '',
  ].join(' ');
  const claimParams = [claims.affiliation, claims.kind].filter((v): v is string => v !== undefined);
  // dateLast is in the date index (as are locationId and status): the scan reads no incident row,
  // and each incident's killed is a probe of the summary's covering index. The day: days since
  // 1970 of the day the incident starts.
  const packed = stringAgg("day || ':' || incidents || ':' || killed", dialect);
  const span = daysBetween('i.date', 'coalesce(i."dateLast", i.date)', dialect);
  return {
    sql: `SELECT "locationId", ${packed} AS days FROM (
            SELECT coalesce(i."locationId", 0) AS "locationId", ${epochDay('i.date', dialect)} AS day, count(*) AS incidents,
                   coalesce(sum((SELECT sum(ic.best) FROM "IncidentCasualty" ic${indexedBy('IncidentCasualty_covering_idx', dialect)}
                                 WHERE ic."incidentId" = i.id AND ic.kind = 'killed' ${claimSql})), 0) AS killed
            FROM "Incident" i
            WHERE ${where.sql} AND ${span} < 7
            GROUP BY 1, 2
          ) AS daily GROUP BY "locationId"`,
    params: [...claimParams, ...where.params],
  };
}

async function readDailyCounts(db: Db, part: PartFilters): Promise<DailyColumns> {
  // The part of the incidents that start before the range and run into it: none count here.
  if (part.startsBefore) return EMPTY;
  const { sql, params } = dailyCountsSql(part, dialectOf(db));
  const rows = await queryRows<{ locationId: number; days: string }>(db, sql, params);
  const locationId: number[] = [];
  const day: number[] = [];
  const incidents: number[] = [];
  const killed: number[] = [];
  for (const row of rows) {
    for (const packed of row.days.split(',')) {
      const [d = 0, n = 0, k = 0] = packed.split(':').map(Number);
      locationId.push(row.locationId);
      day.push(d);
      incidents.push(n);
      killed.push(k);
    }
  }
  return {
    locationId: Int32Array.from(locationId),
    day: Int32Array.from(day),
    incidents: Int32Array.from(incidents),
    killed: Int32Array.from(killed),
  };
}

function* dailyCounts(parts: readonly DailyColumns[]): Generator<DailyCount> {
  for (const p of parts) {
    for (let i = 0; i < p.day.length; i++) {
      const locationId = p.locationId[i] ?? 0;
      yield {
        locationId: locationId === 0 ? null : locationId,
        day: p.day[i] ?? 0,
        incidents: p.incidents[i] ?? 0,
        killed: p.killed[i] ?? 0,
      };
    }
  }
}

/** Every place's commune and department, once per version of the gazetteer. */
function places(db: Db) {
  return cachedRead(db, { key: 'early-warning:places', scopes: ['places'] }, async () =>
    placeLookup(
      await queryRows<LocationRow>(db, 'SELECT id, key, name, kind, path, lat, lng FROM "Location"', []),
    ),
  );
}

export interface SurgeReport {
  asOf: string;
  /** The recent 4 weeks (from, to) and the baseline year before them. */
  window: ReturnType<typeof surgeWindow>;
  /** Communes then departments are mixed; strongest signals first (surge.ts). */
  signals: PlaceSignal[];
}

/** The first day of the month `months` before a day's month ("2025-06-20", 13 → "2024-05-01"). */
function monthStartBefore(day: string, months: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - months, 1)).toISOString().slice(0, 10);
}

/**
 * Readings for every commune and department with a matching incident in the 56 weeks ending on
 * `asOf`. The filters' own dates are ignored (the window replaces them). The answer is cached per
 * store version; after a write, only the months it touched are read again.
 */
export function surgeReport(
  db: Db,
  { asOf, filters }: { asOf: string; filters: IncidentFilters },
): Promise<SurgeReport> {
  const undated = { ...filters, from: undefined, to: undefined };
  return cachedRead(
    db,
    {
      key: `early-warning:${asOf}:${filtersKey(undated)}`,
      scopes: filters.q ? ['data', 'text', 'places'] : ['data', 'places'],
    },
    () => readSurgeReport(db, asOf, undated),
  );
}

async function readSurgeReport(db: Db, asOf: string, filters: IncidentFilters): Promise<SurgeReport> {
  const window = surgeWindow(asOf);
  // The 56 weeks before any day of a month lie within that month and the 13 before it: read those
  // whole, so the cached parts (and their key) serve every "as of" day in the month alike; the
  // days outside the window are dropped by weeklySeries.
  const monthly = { ...filters, from: monthStartBefore(asOf, 13), to: lastDayOf(asOf.slice(0, 7)) };
  const [parts, lookup] = await Promise.all([
    cachedByMonth(
      db,
      { key: 'early-warning-daily', filters: monthly, scopes: ['places'], maxKeys: 24 },
      (part) => readDailyCounts(db, part),
      (all: DailyColumns[]) => all,
    ),
    places(db),
  ]);
  return { asOf, window, signals: surgeSignals(weeklySeries(dailyCounts(parts), lookup, asOf)) };
}
