/** Places editors add to the gazetteer, audited in the same transaction. */
import { recordAudit } from '../audit/record';
import { InvalidReferenceError } from '../incidents/edit-errors';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import { DEFAULT_RADIUS_M } from './gazetteer';
import { normalizePlaceName } from './normalize';
import type { PlaceInput } from './schema';

const RANK = { country: 0, department: 1, commune: 2, neighbourhood: 3, site: 4 } as const;

export async function createPlace(
  sql: Sql,
  options: { input: PlaceInput; userId: number; now?: Date },
): Promise<number> {
  const { input } = options;
  const at = sqlDateTime(options.now ?? new Date());
  // One editor's place at a time: two servers must not both take the same free key.
  return sql.transaction(
    async (tx) => {
      const parent = await tx.get<{ id: number; key: string; kind: keyof typeof RANK; path: string }>(
        'SELECT "id", "key", "kind", "path" FROM "Location" WHERE "id" = ?',
        [input.parentId],
      );
      if (!parent) throw new InvalidReferenceError('parentId', 'That containing place does not exist.');
      if (RANK[parent.kind] >= RANK[input.kind]) {
        throw new InvalidReferenceError('parentId', `A ${input.kind} cannot lie inside a ${parent.kind}.`);
      }
      const normName = normalizePlaceName(input.name);
      // The schema refuses such names; a caller that skipped it must not store an empty key.
      if (!normName)
        throw new InvalidReferenceError('name', 'The name has no Latin letter or digit to make a key of.');
      const twin = await tx.get<{ name: string }>(
        'SELECT "name" FROM "Location" WHERE "parentId" = ? AND "normName" = ?',
        [parent.id, normName],
      );
      if (twin) throw new InvalidReferenceError('name', `“${twin.name}” is already in the gazetteer there.`);
      let key = `${parent.key}-${normName.replace(/ /g, '-')}`;
      for (let n = 2; await tx.get('SELECT 1 AS "taken" FROM "Location" WHERE "key" = ?', [key]); n++)
        key = `${key.replace(/-\d+$/, '')}-${n}`;
      const created = await tx.get<{ id: number }>(
        `INSERT INTO "Location" ("key", "name", "normName", "kind", "parentId", "lat", "lng", "radiusM", "path", "createdAt")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id"`,
        [
          key,
          input.name,
          normName,
          input.kind,
          parent.id,
          input.lat,
          input.lng,
          DEFAULT_RADIUS_M[input.kind],
          `${parent.path}${key}/`,
          at,
        ],
      );
      const id = Number(created?.id);
      for (const a of input.aliases) {
        const norm = normalizePlaceName(a);
        if (norm && norm !== normName)
          await tx.run(
            'INSERT INTO "LocationAlias" ("locationId", "name", "normName") VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
            [id, a, norm],
          );
      }
      await recordAudit(tx, {
        userId: options.userId,
        at,
        entity: 'Location',
        entityId: id,
        action: 'create',
        after: { key, ...input },
      });
      return id;
    },
    { lockKeys: ['gazetteer'] },
  );
}
