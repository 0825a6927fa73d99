/**
 * One calendar month of the store summed over every dimension a filter can select on except text:
 * place × type × review status (incidents: how many, and the lowest id), and the same × casualty
 * kind × side × country × confirmed (casualties: low / best / high sums, how many incident
 * figures, and the reports behind them). Any filter set without text search reads a whole month
 * from here instead of the incidents themselves, so a filter combination nobody has asked for
 * yet costs a pass over these small tables — not over the store (lib/aggregates/cube-read.ts).
 *
 * Built by one SQL pass over the month and cached in memory under the month's "data" counter
 * (MonthVersion): a write rebuilds the months it touched. Columnar (typed arrays with a string
 * dictionary), so that a million incidents fit in a few tens of megabytes.
 */
import type { Db } from '../db';
import { queryRows } from '../stats/raw';
import { dialectOf, stringAgg } from '../store/dialect';
import { sqlDate } from '../store/sql-values';

export interface CasualtyCube {
  size: number;
  /** Location id; 0 when the incident has no place. */
  location: Int32Array;
  /** Indexes into `dict`: type, status, kind, affiliation, country ("" when none). */
  type: Uint16Array;
  status: Uint16Array;
  kind: Uint16Array;
  affiliation: Uint16Array;
  country: Uint16Array;
  /** 1 when two or more sources give the figure. */
  confirmed: Uint8Array;
  low: Float64Array;
  best: Float64Array;
  high: Float64Array;
  /** Incident figures summed (one per incident × kind × side × country). */
  n: Int32Array;
  /** Row r's report ids are reportIds[reportStart[r] .. reportStart[r + 1]) (may repeat). */
  reportStart: Int32Array;
  reportIds: Int32Array;
}

export interface IncidentCube {
  size: number;
  location: Int32Array;
  type: Uint16Array;
  status: Uint16Array;
  count: Int32Array;
  firstId: Int32Array;
}

export interface MonthCube {
  dict: string[];
  casualties: CasualtyCube;
  incidents: IncidentCube;
}

function dictionary(): { dict: string[]; code: (value: string | null) => number } {
  const dict: string[] = [];
  const codes = new Map<string, number>();
  return {
    dict,
    code: (value) => {
      const v = value ?? '';
      let c = codes.get(v);
      if (c === undefined) {
        c = dict.length;
        dict.push(v);
        codes.set(v, c);
      }
      return c;
    },
  };
}

interface CasualtyRow {
  loc: number | null;
  type: string;
  status: string;
  kind: string;
  affiliation: string;
  country: string;
  confirmed: number;
  low: number;
  best: number;
  high: number;
  n: number;
  reports: string;
}

interface IncidentRow {
  loc: number | null;
  type: string;
  status: string;
  count: number;
  firstId: number;
}

/** Reads one month (every incident not deleted, whatever its status) into a cube. */
export async function buildMonthCube(db: Db, month: string, lastDay: string): Promise<MonthCube> {
  const range = [sqlDate(`${month}-01`), sqlDate(lastDay)];
  // `confirmed` is 0/1 on SQLite and a boolean on PostgreSQL, which queryRows turns into 0/1.
  const casualtyRows = await queryRows<CasualtyRow>(
    db,
    `SELECT i."locationId" AS loc, i.type, i.status, ic.kind, ic.affiliation, ic.country,
            ic.sources >= 2 AS confirmed, sum(ic.low) AS low, sum(ic.best) AS best, sum(ic.high) AS high,
            count(*) AS n, ${stringAgg('ic."reportIds"', dialectOf(db))} AS reports
     FROM "Incident" i JOIN "IncidentCasualty" ic ON ic."incidentId" = i.id
     WHERE i."deletedAt" IS NULL AND i.date >= ? AND i.date <= ?
     GROUP BY i."locationId", i.type, i.status, ic.kind, ic.affiliation, ic.country, confirmed`,
    range,
  );
  const incidentRows = await queryRows<IncidentRow>(
    db,
    `SELECT "locationId" AS loc, type, status, count(*) AS count, min(id) AS "firstId"
     FROM "Incident" WHERE "deletedAt" IS NULL AND date >= ? AND date <= ?
     GROUP BY "locationId", type, status`,
    range,
  );
  const { dict, code } = dictionary();

  const size = casualtyRows.length;
  const reports = casualtyRows.map((r) => r.reports.split(',').map(Number));
  const casualties: CasualtyCube = {
    size,
    location: new Int32Array(size),
    type: new Uint16Array(size),
    status: new Uint16Array(size),
    kind: new Uint16Array(size),
    affiliation: new Uint16Array(size),
    country: new Uint16Array(size),
    confirmed: new Uint8Array(size),
    low: new Float64Array(size),
    best: new Float64Array(size),
    high: new Float64Array(size),
    n: new Int32Array(size),
    reportStart: new Int32Array(size + 1),
    reportIds: new Int32Array(reports.reduce((t, ids) => t + ids.length, 0)),
  };
  let at = 0;
  casualtyRows.forEach((r, i) => {
    casualties.location[i] = r.loc ?? 0;
    casualties.type[i] = code(r.type);
    casualties.status[i] = code(r.status);
    casualties.kind[i] = code(r.kind);
    casualties.affiliation[i] = code(r.affiliation);
    casualties.country[i] = code(r.country);
    casualties.confirmed[i] = r.confirmed ? 1 : 0;
    casualties.low[i] = r.low;
    casualties.best[i] = r.best;
    casualties.high[i] = r.high;
    casualties.n[i] = r.n;
    casualties.reportStart[i] = at;
    for (const id of reports[i] ?? []) casualties.reportIds[at++] = id;
  });
  casualties.reportStart[size] = at;

  const incidents: IncidentCube = {
    size: incidentRows.length,
    location: Int32Array.from(incidentRows, (r) => r.loc ?? 0),
    type: Uint16Array.from(incidentRows, (r) => code(r.type)),
    status: Uint16Array.from(incidentRows, (r) => code(r.status)),
    count: Int32Array.from(incidentRows, (r) => r.count),
    firstId: Int32Array.from(incidentRows, (r) => r.firstId),
  };
  return { dict, casualties, incidents };
}

interface Entry {
  version: string;
  value: Promise<MonthCube>;
}

// On globalThis, as the other caches are: Next may load this module more than once per process.
const globalCubes = globalThis as unknown as { haitiMonthCubes?: WeakMap<Db, Map<string, Entry>> };
globalCubes.haitiMonthCubes ??= new WeakMap();
const cubes = globalCubes.haitiMonthCubes;

/** The month's cube for its current "data" counter, built at most once per counter value. */
export function monthCube(
  db: Db,
  at: { month: string; lastDay: string; version: string },
): Promise<MonthCube> {
  let cache = cubes.get(db);
  if (!cache) {
    cache = new Map();
    cubes.set(db, cache);
  }
  const hit = cache.get(at.month);
  if (hit && hit.version === at.version) return hit.value;
  const value = buildMonthCube(db, at.month, at.lastDay);
  const entry = { version: at.version, value };
  cache.set(at.month, entry);
  value.catch(() => {
    if (cache.get(at.month) === entry) cache.delete(at.month);
  });
  return value;
}
