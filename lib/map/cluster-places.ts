/**
 * Grid clustering of per-place aggregates, the pure part. The store sums incidents per place
 * (a few thousand places at most, however many incidents), so clustering any view at any zoom
 * is a pass over those sums here instead of a pass over every incident in SQL.
 */
import { cellOf } from './grid';
import type { Bbox, MapCluster } from './types';

/** The incidents matching the filters at one place, summed. */
export interface PlaceAggregate {
  locationId: number;
  key: string;
  name: string;
  lat: number;
  lng: number;
  count: number;
  /** The lowest incident id: the incident itself when count is 1. */
  firstId: number;
  killed: number;
  injured: number;
  missing: number;
}

export interface PlaceCell extends MapCluster {
  firstId: number;
}

/**
 * Places grouped by grid cell (cellOf): per cell the incident count, the mean position of the
 * incidents (to five decimals, about a metre: an answer need not carry seventeen digits), the
 * bounds of their places, casualty sums, and the three places with most incidents (ties by name).
 * Largest cells first. One pass over the places, whatever their number per cell.
 */
export function clusterPlaces(places: readonly PlaceAggregate[], cellDeg: number): PlaceCell[] {
  const cells = new Map<string, PlaceAggregate[]>();
  for (const p of places) {
    if (p.count <= 0) continue;
    const key = cellOf(p.lat, p.lng, cellDeg).join(',');
    const cell = cells.get(key);
    if (cell) cell.push(p);
    else cells.set(key, [p]);
  }
  const result: PlaceCell[] = [];
  for (const members of cells.values()) result.push(summarise(members));
  return result.sort((a, b) => b.count - a.count || a.lat - b.lat || a.lng - b.lng);
}

function summarise(members: readonly PlaceAggregate[]): PlaceCell {
  let count = 0;
  let lat = 0;
  let lng = 0;
  const sums = { killed: 0, injured: 0, missing: 0 };
  const bounds: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  let firstId = Infinity;
  const top: PlaceAggregate[] = [];
  for (const p of members) {
    count += p.count;
    lat += p.lat * p.count;
    lng += p.lng * p.count;
    sums.killed += p.killed;
    sums.injured += p.injured;
    sums.missing += p.missing;
    bounds[0] = Math.min(bounds[0], p.lng);
    bounds[1] = Math.min(bounds[1], p.lat);
    bounds[2] = Math.max(bounds[2], p.lng);
    bounds[3] = Math.max(bounds[3], p.lat);
    firstId = Math.min(firstId, p.firstId);
    keepTop(top, p, 3);
  }
  return {
    lat: round5(lat / count, bounds[1], bounds[3]),
    lng: round5(lng / count, bounds[0], bounds[2]),
    count,
    bounds,
    ...sums,
    placeCount: members.length,
    placeNames: top.map((p) => p.name),
    placeKey: members.length === 1 ? (members[0]?.key ?? null) : null,
    firstId,
  };
}

/** Most incidents first, ties by name. */
const ranks = (a: PlaceAggregate, b: PlaceAggregate) => b.count - a.count || compareText(a.name, b.name);

/** Inserts `p` into `top` (kept sorted by rank, at most `n` long): linear in the places. */
function keepTop(top: PlaceAggregate[], p: PlaceAggregate, n: number): void {
  let i = top.length;
  while (i > 0 && ranks(p, top[i - 1] as PlaceAggregate) < 0) i--;
  if (i >= n) return;
  top.splice(i, 0, p);
  if (top.length > n) top.pop();
}

/** Five decimals, kept within [min, max] (so the mean stays inside the bounds, and the view). */
const round5 = (v: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Math.round(v * 1e5) / 1e5));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
