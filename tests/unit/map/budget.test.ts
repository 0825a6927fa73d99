import { describe, expect, it } from 'vitest';
import { seededRng } from '@/lib/bench/random';
import {
  clusterAnswer,
  featureCount,
  jsonBytes,
  loneIncidentIds,
  MAX_BYTES,
  MAX_POINTS,
  pointsAnswer,
  withinBudget,
  withLonePoints,
} from '@/lib/map/budget';
import type { PlaceAggregate } from '@/lib/map/cluster-places';
import { cellSizeDeg, MAX_FEATURES } from '@/lib/map/grid';
import type { Bbox, MapPoint } from '@/lib/map/types';

const HAITI: Bbox = [-74.6, 17.9, -71.5, 20.2];

/** The largest point measured on a realistic store (447 bytes, 463 with its grade): a long place path and title. */
const point = (id: number, overrides: Partial<MapPoint> = {}): MapPoint => ({
  id,
  title: 'Armed clash between two gangs near the General Hospital, downtown Port-au-Prince',
  date: '2026-06-29',
  dateEnd: null,
  datePrecision: 'week',
  type: 'armed_clash',
  // Most incidents' grade (fair or weak, four letters; 'confirmed' and 'contested' add five bytes).
  grade: 'fair',
  placeKey: 'general-hospital',
  placeName: 'General Hospital',
  placePath: '/haiti/ouest/port-au-prince/downtown-port-au-prince/general-hospital/',
  placePrecision: 'exact',
  lat: 18.5395,
  lng: -72.3395,
  radiusM: 300,
  killed: 12,
  injured: 3,
  missing: 1,
  ...overrides,
});

/** `n` places scattered over `area`, each with `count` incidents (ids from 1 up). */
function places(n: number, area: Bbox, options: { count?: number; name?: (i: number) => string } = {}) {
  const next = seededRng(n);
  const [w, s, e, north] = area;
  return Array.from(
    { length: n },
    (_, i): PlaceAggregate => ({
      locationId: i + 1,
      key: `place-${i + 1}`,
      name: options.name?.(i) ?? `Place ${i + 1}`,
      lat: s + next() * (north - s),
      lng: w + next() * (e - w),
      count: options.count ?? 1,
      firstId: i + 1,
      killed: 1,
      injured: 0,
      missing: 0,
    }),
  );
}

const base = (bbox: Bbox, zoom: number, total: number) => ({ view: { bbox, zoom }, total, unplaced: 0 });

describe('the points threshold', () => {
  it('keeps to the budget issue 15 sets: 500 features, 100 KB of JSON', () => {
    expect(MAX_FEATURES).toBeLessThanOrEqual(500);
    expect(MAX_BYTES).toBeLessThanOrEqual(100_000);
    expect(MAX_POINTS).toBeLessThanOrEqual(MAX_FEATURES);
  });

  it(`fits ${MAX_POINTS} points of the largest measured shape in ${MAX_BYTES.toLocaleString('en')} bytes`, () => {
    const largest = jsonBytes(point(99_999));
    expect(largest).toBeGreaterThan(400);
    const answer = pointsAnswer(
      base(HAITI, 9, MAX_POINTS),
      Array.from({ length: MAX_POINTS }, (_, i) => point(i + 99_000)),
    );
    expect(jsonBytes(answer)).toBeLessThanOrEqual(MAX_BYTES);
    expect(withinBudget(answer)).toBe(true);
    expect(featureCount(answer)).toBeLessThanOrEqual(MAX_FEATURES);
  });

  it('refuses points whose titles make the answer too large', () => {
    const long =
      'Affrontement armé à Pétion-Ville, près de l’hôpital général, où des bandits ont tiré '.repeat(3);
    const answer = pointsAnswer(
      base(HAITI, 9, MAX_POINTS),
      Array.from({ length: MAX_POINTS }, (_, i) => point(i + 1, { title: long.slice(0, 200) })),
    );
    expect(jsonBytes(answer)).toBeGreaterThan(MAX_BYTES);
    expect(withinBudget(answer)).toBe(false);
  });

  it('counts bytes as UTF-8, not characters', () => {
    expect(jsonBytes('é')).toBe(4);
    expect(jsonBytes({ a: 1 })).toBe(7);
  });
});

