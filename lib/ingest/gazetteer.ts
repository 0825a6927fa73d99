/**
 * The gazetteer as the reader and the matcher need it, read from the store (so places editors
 * added count), and each place's chain of keys up to the country.
 */
import { GAZETTEER, type GazetteerEntry, type GazetteerKind } from '../locations/gazetteer';
import type { Sql } from '../store/sql';

export async function loadGazetteer(sql: Sql): Promise<GazetteerEntry[]> {
  const places = await sql.all<{
    id: number;
    key: string;
    name: string;
    kind: GazetteerKind;
    parent: string | null;
    lat: number;
    lng: number;
    radiusM: number;
    pcode: string | null;
    source: string | null;
    approximate: number;
  }>(
    `SELECT "l"."id", "l"."key", "l"."name", "l"."kind", "p"."key" AS "parent", "l"."lat", "l"."lng",
            "l"."radiusM", "l"."pcode", "l"."source", "l"."approximate"
     FROM "Location" "l" LEFT JOIN "Location" "p" ON "p"."id" = "l"."parentId" ORDER BY "l"."id"`,
  );
  const aliases = await sql.all<{ locationId: number; name: string }>(
    'SELECT "locationId", "name" FROM "LocationAlias" ORDER BY "id"',
  );
  const aliasesById = new Map<number, string[]>();
  for (const a of aliases) aliasesById.set(a.locationId, [...(aliasesById.get(a.locationId) ?? []), a.name]);
  // Which names are also ordinary words is the built-in gazetteer's knowledge, not stored.
  const ambiguous = new Set(GAZETTEER.filter((g) => g.ambiguous).map((g) => g.key));
  return places.map((p) => ({
    id: p.id,
    key: p.key,
    name: p.name,
    kind: p.kind,
    parent: p.parent,
    lat: p.lat,
    lng: p.lng,
    radiusM: p.radiusM,
    pcode: p.pcode ?? undefined,
    source: p.source ?? undefined,
    approximate: p.approximate === 1,
    ambiguous: ambiguous.has(p.key),
    aliases: aliasesById.get(p.id) ?? [],
  }));
}

/** key → [key, parent key, …, country key]. */
export function placeChains(gazetteer: readonly GazetteerEntry[]): Map<string, string[]> {
  const parentOf = new Map(gazetteer.map((g) => [g.key, g.parent]));
  const chains = new Map<string, string[]>();
  for (const g of gazetteer) {
    const chain = [g.key];
    let parent = g.parent;
    while (parent && !chain.includes(parent)) {
      chain.push(parent);
      parent = parentOf.get(parent) ?? null;
    }
    chains.set(g.key, chain);
  }
  return chains;
}
