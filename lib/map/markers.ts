/** How incidents look on the map: pure rules shared by the map, its legend and the tests. */
import { placePosition } from '../locations/position';
import type { Casualties, MapPoint } from './types';

// How precise a place is: one rule for the map, the incident page and the exports.
export { extentM, formatKm, isApproximatePlace, PIN_MAX_RADIUS_M } from '../locations/position';

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
  /** The position in words (lib/locations/position.ts), as the incident page and exports say it. */
  label: string;
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
    const position = placePosition(p.placePrecision, p.radiusM);
    const key = `${p.placeKey}|${position.approximate ? 'area' : 'pin'}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        placeKey: p.placeKey,
        placeName: p.placeName,
        lat: p.lat,
        lng: p.lng,
        radiusM: position.radiusM,
        approximate: position.approximate,
        label: position.label,
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

/** The bbox of a circle of `radiusM` around a point (for fitting a map to a place). */
export function circleBbox(lat: number, lng: number, radiusM: number): [number, number, number, number] {
  const dLat = radiusM / 111_320;
  const dLng = radiusM / (111_320 * Math.cos((lat * Math.PI) / 180));
  return [lng - dLng, lat - dLat, lng + dLng, lat + dLat];
}
