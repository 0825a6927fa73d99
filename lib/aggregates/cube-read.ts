/**
 * The month-partitioned series (cached.ts, the timeline count, the map's per-place sums) read
 * from a month cube (lib/aggregates/month-cube.ts) when the filters take in the whole month and have
 * no text search: the same answers the SQL in casualties.ts, totals.ts and map/queries.ts gives
 * for that month (month-partitions.test.ts compares them), from a pass over a few thousand cube
 * rows instead of the month's incidents. Counts and the map also need "incidents with a casualty
 * of this kind / side", which sums cannot give: with those filters they keep to SQL.
 */
import type { Db } from '../db';
import { filtersByActor, type IncidentFilters } from '../incidents/filters';
import type { PlaceRow } from '../map/queries';
import { emptyCasualtyPoint } from '../stats/calendar';
import type { DepartmentTotal, MonthPoint, SideTotal } from '../stats/casualties';
import { PLACES_UNDER_SQL } from '../stats/filter-sql';
import { queryRows } from '../stats/raw';
import type { TotalPart } from '../stats/totals';
import type { MonthCube } from './month-cube';
import { monthCube } from './month-cube';
import type { MonthAt } from './month-partitions';
import { cachedRead } from './version';

interface PlaceInfo {
  key: string;
  name: string;
  lat: number;
  lng: number;
  department: string;
}

/** Every gazetteer place by id, with its department's name as the department chart names it. */
export function placeIndex(db: Db): Promise<Map<number, PlaceInfo>> {
  return cachedRead(db, { key: 'place-index', scopes: ['places'] }, async () => {
    const rows = await queryRows<{
      id: number;
      key: string;
      name: string;
      lat: number;
      lng: number;
      path: string;
    }>(db, 'SELECT id, key, name, lat, lng, path FROM "Location"', []);
    const nameByKey = new Map(rows.map((r) => [r.key, r.name]));
    // As casualtiesByDepartment's SQL: the second segment of "/haiti/<department>/…".
    const department = (path: string) => {
      const m = /^\/haiti\/([^/]*)\//i.exec(path);
      return (m && nameByKey.get(m[1] as string)) ?? 'Place not known';
    };
    return new Map(
      rows.map((r) => [
        r.id,
        { key: r.key, name: r.name, lat: r.lat, lng: r.lng, department: department(r.path) },
      ]),
    );
  });
}

/** The place ids a place filter keeps: the place and everything within it. */
function placeIdsUnder(db: Db, place: string): Promise<Set<number>> {
  return cachedRead(db, { key: `place-ids:${place}`, scopes: ['places'] }, async () => {
    const rows = await queryRows<{ id: number }>(db, PLACES_UNDER_SQL, [place]);
    return new Set(rows.map((r) => r.id));
  });
}

/**
 * Whether a cube can answer these filters for a month, counts and map included or not: sums
 * cannot say which incidents have a casualty of a kind, a side or a confirmed figure, nor who took
 * part or how sure we are (cubes keep neither actors nor grades).
 */
export function cubeAnswers(
  filters: IncidentFilters,
  at: MonthAt,
  needsIncidentsByCasualty: boolean,
): boolean {
  return (
    at.whole &&
    !filters.q &&
    !filtersByActor(filters) &&
    !filters.grade?.length &&
    !(needsIncidentsByCasualty && (filters.kind || filters.affiliation || filters.confirmed))
  );
}

interface Match {
  incident: (cube: MonthCube, row: number) => boolean;
  casualty: (cube: MonthCube, row: number) => boolean;
}

/** The filters as row tests on a cube (dates are the month's: the caller checked `whole`). */
async function matcher(
  db: Db,
  cube: MonthCube,
  filters: IncidentFilters,
  options: { casualtyFilter: boolean },
): Promise<Match> {
  const code = (value: string) => cube.dict.indexOf(value);
  const status = filters.status ? code(filters.status) : -1;
  const rejected = code('rejected');
  const types = filters.type?.length ? new Set(filters.type.map(code)) : null;
  const places = filters.place ? await placeIdsUnder(db, filters.place) : null;
  const kind = options.casualtyFilter && filters.kind ? code(filters.kind) : null;
  const side = options.casualtyFilter && filters.affiliation ? code(filters.affiliation) : null;
  const keeps = (s: number, t: number, loc: number) =>
    (filters.status ? s === status : s !== rejected) &&
    (!types || types.has(t)) &&
    (!places || (loc !== 0 && places.has(loc)));
  return {
    incident: (c, i) =>
      keeps(
        c.incidents.status[i] as number,
        c.incidents.type[i] as number,
        c.incidents.location[i] as number,
      ),
    casualty: (c, i) => {
      const r = c.casualties;
      return (
        keeps(r.status[i] as number, r.type[i] as number, r.location[i] as number) &&
        (kind === null || r.kind[i] === kind) &&
        (side === null || r.affiliation[i] === side) &&
        (!options.casualtyFilter || !filters.confirmed || r.confirmed[i] === 1)
      );
    },
  };
}

/** Reads the month's cube and calls `each` for every casualty row the filters keep. */
async function eachCasualty(
  db: Db,
  at: MonthAt,
  filters: IncidentFilters,
  each: (cube: MonthCube, row: number) => void,
): Promise<MonthCube> {
  const cube = await monthCube(db, at);
  const match = await matcher(db, cube, filters, { casualtyFilter: true });
  for (let i = 0; i < cube.casualties.size; i++) if (match.casualty(cube, i)) each(cube, i);
  return cube;
}

