import { describe, expect, it } from 'vitest';
import { clusterPlaces, type PlaceAggregate } from '@/lib/map/cluster-places';

const place = (p: Partial<PlaceAggregate> & Pick<PlaceAggregate, 'locationId' | 'lat' | 'lng'>) => ({
  key: `p${p.locationId}`,
  name: `Place ${p.locationId}`,
  count: 1,
  firstId: p.locationId * 100,
  killed: 0,
  injured: 0,
  missing: 0,
  ...p,
});

describe('clustering places on the grid', () => {
  // Cells of 1°: (18.2, -72.3) and (18.7, -72.8) share the cell of column 107, row 108.
  const places = [
    place({ locationId: 1, lat: 18.2, lng: -72.3, count: 3, killed: 2, name: 'Delmas' }),
    place({ locationId: 2, lat: 18.7, lng: -72.8, count: 1, injured: 4, name: 'Arcahaie' }),
    place({ locationId: 3, lat: 19.5, lng: -72.5, count: 1, firstId: 7, name: 'Saint-Marc' }),
    place({ locationId: 4, lat: 18.5, lng: -72.5, count: 0, name: 'Empty' }),
  ];

  it('sums incidents and casualties per cell, weighting the position by incidents', () => {
    const [big, lone] = clusterPlaces(places, 1);
    expect(big).toMatchObject({ count: 4, killed: 2, injured: 4, placeCount: 2, placeKey: null });
    expect(big?.lat).toBeCloseTo((18.2 * 3 + 18.7) / 4, 10);
    expect(big?.lng).toBeCloseTo((-72.3 * 3 - 72.8) / 4, 10);
    expect(big?.bounds).toEqual([-72.8, 18.2, -72.3, 18.7]);
    expect(big?.placeNames).toEqual(['Delmas', 'Arcahaie']);
    expect(lone).toMatchObject({ count: 1, placeKey: 'p3', firstId: 7, placeNames: ['Saint-Marc'] });
  });

  it('ignores places without incidents and puts the largest cells first', () => {
    const cells = clusterPlaces(places, 1);
    expect(cells.map((c) => c.count)).toEqual([4, 1]);
    expect(cells.flatMap((c) => c.placeNames)).not.toContain('Empty');
  });

  it('names at most three places, those with most incidents, ties by name', () => {
    const crowded = ['Delta', 'Alpha', 'Charlie', 'Bravo'].map((name, i) =>
      place({ locationId: i + 1, lat: 18.5, lng: -72.3, count: i === 2 ? 5 : 1, name }),
    );
    expect(clusterPlaces(crowded, 1)[0]?.placeNames).toEqual(['Charlie', 'Alpha', 'Bravo']);
  });

  it('gives positions to five decimals, never outside the bounds of its places', () => {
    const lone = place({ locationId: 9, lat: 18.1234567890123, lng: -72.9876543210987 });
    const [cell] = clusterPlaces([lone], 1);
    expect(cell?.bounds).toEqual([lone.lng, lone.lat, lone.lng, lone.lat]);
    expect(cell?.lat).toBe(lone.lat);
    expect(cell?.lng).toBe(lone.lng);
    const pair = clusterPlaces([lone, place({ locationId: 10, lat: 18.2, lng: -72.9, count: 2 })], 1)[0];
    expect(pair?.lat).toBe(18.17449);
    expect(pair?.lng).toBe(-72.92922);
  });
});
