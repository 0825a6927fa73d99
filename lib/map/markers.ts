/** How incidents look on the map: pure rules shared by the map, its legend and the tests. */
import type { Casualties, MapPoint } from './types';

/** Beyond this extent a place is drawn as an area, not a pin. */
export const PIN_MAX_RADIUS_M = 500;
const AREA_PRECISIONS = new Set(['commune', 'department', 'country']);

/**
 * Whether a position is only approximate: the incident is known to a commune or wider, or its
 * place is larger than a site (an airport, a neighbourhood). Such places are drawn as
 * translucent circles of their extent, never as exact pins.
 */
/**
 * How far from the place's centre the incident may be: the place's own extent, but never less
 * than the precision the source gave. "Near the U.S. Embassy" (neighbourhood precision) is not
 * the embassy's 300 m site, it is the area around it.
 */
const PRECISION_MIN_RADIUS_M: Record<string, number> = {
  exact: 0,
  neighbourhood: 1_500,
  commune: 6_000,
  department: 40_000,
  country: 150_000,
};

export function extentM(placePrecision: string, radiusM: number): number {
  return Math.max(radiusM, PRECISION_MIN_RADIUS_M[placePrecision] ?? 0);
}

export function isApproximatePlace(placePrecision: string, radiusM: number): boolean {
  return AREA_PRECISIONS.has(placePrecision) || extentM(placePrecision, radiusM) > PIN_MAX_RADIUS_M;
}

export function casualtyTotal(c: Casualties): number {
  return c.killed + c.injured + c.missing;
}

/** Marker radius in pixels: area grows with casualties, so 16 dead look 4× as big as 1, not 16×. */
export function markerRadiusPx(casualties: number): number {
  return Math.min(22, 6 + 3 * Math.sqrt(Math.max(0, casualties)));
}

/** Cluster radius in pixels: grows slowly with the number of incidents. */
export function clusterRadiusPx(count: number): number {
  return Math.min(32, 14 + 5 * Math.log10(Math.max(1, count)));
}

/** Metres per screen pixel of a Web Mercator map at a latitude and zoom. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (256 * 2 ** zoom);
}

/** Incidents drawn as one marker: those at the same place, drawn the same way. */
export interface PlaceGroup<P extends MapPointLike = MapPointLike> {
  key: string;
  placeKey: string;
  placeName: string;
  lat: number;
  lng: number;
  radiusM: number;
  approximate: boolean;
  /** The type most of its incidents have (on a tie, the newest incident's). */
  type: string;
  points: P[];
  casualties: number;
}

type MapPointLike = Pick<
  MapPoint,
  | 'placeKey'
  | 'placeName'
  | 'lat'
  | 'lng'
  | 'radiusM'
  | 'placePrecision'
  | 'type'
  | 'killed'
  | 'injured'
  | 'missing'
>;

/**
 * Incidents at one place share its coordinates exactly; drawn separately they would hide one
 * another. One marker per place (and precision) lists them all in its popup instead.
 * Keeps the points' order (newest first) within each group.
 */
export function groupByPlace<P extends MapPointLike>(points: readonly P[]): PlaceGroup<P>[] {
  const groups = new Map<string, PlaceGroup<P>>();
  for (const p of points) {
    const approximate = isApproximatePlace(p.placePrecision, p.radiusM);
    const key = `${p.placeKey}|${approximate ? 'area' : 'pin'}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        placeKey: p.placeKey,
        placeName: p.placeName,
        lat: p.lat,
        lng: p.lng,
        radiusM: extentM(p.placePrecision, p.radiusM),
        approximate,
        type: p.type,
        points: [],
        casualties: 0,
      };
      groups.set(key, group);
    }
    group.points.push(p);
    group.casualties += casualtyTotal(p);
  }
  for (const group of groups.values()) {
    const byType = new Map<string, number>();
    for (const p of group.points) byType.set(p.type, (byType.get(p.type) ?? 0) + 1);
    let best = 0;
    for (const p of group.points) {
      const n = byType.get(p.type) ?? 0;
      if (n > best) {
        best = n;
        group.type = p.type;
      }
    }
  }
  return [...groups.values()];
}

/** "6 km", "1.5 km", "300 m": a place's extent in words. */
export function formatKm(metres: number): string {
  return metres >= 1000 ? `${Math.round(metres / 100) / 10} km` : `${Math.round(metres / 10) * 10} m`;
}

/** The bbox of a circle of `radiusM` around a point (for fitting a map to a place). */
export function circleBbox(lat: number, lng: number, radiusM: number): [number, number, number, number] {
  const dLat = radiusM / 111_320;
  const dLng = radiusM / (111_320 * Math.cos((lat * Math.PI) / 180));
  return [lng - dLng, lat - dLat, lng + dLng, lat + dLat];
}
