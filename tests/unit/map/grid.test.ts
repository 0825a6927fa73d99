import { describe, expect, it } from 'vitest';
import {
  bboxContains,
  bboxHas,
  CELL_PX,
  cellOf,
  cellSizeDeg,
  cellsSpanned,
  clusterCellDeg,
  MAX_FEATURES,
  needsRefetch,
  padBbox,
} from '@/lib/map/grid';
import type { Bbox } from '@/lib/map/types';

const HAITI: Bbox = [-74.6, 17.9, -71.5, 20.2];

describe('grid cells', () => {
  it('are CELL_PX screen pixels wide at every zoom, halving with each zoom level', () => {
    // At zoom 0 the world's 360° are 256 px wide.
    expect(cellSizeDeg(0)).toBeCloseTo((CELL_PX / 256) * 360);
    for (let z = 1; z <= 19; z++) expect(cellSizeDeg(z)).toBeCloseTo(cellSizeDeg(z - 1) / 2, 12);
    // About 0.35° at zoom 8 (Haiti in some tens of cells), about 1.5 km at zoom 12.
    expect(cellSizeDeg(8)).toBeCloseTo(0.3516, 4);
    expect(cellSizeDeg(12) * 111).toBeCloseTo(2.4, 1);
  });

  it('are anchored to the globe, so a place keeps its cell while the view pans', () => {
    const size = cellSizeDeg(10);
    const pontSonde = cellOf(19.15, -72.61, size);
    expect(cellOf(19.15 + size / 10, -72.61 + size / 10, size)).toEqual(pontSonde);
    // Cells tile the plane: the next cell starts exactly one size to the east.
    const [column, row] = cellOf(18.54, -72.34, size);
    const west = column * size - 180;
    expect(cellOf(18.54, west + size, size)).toEqual([column + 1, row]);
    expect(cellOf(18.54, west + size - 1e-9, size)).toEqual([column, row]);
  });

  it('counts the cells a bbox touches', () => {
    expect(cellsSpanned([0, 0, 1, 1], 1)).toBe(4); // [0,1] touches cells 180 and 181 each way
    expect(cellsSpanned([0.1, 0.1, 0.9, 0.9], 1)).toBe(1);
    expect(cellsSpanned(HAITI, cellSizeDeg(8))).toBeLessThan(100);
  });
});

describe('the cluster cell size for a view', () => {
  it("is the zoom's own for a normal view", () => {
    expect(clusterCellDeg({ bbox: HAITI, zoom: 8 })).toBe(cellSizeDeg(8));
    expect(clusterCellDeg({ bbox: [-72.45, 18.45, -72.2, 18.64], zoom: 13 })).toBe(cellSizeDeg(13));
  });

  it('grows (by whole zoom levels) when a client asks for a huge bbox at a high zoom', () => {
    const size = clusterCellDeg({ bbox: HAITI, zoom: 19 });
    expect(cellsSpanned(HAITI, size)).toBeLessThanOrEqual(MAX_FEATURES);
    expect(cellsSpanned(HAITI, size / 2)).toBeGreaterThan(MAX_FEATURES);
    expect(Number.isInteger(Math.log2(cellSizeDeg(0) / size))).toBe(true);
    const world: Bbox = [-180, -90, 180, 90];
    expect(cellsSpanned(world, clusterCellDeg({ bbox: world, zoom: 19 }))).toBeLessThanOrEqual(MAX_FEATURES);
  });
});

describe('bboxes', () => {
  it('pad on every side and stay on the globe', () => {
    expect(padBbox([-73, 18, -72, 19], 0.25)).toEqual([-73.25, 17.75, -71.75, 19.25]);
    expect(padBbox([-180, -90, 180, 90], 0.5)).toEqual([-180, -90, 180, 90]);
  });

  it('contain other bboxes and points', () => {
    expect(bboxContains(HAITI, [-73, 18, -72, 19])).toBe(true);
    expect(bboxContains([-73, 18, -72, 19], HAITI)).toBe(false);
    expect(bboxHas(HAITI, 18.58, -72.27)).toBe(true);
    expect(bboxHas(HAITI, 25, -72.27)).toBe(false);
  });
});

describe('when the map asks the server again', () => {
  const loaded = (mode: 'points' | 'clusters') => ({
    mode,
    view: { bbox: [-74, 18, -71, 20] as Bbox, zoom: 9 },
  });
  const inside: Bbox = [-73, 18.5, -72, 19.5];

  it('not while the view stays inside the loaded area with every incident in it', () => {
    expect(needsRefetch(loaded('points'), { bbox: inside, zoom: 9 })).toBe(false);
    expect(needsRefetch(loaded('points'), { bbox: inside, zoom: 12 })).toBe(false);
  });

  it('when the view leaves the loaded area', () => {
    expect(needsRefetch(loaded('points'), { bbox: [-75, 18.5, -72, 19.5], zoom: 9 })).toBe(true);
  });

  it('when the zoom changes while the data is clustered', () => {
    expect(needsRefetch(loaded('clusters'), { bbox: inside, zoom: 9 })).toBe(false);
    expect(needsRefetch(loaded('clusters'), { bbox: inside, zoom: 10 })).toBe(true);
  });
});
