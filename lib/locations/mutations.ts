import type { Db } from '../db';
import { DEFAULT_RADIUS_M, type GazetteerEntry } from './gazetteer';
import { normalizePlaceName } from './normalize';

/**
 * Adds the gazetteer entries the store lacks (by `key`). Places already present are left as
 * they are, so that an editor's correction of a built-in place survives every restart.
 * Returns how many places were added.
 */
export async function installGazetteer(db: Db, entries: readonly GazetteerEntry[]): Promise<number> {
  const existing = await db.location.findMany({ select: { id: true, key: true, path: true } });
  const idByKey = new Map(existing.map((l) => [l.key, l.id]));
  const pathByKey = new Map(existing.map((l) => [l.key, l.path]));
  let added = 0;
  for (const entry of entries) {
    if (idByKey.has(entry.key)) continue;
    const parentId = entry.parent === null ? null : idByKey.get(entry.parent);
    const parentPath = entry.parent === null ? '/' : pathByKey.get(entry.parent);
    if (parentId === undefined || parentPath === undefined) {
      throw new Error(`Gazetteer entry "${entry.key}" names unknown parent "${entry.parent}"`);
    }
    const aliasNorms = new Map<string, string>();
    for (const alias of entry.aliases ?? []) {
      const norm = normalizePlaceName(alias);
      if (norm && norm !== normalizePlaceName(entry.name)) aliasNorms.set(norm, alias);
    }
    // One statement with its nested aliases: atomic without an interactive transaction.
    const created = await db.location.create({
      data: {
        key: entry.key,
        name: entry.name,
        normName: normalizePlaceName(entry.name),
        kind: entry.kind,
        parentId,
        lat: entry.lat,
        lng: entry.lng,
        radiusM: entry.radiusM ?? DEFAULT_RADIUS_M[entry.kind],
        pcode: entry.pcode ?? null,
        source: entry.source ?? null,
        approximate: entry.approximate ?? false,
        path: `${parentPath}${entry.key}/`,
        aliases: {
          create: [...aliasNorms].map(([normName, name]) => ({ name, normName })),
        },
      },
      select: { id: true },
    });
    idByKey.set(entry.key, created.id);
    pathByKey.set(entry.key, `${parentPath}${entry.key}/`);
    added++;
  }
  return added;
}