export async function cubeMonthPoints(db: Db, at: MonthAt, filters: IncidentFilters): Promise<MonthPoint[]> {
  const point: MonthPoint = emptyCasualtyPoint(at.month);
  let rows = 0;
  await eachCasualty(db, at, filters, (cube, i) => {
    const r = cube.casualties;
    const kind = cube.dict[r.kind[i] as number] as 'killed' | 'injured' | 'missing';
    point[kind] += r.best[i] as number;
    point[`${kind}Low`] += r.low[i] as number;
    point[`${kind}High`] += r.high[i] as number;
    rows++;
  });
  return rows ? [point] : [];
}

/** Sums per kind × side × country, with every report behind each group (for the totals). */
async function groupsBySide(
  db: Db,
  at: MonthAt,
  filters: IncidentFilters,
  withReports: boolean,
): Promise<Map<string, TotalPart & { ids: number[] }>> {
  const groups = new Map<string, TotalPart & { ids: number[] }>();
  await eachCasualty(db, at, filters, (cube, i) => {
    const r = cube.casualties;
    const key = `${r.kind[i]}|${r.affiliation[i]}|${r.country[i]}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        kind: cube.dict[r.kind[i] as number] as TotalPart['kind'],
        affiliation: cube.dict[r.affiliation[i] as number] as string,
        country: cube.dict[r.country[i] as number] as string,
        low: 0,
        best: 0,
        high: 0,
        incidents: 0,
        reportIds: new Int32Array(0),
        ids: [],
      };
      groups.set(key, g);
    }
    g.low += r.low[i] as number;
    g.best += r.best[i] as number;
    g.high += r.high[i] as number;
    g.incidents += r.n[i] as number;
    if (withReports) {
      for (let k = r.reportStart[i] as number; k < (r.reportStart[i + 1] as number); k++)
        g.ids.push(r.reportIds[k] as number);
    }
  });
  return groups;
}

export async function cubeSideTotals(db: Db, at: MonthAt, filters: IncidentFilters): Promise<SideTotal[]> {
  const groups = await groupsBySide(db, at, filters, false);
  return [...groups.values()].map(({ ids: _, reportIds: __, ...side }) => side);
}

export async function cubeTotalParts(db: Db, at: MonthAt, filters: IncidentFilters): Promise<TotalPart[]> {
  const groups = await groupsBySide(db, at, filters, true);
  return [...groups.values()].map(({ ids, ...part }) => ({
    ...part,
    reportIds: Int32Array.from(new Set(ids)),
  }));
}

export async function cubeDepartmentTotals(
  db: Db,
  at: MonthAt,
  filters: IncidentFilters,
): Promise<DepartmentTotal[]> {
  const places = await placeIndex(db);
  const sums = new Map<string, DepartmentTotal>();
  await eachCasualty(db, at, filters, (cube, i) => {
    const r = cube.casualties;
    const department = places.get(r.location[i] as number)?.department ?? 'Place not known';
    let sum = sums.get(department);
    if (!sum) {
      sum = { department, killed: 0, injured: 0, missing: 0 };
      sums.set(department, sum);
    }
    sum[cube.dict[r.kind[i] as number] as 'killed' | 'injured' | 'missing'] += r.best[i] as number;
  });
  return [...sums.values()];
}

/** The month's matching incidents (filters without kind and side). */
export async function cubeCount(db: Db, at: MonthAt, filters: IncidentFilters): Promise<number> {
  const cube = await monthCube(db, at);
  const match = await matcher(db, cube, filters, { casualtyFilter: false });
  let count = 0;
  for (let i = 0; i < cube.incidents.size; i++)
    if (match.incident(cube, i)) count += cube.incidents.count[i] as number;
  return count;
}

/** The map's per-place sums for the month (filters without kind and side). */
export async function cubePlaceRows(db: Db, at: MonthAt, filters: IncidentFilters): Promise<PlaceRow[]> {
  const cube = await monthCube(db, at);
  const [match, places] = await Promise.all([
    matcher(db, cube, filters, { casualtyFilter: false }),
    placeIndex(db),
  ]);
  const rows = new Map<number, PlaceRow>();
  for (let i = 0; i < cube.incidents.size; i++) {
    if (!match.incident(cube, i)) continue;
    const loc = cube.incidents.location[i] as number;
    const firstId = cube.incidents.firstId[i] as number;
    const row = rows.get(loc);
    if (row) {
      row.count += cube.incidents.count[i] as number;
      row.firstId = Math.min(row.firstId, firstId);
    } else {
      const place = loc ? places.get(loc) : undefined;
      rows.set(loc, {
        locationId: loc || null,
        key: place?.key ?? null,
        name: place?.name ?? null,
        lat: place?.lat ?? null,
        lng: place?.lng ?? null,
        count: cube.incidents.count[i] as number,
        firstId,
        killed: 0,
        injured: 0,
        missing: 0,
      });
    }
  }
  const r = cube.casualties;
  for (let i = 0; i < r.size; i++) {
    if (!match.casualty(cube, i)) continue;
    const row = rows.get(r.location[i] as number);
    if (row) row[cube.dict[r.kind[i] as number] as 'killed' | 'injured' | 'missing'] += r.best[i] as number;
  }
  return [...rows.values()];
}
