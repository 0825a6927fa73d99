/**
 * npx tsx lib/cli/make-basemap.ts
 * Writes public/basemap/hispaniola.geojson, the basemap the app ships so that the map still
 * shows Haiti when tiles are off or unreachable: the outlines of Haiti and the Dominican Republic
 * from Natural Earth (world-atlas, countries-10m), and label points for the departments and main
 * towns at the gazetteer's coordinates. Run once; the output is committed. Re-run only when the
 * gazetteer's departments or towns change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { GAZETTEER } from '../locations/gazetteer';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'public', 'basemap', 'hispaniola.geojson');
/** Natural Earth ids (ISO 3166 numeric). */
const COUNTRIES: Record<string, { iso: string; name: string }> = {
  '332': { iso: 'HT', name: 'Haiti' },
  '214': { iso: 'DO', name: 'Dominican Republic' },
};
/** Department capitals, plus Saint-Marc (the Artibonite's largest town after Gonaïves). */
const TOWNS = [
  'port-au-prince',
  'gonaives',
  'saint-marc',
  'cap-haitien',
  'fort-liberte',
  'port-de-paix',
  'hinche',
  'jacmel',
  'les-cayes',
  'jeremie',
  'miragoane',
];
// countries-10m is quantised to ~0.0036° in longitude; four decimals keep every vertex.
const round = (p: Position): Position => [
  Math.round((p[0] ?? 0) * 1e4) / 1e4,
  Math.round((p[1] ?? 0) * 1e4) / 1e4,
];

function roundGeometry(g: Geometry): Polygon | MultiPolygon {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(round)) };
  if (g.type === 'MultiPolygon')
    return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(round))) };
  throw new Error(`unexpected geometry ${g.type}`);
}

function label(kind: string, name: string, lat: number, lng: number): Feature {
  return {
    type: 'Feature',
    properties: { kind, name },
    geometry: { type: 'Point', coordinates: [lng, lat] },
  };
}

function main(): void {
  const file = path.join(ROOT, 'node_modules', 'world-atlas', 'countries-10m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries);
  const outlines: Feature[] = all.features.flatMap((f) => {
    const country = COUNTRIES[String(f.id)];
    if (!country) return [];
    return [
      {
        type: 'Feature',
        properties: { kind: 'land', iso: country.iso, name: country.name },
        geometry: roundGeometry(f.geometry),
      },
    ];
  });
  if (outlines.length !== Object.keys(COUNTRIES).length)
    throw new Error('a country is missing from world-atlas');
  const labels = [
    ...GAZETTEER.filter((g) => g.kind === 'department').map((g) => label('department', g.name, g.lat, g.lng)),
    ...TOWNS.map((key) => {
      const g = GAZETTEER.find((e) => e.key === key);
      if (!g) throw new Error(`no gazetteer entry ${key}`);
      return label('town', g.name, g.lat, g.lng);
    }),
    label('country', 'Dominican Republic', 18.9, -70.5),
  ];
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...outlines, ...labels] };
  writeFileSync(OUT, `${JSON.stringify(collection)}\n`);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${outlines.length} outlines, ${labels.length} labels`);
}

main();
