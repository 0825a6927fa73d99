/**
 * How much one map answer may carry (issue 15, "every page fast"), the pure part: at most
 * MAX_FEATURES features and MAX_BYTES of JSON, whatever the zoom, the view or the size of the store.
 *
 * - Points (every incident in view, drawn one by one) only while the view holds at most
 *   MAX_POINTS incidents. A point is ~330-450 bytes of JSON (measured: the sample reports' points
 *   332-419, median 371; a 5,000-incident synthetic store's up to 447), all of its fields read by
 *   the map, its list or its tests; 200 of the largest measured come to ~90 KB.
 * - Above that, grid clusters (cluster-places.ts): one feature per cell, cells of ~64 px at the
 *   zoom, and never more than MAX_FEATURES cells (grid.ts, clusterCellDeg). A cell holding one
 *   place is that place's marker (placeKey): opened, it lists its incidents page by page
 *   (/api/map/place) instead of the answer carrying them. A cell holding a single incident comes as
 *   that incident (a point) when the answer still fits.
 * - Bytes are measured, not assumed: titles may run to 200 characters and place names to 120, so
 *   points that would pass MAX_BYTES are clustered instead, and clusters that would pass it are
 *   grouped by coarser cells (the next zoom out's), until they fit.
 * Measuring is one JSON.stringify of an answer already bounded in features: linear in what is shown.
 */
import { clusterPlaces, type PlaceAggregate, type PlaceCell } from './cluster-places';
import { clusterCellDeg, MAX_FEATURES } from './grid';
import type { MapCluster, MapData, MapPoint } from './types';

/** Points only when the view holds at most this many incidents. */
export const MAX_POINTS = 200;
/** At most this many bytes of JSON (UTF-8, uncompressed) in one answer. */
export const MAX_BYTES = 100_000;

/** What every answer says, whatever it draws. */
export type AnswerBase = Pick<MapData, 'view' | 'total' | 'unplaced'>;

export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

export function featureCount(data: Pick<MapData, 'points' | 'clusters'>): number {
  return data.points.length + data.clusters.length;
}

export function withinBudget(data: MapData): boolean {
  return featureCount(data) <= MAX_FEATURES && jsonBytes(data) <= MAX_BYTES;
}

export function pointsAnswer(base: AnswerBase, points: MapPoint[]): MapData {
  return { ...base, mode: 'points', points, clusters: [], cellDeg: null };
}

const toCluster = ({ firstId: _, ...cluster }: PlaceCell): MapCluster => cluster;

export interface ClusterAnswer {
  data: MapData;
  /** The cells behind `data.clusters`, in the same order (with each cell's lowest incident id). */
  cells: PlaceCell[];
}

/**
 * The view's places clustered on the zoom's grid (at most MAX_FEATURES cells), on the next
 * coarser grid while the answer would pass MAX_BYTES (sizes double, so cells stay aligned with
 * other zooms'). Every cell is a cluster here; `withLonePoints` may draw single incidents.
 */
export function clusterAnswer(base: AnswerBase, places: readonly PlaceAggregate[]): ClusterAnswer {
  let cellDeg = clusterCellDeg(base.view);
  for (;;) {
    const cells = clusterPlaces(places, cellDeg);
    const data: MapData = { ...base, mode: 'clusters', points: [], clusters: cells.map(toCluster), cellDeg };
    // A 360° cell holds the whole globe in at most two cells: nothing coarser exists.
    if (cellDeg >= 360 || withinBudget(data)) return { data, cells };
    cellDeg *= 2;
  }
}

/** The single-incident cells of a cluster answer: the incident ids to draw as points. */
export function loneIncidentIds(answer: ClusterAnswer): number[] {
  return answer.cells.filter((c) => c.count === 1).map((c) => c.firstId);
}

/**
 * The cluster answer with its single-incident cells drawn as those incidents (`points`, read
 * for `loneIncidentIds`), when that still fits the budget; otherwise they stay place markers.
 * All or none, so that a view does not mix the two for single incidents.
 */
export function withLonePoints(answer: ClusterAnswer, points: MapPoint[]): MapData {
  if (points.length === 0) return answer.data;
  const drawn = new Set(points.map((p) => p.id));
  const clusters = answer.cells.filter((c) => !(c.count === 1 && drawn.has(c.firstId))).map(toCluster);
  const data: MapData = { ...answer.data, points, clusters };
  return withinBudget(data) ? data : answer.data;
}
