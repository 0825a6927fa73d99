/**
 * From counts per gazetteer place and day to weekly series per commune and per department: the
 * step between the store (queries.ts) and the rule (surge.ts). Pure.
 *
 * A place's commune and department are the places of those kinds on its path
 * ("/haiti/ouest/delmas/delmas-32/" → Delmas, Ouest), found by kind rather than by depth, so a
 * site an editor adds straight under a department counts for the department alone. An incident
 * placed no finer than a department (or the country) counts for the department (or nothing),
 * never for a commune.
 */
import { RECENT_WEEKS, type SurgePlace, type WeeklySeries, WINDOW_WEEKS } from './surge';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date (YYYY-MM-DD): what the query returns per incident. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The days the rule reads for an "as of" day: 56 weeks ending on it, the last 4 the recent ones. */
export function surgeWindow(asOf: string): {
  from: string;
  recentFrom: string;
  baselineTo: string;
  to: string;
} {
  const last = dayNumber(asOf);
  return {
    from: isoDay(last - WINDOW_WEEKS * 7 + 1),
    baselineTo: isoDay(last - RECENT_WEEKS * 7),
    recentFrom: isoDay(last - RECENT_WEEKS * 7 + 1),
    to: asOf,
  };
}

export interface LocationRow {
  id: number;
  key: string;
  name: string;
  kind: string;
  path: string;
  lat: number;
  lng: number;
}

export interface PlaceOf {
  commune?: SurgePlace;
  department?: SurgePlace;
}

/** For each gazetteer place, the commune and department it lies in (either may be missing). */
export function placeLookup(rows: readonly LocationRow[]): Map<number, PlaceOf> {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const out = new Map<number, PlaceOf>();
  const surgePlace = (r: LocationRow, kind: SurgePlace['kind'], dep: LocationRow | undefined) => ({
    key: r.key,
    name: r.name,
    kind,
    departmentKey: dep?.key ?? '',
    departmentName: dep?.name ?? '',
    lat: r.lat,
    lng: r.lng,
  });
  for (const row of rows) {
    const chain = row.path
      .split('/')
      .filter(Boolean)
      .map((key) => byKey.get(key));
    const dep = chain.find((r) => r?.kind === 'department');
    const commune = chain.find((r) => r?.kind === 'commune');
    out.set(row.id, {
      department: dep && surgePlace(dep, 'department', dep),
      commune: commune && surgePlace(commune, 'commune', dep),
    });
  }
  return out;
}

/** Counts of matching incidents (and their killed) at one gazetteer place on one day. */
export interface DailyCount {
  locationId: number | null;
  day: number;
  incidents: number;
  killed: number;
}

/**
 * Weekly series for every commune and department with an incident in the 56 weeks ending on
 * `asOf` (days outside them are ignored).
 */
export function weeklySeries(
  counts: Iterable<DailyCount>,
  places: ReadonlyMap<number, PlaceOf>,
  asOf: string,
): WeeklySeries[] {
  const last = dayNumber(asOf);
  const series = new Map<string, WeeklySeries>();
  const add = (place: SurgePlace | undefined, week: number, c: DailyCount) => {
    if (!place) return;
    const id = `${place.kind}:${place.key}`;
    let s = series.get(id);
    if (!s) {
      s = { place, incidents: new Array(WINDOW_WEEKS).fill(0), killed: new Array(WINDOW_WEEKS).fill(0) };
      series.set(id, s);
    }
    s.incidents[week] = (s.incidents[week] ?? 0) + c.incidents;
    s.killed[week] = (s.killed[week] ?? 0) + c.killed;
  };
  for (const c of counts) {
    const week = Math.floor((last - c.day) / 7);
    if (week < 0 || week >= WINDOW_WEEKS || c.locationId === null) continue;
    const of = places.get(c.locationId);
    add(of?.commune, week, c);
    add(of?.department, week, c);
  }
  return [...series.values()];
}
