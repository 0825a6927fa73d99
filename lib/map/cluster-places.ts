/**
 * Grid clustering of per-place aggregates, the pure part. The store sums incidents per place
 * (a few thousand places at most, however many incidents), so clustering any view at any zoom
 * is a pass over those sums here instead of a pass over every incident in SQL.
 */
import { cellOf } from './grid';
import type { MapCluster } from './types';

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
 * incidents, the bounds of their places, casualty sums, and the three places with most
 * incidents (ties by name). Largest cells first.
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
  for (const members of cells.values()) {
    let count = 0;
    let lat = 0;
    let lng = 0;
    const sums = { killed: 0, injured: 0, missing: 0 };
    for (const p of members) {
      count += p.count;
      lat += p.lat * p.count;
      lng += p.lng * p.count;
      sums.killed += p.killed;
      sums.injured += p.injured;
      sums.missing += p.missing;
    }
    const ranked = [...members].sort((a, b) => b.count - a.count || compareText(a.name, b.name));
    result.push({
      lat: lat / count,
      lng: lng / count,
      count,
      bounds: [
        Math.min(...members.map((p) => p.lng)),
        Math.min(...members.map((p) => p.lat)),
        Math.max(...members.map((p) => p.lng)),
        Math.max(...members.map((p) => p.lat)),
      ],
      ...sums,
      placeCount: members.length,
      placeNames: ranked.slice(0, 3).map((p) => p.name),
      placeKey: members.length === 1 ? (members[0]?.key ?? null) : null,
      firstId: Math.min(...members.map((p) => p.firstId)),
    });
  }
  return result.sort((a, b) => b.count - a.count || a.lat - b.lat || a.lng - b.lng);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