describe('clusters within the budget', () => {
  it.each([
    ['all of Haiti at zoom 19', HAITI, 19],
    ['all of Haiti at zoom 9', HAITI, 9],
    [
      'Port-au-Prince on a 1920×1080 screen with the map’s margin, zoom 13',
      [-72.6, 18.35, -72.0, 18.7] as Bbox,
      13,
    ],
    ['the world at zoom 19', [-180, -90, 180, 90] as Bbox, 19],
  ])('%s: at most MAX_FEATURES clusters and MAX_BYTES, every incident counted', (_, bbox, zoom) => {
    const spread = places(20_000, bbox as Bbox);
    const { data, cells } = clusterAnswer(base(bbox as Bbox, zoom as number, 20_000), spread);
    expect(featureCount(data)).toBeLessThanOrEqual(MAX_FEATURES);
    expect(jsonBytes(data)).toBeLessThanOrEqual(MAX_BYTES);
    expect(data.clusters.reduce((n, c) => n + c.count, 0)).toBe(20_000);
    expect(cells).toHaveLength(data.clusters.length);
  });

  it('coarsens the grid by whole zoom levels when long place names would pass the byte budget', () => {
    // ~250 cells of zoom 13: plain names fit, names of ~120 characters (three per cluster) do not.
    const bbox: Bbox = [-72.4, 18.5, -72.2, 18.64];
    const long = (i: number) => `${'Quartier très long de Port-au-Prince '.repeat(3)}${i}`;
    const plain = clusterAnswer(base(bbox, 13, 5_000), places(5_000, bbox));
    const named = clusterAnswer(base(bbox, 13, 5_000), places(5_000, bbox, { name: long }));
    expect(plain.data.cellDeg).toBe(cellSizeDeg(13));
    expect(named.data.cellDeg).toBe(cellSizeDeg(12));
    expect(jsonBytes(named.data)).toBeLessThanOrEqual(MAX_BYTES);
    expect(named.data.clusters.reduce((n, c) => n + c.count, 0)).toBe(5_000);
  });

  it('makes a cell of one place that place’s marker, whatever its count', () => {
    const one: PlaceAggregate[] = [
      {
        ...places(1, HAITI)[0],
        key: 'delmas',
        name: 'Delmas',
        lat: 18.55,
        lng: -72.3,
        count: 40,
      } as PlaceAggregate,
    ];
    const { data } = clusterAnswer(base(HAITI, 9, 40), one);
    expect(data.clusters).toEqual([
      expect.objectContaining({ placeKey: 'delmas', count: 40, placeCount: 1 }),
    ]);
  });
});

describe('single incidents in a clustered view', () => {
  const bbox: Bbox = [-72.45, 18.45, -72.2, 18.64];
  // One crowded place and two lone incidents far apart (cells of ~0.022° at zoom 12).
  const crowd: PlaceAggregate[] = [
    {
      locationId: 1,
      key: 'delmas',
      name: 'Delmas',
      lat: 18.55,
      lng: -72.3,
      count: 300,
      firstId: 5,
      killed: 9,
      injured: 0,
      missing: 0,
    },
    {
      locationId: 2,
      key: 'tabarre',
      name: 'Tabarre',
      lat: 18.6,
      lng: -72.25,
      count: 1,
      firstId: 7,
      killed: 0,
      injured: 0,
      missing: 0,
    },
    {
      locationId: 3,
      key: 'carrefour',
      name: 'Carrefour',
      lat: 18.5,
      lng: -72.4,
      count: 1,
      firstId: 9,
      killed: 2,
      injured: 0,
      missing: 0,
    },
  ];

  it('are named for reading as points', () => {
    expect(loneIncidentIds(clusterAnswer(base(bbox, 12, 302), crowd)).sort()).toEqual([7, 9]);
  });

  it('come as points when they fit, in place of their cells', () => {
    const answer = clusterAnswer(base(bbox, 12, 302), crowd);
    const data = withLonePoints(answer, [
      point(7, { placeKey: 'tabarre' }),
      point(9, { placeKey: 'carrefour' }),
    ]);
    expect(data.points.map((p) => p.id)).toEqual([7, 9]);
    expect(data.clusters).toEqual([expect.objectContaining({ placeKey: 'delmas', count: 300 })]);
    expect(featureCount(data)).toBe(3);
  });

  it('stay place markers when drawing them would pass the byte budget', () => {
    // One place in the middle of each of 20 × 13 cells of zoom 7 (0.703°): 260 lone incidents.
    const size = cellSizeDeg(7);
    const bbox: Bbox = [-80, 10, -65, 20];
    const [column0, row0] = [Math.ceil((bbox[0] + 180) / size), Math.ceil((bbox[1] + 90) / size)];
    const lone = places(260, bbox).map((p, i) => ({
      ...p,
      lng: (column0 + (i % 20) + 0.5) * size - 180,
      lat: (row0 + Math.floor(i / 20) + 0.5) * size - 90,
    }));
    const answer = clusterAnswer(base(bbox, 7, 260), lone);
    expect(loneIncidentIds(answer)).toHaveLength(260);
    const huge = 'x'.repeat(200);
    const points = loneIncidentIds(answer).map((id) =>
      point(id, { title: huge, placeName: huge.slice(0, 120) }),
    );
    const data = withLonePoints(answer, points);
    expect(data).toBe(answer.data);
    expect(data.points).toEqual([]);
    expect(data.clusters).toHaveLength(260);
    expect(data.clusters.every((c) => c.placeKey !== null)).toBe(true);
    expect(jsonBytes(data)).toBeLessThanOrEqual(MAX_BYTES);
    // The same incidents with ordinary titles fit, and are drawn.
    const drawn = withLonePoints(
      answer,
      loneIncidentIds(answer).map((id) => point(id, { title: 'Gunfire in Delmas' })),
    );
    expect(drawn.points).toHaveLength(260);
    expect(drawn.clusters).toEqual([]);
  });
});
