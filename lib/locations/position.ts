/**
 * Where an incident is, as precisely as its source and its place allow. One function for the
 * incident page, its card, the map (markers, popups, the list under it), the CSV and the GeoJSON,
 * so a place never reads "exact site" in one and "approximate" in another, nor "within 0.3 km" on
 * one page and "1.5 km" on the next. Pure; no server imports.
 */

/** Beyond this extent a place is drawn as an area, not a pin, and called approximate. */
export const PIN_MAX_RADIUS_M = 500;

const AREA_PRECISIONS = new Set(['commune', 'department', 'country']);

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

/** The precision the source gives, in words, when the position is not an exact site. */
const LEVEL_WORDS: Record<string, string> = {
  exact: 'site',
  neighbourhood: 'neighbourhood',
  commune: 'commune',
  department: 'department',
  country: 'country only',
};

export interface PlacePosition {
  /** Known only to an area: drawn as a translucent circle, never as a pin. */
  approximate: boolean;
  /** How far from the place's centre the incident may be, in metres. */
  radiusM: number;
  /** "exact site", or the source's precision and the extent: "neighbourhood, within about 1.5 km". */
  label: string;
}

/** "6 km", "1.5 km", "300 m": a place's extent in words. */
export function formatKm(metres: number): string {
  return metres >= 1000 ? `${Math.round(metres / 100) / 10} km` : `${Math.round(metres / 10) * 10} m`;
}

export function extentM(placePrecision: string, radiusM: number): number {
  return Math.max(radiusM, PRECISION_MIN_RADIUS_M[placePrecision] ?? 0);
}

/**
 * Whether a position is only approximate: the incident is known to a commune or wider, or its
 * place is larger than a site (an airport, a neighbourhood, a site placed by hand within 1 km).
 */
export function isApproximatePlace(placePrecision: string, radiusM: number): boolean {
  return AREA_PRECISIONS.has(placePrecision) || extentM(placePrecision, radiusM) > PIN_MAX_RADIUS_M;
}

export function placePosition(placePrecision: string, radiusM: number): PlacePosition {
  const extent = extentM(placePrecision, radiusM);
  const approximate = isApproximatePlace(placePrecision, radiusM);
  return {
    approximate,
    radiusM: extent,
    label: approximate
      ? `${LEVEL_WORDS[placePrecision] ?? placePrecision}, within about ${formatKm(extent)}`
      : 'exact site',
  };
}
