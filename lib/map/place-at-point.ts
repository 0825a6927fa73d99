/**
 * Which gazetteer place a click on the map means: the smallest place whose extent covers the
 * point, or, when none does, the nearest place within 5 km. Pure, so it is unit-tested.
 */
interface Place {
  kind: string;
  lat: number;
  lng: number;
  radiusM: number;
}

const EARTH_M = 6_371_000;

export function distanceM(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLng = (bLng - aLng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_M * Math.asin(Math.sqrt(h));
}

export function placeAtPoint<P extends Place>(places: readonly P[], lat: number, lng: number): P | null {
  let covering: { place: P; radius: number } | null = null;
  let nearest: { place: P; d: number } | null = null;
  for (const place of places) {
    if (place.kind === 'country') continue;
    const d = distanceM(lat, lng, place.lat, place.lng);
    const radius = place.radiusM;
    if (d <= radius && (!covering || radius < covering.radius)) covering = { place, radius };
    if (!nearest || d < nearest.d) nearest = { place, d };
  }
  if (covering) return covering.place;
  return nearest && nearest.d <= 5_000 ? nearest.place : null;
}
