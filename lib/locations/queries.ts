import 'server-only';
import { cachedRead } from '../aggregates/version';
import { db } from '../db';

export interface PlaceOption {
  key: string;
  name: string;
  kind: string;
  depth: number;
}

/** Every place but the country, in tree order (each under its parent), for filter menus. */
export function listPlaceOptions(): Promise<PlaceOption[]> {
  // Every filter form shows it: read once per version of the gazetteer, not on every page view.
  return cachedRead(db(), { key: 'places:options', scopes: ['places'] }, readPlaceOptions);
}

async function readPlaceOptions(): Promise<PlaceOption[]> {
  const places = await db().location.findMany({
    where: { kind: { not: 'country' } },
    select: { key: true, name: true, kind: true, path: true },
    orderBy: { path: 'asc' },
  });
  // Siblings by name, not by key: walk the tree in name order.
  const byParent = new Map<string, typeof places>();
  for (const p of places) {
    const parentPath = p.path.slice(0, p.path.slice(0, -1).lastIndexOf('/') + 1);
    byParent.set(parentPath, [...(byParent.get(parentPath) ?? []), p]);
  }
  const out: PlaceOption[] = [];
  const visit = (path: string, depth: number) => {
    for (const p of (byParent.get(path) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'fr'))) {
      out.push({ key: p.key, name: p.name, kind: p.kind, depth });
      visit(p.path, depth + 1);
    }
  };
  visit('/haiti/', 0);
  return out;
}

export interface PickerPlace {
  id: number;
  name: string;
  kind: string;
  /** The places that contain it, nearest first: "Saint-Marc, Artibonite". */
  context: string;
  /** Folded name and aliases, for accent-insensitive matching in the browser. */
  search: string;
  lat: number;
  lng: number;
  radiusM: number;
}

/** Every place with what an editor's autocomplete needs (the gazetteer is small: send it whole). */
export function listPickerPlaces(): Promise<PickerPlace[]> {
  return cachedRead(db(), { key: 'places:picker', scopes: ['places'] }, readPickerPlaces);
}

async function readPickerPlaces(): Promise<PickerPlace[]> {
  const places = await db().location.findMany({
    select: {
      id: true,
      key: true,
      name: true,
      normName: true,
      kind: true,
      path: true,
      lat: true,
      lng: true,
      radiusM: true,
      aliases: { select: { normName: true } },
    },
    orderBy: { name: 'asc' },
  });
  const nameByKey = new Map(places.map((p) => [p.key, p.name]));
  return places.map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    context: p.path
      .split('/')
      .filter((k) => k && k !== p.key && k !== 'haiti')
      .reverse()
      .map((k) => nameByKey.get(k) ?? k)
      .join(', '),
    search: [p.normName, ...p.aliases.map((a) => a.normName)].join('|'),
    lat: p.lat,
    lng: p.lng,
    radiusM: p.radiusM,
  }));
}
