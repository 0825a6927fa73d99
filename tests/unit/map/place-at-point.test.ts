import { describe, expect, it } from 'vitest';
import { placeAtPoint } from '@/lib/map/place-at-point';

const places = [
  { name: 'Haiti', kind: 'country', lat: 18.97, lng: -72.29, radiusM: 150_000 },
  { name: 'Ouest', kind: 'department', lat: 18.55, lng: -72.35, radiusM: 40_000 },
  { name: 'Port-au-Prince', kind: 'commune', lat: 18.5425, lng: -72.3386, radiusM: 6_000 },
  { name: 'Bel Air', kind: 'neighbourhood', lat: 18.5489, lng: -72.3367, radiusM: 1_500 },
  { name: 'Island site', kind: 'site', lat: 18.9, lng: -73.0, radiusM: 300 },
];

describe('placeAtPoint', () => {
  it('chooses the smallest place whose extent covers the click', () => {
    expect(placeAtPoint(places, 18.549, -72.337)?.name).toBe('Bel Air');
    expect(placeAtPoint(places, 18.53, -72.33)?.name).toBe('Port-au-Prince');
    expect(placeAtPoint(places, 18.7, -72.5)?.name).toBe('Ouest');
  });

  it('never answers the whole country; far from everything it answers nothing', () => {
    expect(placeAtPoint(places, 19.9, -72.8)).toBeNull();
  });

  it('falls back to the nearest place within 5 km', () => {
    expect(placeAtPoint(places, 18.92, -73.0)?.name).toBe('Island site');
  });
});
