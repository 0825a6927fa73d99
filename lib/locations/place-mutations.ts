/** Places editors add to the gazetteer, audited in the same transaction. */
import { recordAudit } from '../audit/record';
import { InvalidReferenceError } from '../incidents/edit-errors';
import { sqlDateTime } from '../store/sql-values';
import { type SqlConnection, writeTransaction } from '../store/write-connection';
import { DEFAULT_RADIUS_M } from './gazetteer';
import { normalizePlaceName } from './normalize';
import type { PlaceInput } from './schema';

const RANK = { country: 0, department: 1, commune: 2, neighbourhood: 3, site: 4 } as const;

export function createPlace(
  sql: SqlConnection,
  options: { input: PlaceInput; userId: number; now?: Date },
): number {
  const { input } = options;
  const at = sqlDateTime(options.now ?? new Date());
  return writeTransaction(sql, () => {
    const parent = sql.prepare('SELECT id, key, kind, path FROM Location WHERE id = ?').get(input.parentId) as
      | { id: number; key: string; kind: keyof typeof RANK; path: string }
      | undefined;
    if (!parent) throw new InvalidReferenceError('parentId', 'That containing place does not exist.');
    if (RANK[parent.kind] >= RANK[input.kind]) {
      throw new InvalidReferenceError('parentId', `A ${input.kind} cannot lie inside a ${parent.kind}.`);
    }
    const normName = normalizePlaceName(input.name);
    // The schema refuses such names; a caller that skipped it must not store an empty key.
    if (!normName)
      throw new InvalidReferenceError('name', 'The name has no Latin letter or digit to make a key of.');
    const twin = sql
      .prepare('SELECT name FROM Location WHERE parentId = ? AND normName = ?')
      .get(parent.id, normName) as { name: string } | undefined;
    if (twin) throw new InvalidReferenceError('name', `“${twin.name}” is already in the gazetteer there.`);
    let key = `${parent.key}-${normName.replace(/ /g, '-')}`;
    for (let n = 2; sql.prepare('SELECT 1 FROM Location WHERE key = ?').get(key); n++)
      key = `${key.replace(/-\d+$/, '')}-${n}`;
    const id = Number(
      sql
        .prepare(
          `INSERT INTO Location (key, name, normName, kind, parentId, lat, lng, radiusM, path, createdAt)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
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
        ).lastInsertRowid,
    );
    const alias = sql.prepare(
      'INSERT OR IGNORE INTO LocationAlias (locationId, name, normName) VALUES (?, ?, ?)',
    );
    for (const a of input.aliases) {
      const norm = normalizePlaceName(a);
      if (norm && norm !== normName) alias.run(id, a, norm);
    }
    recordAudit(sql, {
      userId: options.userId,
      at,
      entity: 'Location',
      entityId: id,
      action: 'create',
      after: { key, ...input },
    });
    return id;
  });
}
