/**
 * Grid clustering, the pure part. The grid is anchored at (-180°, -90°), not at the viewport,
 * so a cell — and therefore a cluster — stays put while the user pans. A cell is about
 * CELL_PX screen pixels wide at the requested zoom (square in degrees: at Haiti's latitude a
 * degree of latitude is ~5% taller on screen than one of longitude, which nobody notices).
 */
import type { Bbox } from './types';

/**
 * At most this many features (points or clusters) in one answer (with the byte budget and the
 * points threshold of budget.ts).
 */
export const MAX_FEATURES = 500;
export const CELL_PX = 64;
const TILE_PX = 256;

/** Cell width in degrees at a zoom: CELL_PX screen pixels of a Web Mercator map. */
export function cellSizeDeg(zoom: number): number {
  return (CELL_PX * 360) / (TILE_PX * 2 ** zoom);
}

/** Column and row of the cell holding a position (what the SQL computes with CAST). */
export function cellOf(lat: number, lng: number, size: number): [column: number, row: number] {
  return [Math.floor((lng + 180) / size), Math.floor((lat + 90) / size)];
}

/** How many cells of this size a bbox touches. */
export function cellsSpanned(bbox: Bbox, size: number): number {
  const [w, s, e, n] = bbox;
  const [c0, r0] = cellOf(s, w, size);
  const [c1, r1] = cellOf(n, e, size);
  return (c1 - c0 + 1) * (r1 - r0 + 1);
}

/**
 * The cell size for a view: the zoom's own, or — when the view spans more than MAX_FEATURES of
 * those cells (a large screen with the margin the map asks for, ~1,100 cells on a 1920×1080 one;
 * a client asking for a huge bbox at a high zoom) — the largest zoom whose cells it spans at most
 * MAX_FEATURES of. That bounds the answer without counting rows first, and keeps the grid aligned
 * with other zooms' (sizes halve).
 */
export function clusterCellDeg(view: { bbox: Bbox; zoom: number }): number {
  let zoom = view.zoom;
  while (zoom > 0 && cellsSpanned(view.bbox, cellSizeDeg(zoom)) > MAX_FEATURES) zoom--;
  return cellSizeDeg(zoom);
}

/** The bbox grown by `ratio` of its size on every side, kept on the globe. */
export function padBbox(bbox: Bbox, ratio: number): Bbox {
  const [w, s, e, n] = bbox;
  const dx = (e - w) * ratio;
  const dy = (n - s) * ratio;
  return [Math.max(-180, w - dx), Math.max(-90, s - dy), Math.min(180, e + dx), Math.min(90, n + dy)];
}

export function bboxContains(outer: Bbox, inner: Bbox): boolean {
  return outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
}

export function bboxHas(bbox: Bbox, lat: number, lng: number): boolean {
  return lng >= bbox[0] && lat >= bbox[1] && lng <= bbox[2] && lat <= bbox[3];
}

/**
 * Whether the map must ask the server again after the view changed: when it leaves the area
 * loaded, or when it zooms while the data is clustered (points do not depend on the zoom).
 */
export function needsRefetch(
  loaded: { view: { bbox: Bbox; zoom: number }; mode: string },
  view: { bbox: Bbox; zoom: number },
): boolean {
  if (!bboxContains(loaded.view.bbox, view.bbox)) return true;
  return loaded.mode === 'clusters' && loaded.view.zoom !== view.zoom;
}
