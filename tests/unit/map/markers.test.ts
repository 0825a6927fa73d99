import { describe, expect, it } from 'vitest';
import {
  circleBbox,
  clusterRadiusPx,
  extentM,
  formatKm,
  groupByPlace,
  isApproximatePlace,
  markerRadiusPx,
  metresPerPixel,
} from '@/lib/map/markers';
import type { MapPoint } from '@/lib/map/types';

const point = (overrides: Partial<MapPoint>): MapPoint => ({
  id: 1,
  title: 't',
  date: '2025-02-23',
  dateEnd: null,
  datePrecision: 'day',
  type: 'attack',
  grade: 'fair',
  placeKey: 'tabarre',
  placeName: 'Tabarre',
  placePath: '/haiti/ouest/tabarre/',
  placePrecision: 'commune',
  lat: 18.58,
  lng: -72.27,
  radiusM: 6000,
  killed: 0,
  injured: 0,
  missing: 0,
  ...overrides,
});

describe('imprecise places', () => {
  it('are areas for a commune, a department or the country, whatever their radius', () => {
    for (const precision of ['commune', 'department', 'country'])
      expect(isApproximatePlace(precision, 0)).toBe(true);
  });

  it('are pins only for exact sites of ~500 m or less; anything vaguer is an area', () => {
    expect(isApproximatePlace('exact', 300)).toBe(false);
    expect(isApproximatePlace('exact', 1000)).toBe(true);
    expect(isApproximatePlace('neighbourhood', 1500)).toBe(true);
    // "near the U.S. Embassy": the matched site is 300 m, but the source only places it nearby.
    expect(isApproximatePlace('neighbourhood', 300)).toBe(true);
  });

  it('never draws a place smaller than the precision the source gave', () => {
    expect(extentM('neighbourhood', 300)).toBe(1500);
    expect(extentM('exact', 300)).toBe(300);
    expect(extentM('commune', 8000)).toBe(8000);
    expect(extentM('department', 300)).toBe(40000);
  });
});

describe('marker sizes', () => {
  it('grow with casualties by area, within bounds', () => {
    expect(markerRadiusPx(0)).toBe(6);
    expect(markerRadiusPx(4)).toBeGreaterThan(markerRadiusPx(1));
    expect(markerRadiusPx(10_000)).toBe(22);
  });

  it('grow slowly with the number of incidents in a cluster', () => {
    expect(clusterRadiusPx(2)).toBeLessThan(clusterRadiusPx(200));
    expect(clusterRadiusPx(1_000_000)).toBe(32);
  });

  it('convert metres to pixels as Web Mercator does', () => {
    // ~156 km per pixel at zoom 0 on the equator; half that at 60°.
    expect(metresPerPixel(0, 0)).toBeCloseTo(156_543, 0);
    expect(metresPerPixel(60, 0)).toBeCloseTo(156_543 / 2, 0);
    expect(metresPerPixel(19, 10)).toBeCloseTo(metresPerPixel(19, 9) / 2);
  });
});

describe('grouping incidents by place', () => {
  it('draws incidents at one place as one marker listing them all, newest first', () => {
    const groups = groupByPlace([
      point({ id: 3, type: 'gunfire', killed: 2 }),
      point({ id: 2, type: 'attack', injured: 1 }),
      point({ id: 1, type: 'attack' }),
      point({
        id: 4,
        placeKey: 'us-embassy',
        placeName: 'U.S. Embassy',
        placePrecision: 'neighbourhood',
        radiusM: 300,
      }),
    ]);
    expect(groups.map((g) => [g.placeKey, g.approximate, g.points.map((p) => p.id)])).toEqual([
      ['tabarre', true, [3, 2, 1]],
      ['us-embassy', true, [4]],
    ]);
    expect(groups[1]?.radiusM).toBe(1500);
    expect(groups[0]).toMatchObject({ type: 'attack', casualties: 3 });
  });

  it('breaks a tie between types in favour of the newest incident', () => {
    const [group] = groupByPlace([point({ id: 2, type: 'gunfire' }), point({ id: 1, type: 'attack' })]);
    expect(group?.type).toBe('gunfire');
  });

  it('keeps a pin and an area at the same place apart', () => {
    const groups = groupByPlace([
      point({ id: 1, placePrecision: 'exact', radiusM: 300 }),
      point({ id: 2, placePrecision: 'commune', radiusM: 300 }),
    ]);
    expect(groups.map((g) => g.approximate)).toEqual([false, true]);
  });
});

describe('place extents', () => {
  it('are said in words', () => {
    expect(formatKm(6000)).toBe('6 km');
    expect(formatKm(1500)).toBe('1.5 km');
    expect(formatKm(300)).toBe('300 m');
  });

  it('give a bbox that holds the circle', () => {
    const [w, s, e, n] = circleBbox(18.58, -72.27, 6000);
    expect((n - s) * 111_320).toBeCloseTo(12_000, -1);
    expect((e - w) * 111_320 * Math.cos((18.58 * Math.PI) / 180)).toBeCloseTo(12_000, -1);
  });
});
