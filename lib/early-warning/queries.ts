import 'server-only';
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
 * Cached month by month (lib/store/month-partitions.ts): each calendar month's counts per place
 * and day are kept under that month's counters, so a write recomputes its month, not the year.
 * Measured on the bench's stores (2 cores, one process): a month's part 8-10 ms at 100,000
 * incidents and 95-150 ms at 1,000,000; the whole window uncached ~60 ms and ~1.7 s; cached, the
 * merge and the rule take a few milliseconds.
 */
import type { Db } from '../db';
import type { IncidentFilters } from '../incidents/filters';
import { incidentFilterSql, type PartFilters } from '../stats/filter-sql';
import { queryRows } from '../stats/raw';
import { casualtyClaims } from '../stats/reconciled-sql';
import { cachedByMonth, lastDayOf } from '../store/month-partitions';
import { cachedRead } from '../store/version';
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

/** Days since 1970 of the day an incident starts (julianday('1970-01-01') = 2440587.5). */
const DAY_SQL = 'CAST(julianday(substr(i.date, 1, 10)) - 2440587.5 AS INTEGER)';

/** The incidents that start in the part's days, per place and day, with their killed. */
async function readDailyCounts(db: Db, part: PartFilters): Promise<DailyColumns> {
  // The part of the incidents that start before the range and run into it: none count here.
  if (part.startsBefore) return EMPTY;
  const startsFrom = part.startsFrom ?? part.from;
  const startsTo = part.startsTo ?? part.to;
  const where = incidentFilterSql({ ...part, from: undefined, to: undefined, startsFrom, startsTo });
  const claims = casualtyClaims(part);
  const claimSql = [
    claims.affiliation ? 'AND ic.affiliation = ?' : '',
    claims.kind ? 'AND ic.kind = ?' : '',
    claims.confirmed ? 'AND ic.sources >= 2' : '',
  ].join(' ');
  const claimParams = [claims.affiliation, claims.kind].filter((v): v is string => v !== undefined);
  // dateLast is in the date index (as are locationId and status): the scan reads no incident row,
  // and each incident's killed is a probe of the summary's covering index.
  const rows = await queryRows<{ locationId: number; day: number; incidents: number; killed: number }>(
    db,
    `SELECT coalesce(i.locationId, 0) AS locationId, ${DAY_SQL} AS day, count(*) AS incidents,
            coalesce(sum((SELECT sum(ic.best) FROM IncidentCasualty ic INDEXED BY IncidentCasualty_covering_idx
                          WHERE ic.incidentId = i.id AND ic.kind = 'killed' ${claimSql})), 0) AS killed
     FROM Incident i
     WHERE ${where.sql} AND julianday(coalesce(i.dateLast, i.date)) - julianday(i.date) < 7
     GROUP BY 1, 2`,
    [...claimParams, ...where.params],
  );
  const columns: DailyColumns = {
    locationId: Int32Array.from(rows, (r) => r.locationId),
    day: Int32Array.from(rows, (r) => r.day),
    incidents: Int32Array.from(rows, (r) => r.incidents),
    killed: Int32Array.from(rows, (r) => r.killed),
  };
  return columns;
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
      await queryRows<LocationRow>(db, 'SELECT id, key, name, kind, path, lat, lng FROM Location', []),
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

/**
 * Readings for every commune and department with a matching incident in the 56 weeks ending on
 * `asOf`. The filters' own dates are ignored (the window replaces them).
 */
export async function surgeReport(
  db: Db,
  { asOf, filters }: { asOf: string; filters: IncidentFilters },
): Promise<SurgeReport> {
  const window = surgeWindow(asOf);
  // Whole calendar months, so the cached parts (and the key) stay the same for every "as of" day
  // within a month; the days outside the window are dropped by weeklySeries.
  const monthly = { ...filters, from: `${window.from.slice(0, 7)}-01`, to: lastDayOf(asOf.slice(0, 7)) };
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
