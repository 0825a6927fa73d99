/**
 * Saving, renaming and removing a user's searches, and giving a feed a new address: each change
 * with its audit entry, by the user who made it, in the same transaction. Every change names the
 * owner: another user's search is "not found", never touched. Feed tokens never enter the log.
 *
 * A user's searches change one transaction at a time (lock key `saved-searches:<userId>`): on
 * PostgreSQL two app servers could otherwise both pass the count and name checks, or both remove
 * one search and audit it twice. (On SQLite write transactions run one at a time anyway.)
 */
import { recordAudit } from '../audit/record';
import { equalsIgnoringCase } from '../store/dialect';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import { newFeedToken } from './feed-token';
import { MAX_SAVED_SEARCHES, type ValidSavedSearchInput } from './schema';

export type SavedSearchResult = { ok: true; id: number } | { ok: false; field: 'name'; message: string };

interface Owned {
  userId: number;
  searchId: number;
}

const ownerLock = (userId: number) => ({ lockKeys: [`saved-searches:${userId}`] });

async function sameNameTaken(tx: Sql, options: { userId: number; name: string; except?: number }) {
  // Any case: "Artibonite" and "artibonite" side by side in one list would only confuse.
  const found = await tx.get(
    `SELECT 1 AS "found" FROM "SavedSearch"
      WHERE "userId" = ? AND ${equalsIgnoringCase('"name"', '?', tx.dialect)} AND "id" <> ?`,
    [options.userId, options.name, options.except ?? 0],
  );
  return found !== undefined;
}

const taken = (name: string): SavedSearchResult => ({
  ok: false,
  field: 'name',
  message: `you already have a search named “${name}”: choose another name`,
});

export async function createSavedSearch(
  sql: Sql,
  options: { userId: number; input: ValidSavedSearchInput; now?: Date },
): Promise<SavedSearchResult> {
  const { userId, input } = options;
  const at = sqlDateTime(options.now ?? new Date());
  return sql.transaction(async (tx): Promise<SavedSearchResult> => {
    const owned = await tx.get<{ n: number }>(
      'SELECT count(*) AS "n" FROM "SavedSearch" WHERE "userId" = ?',
      [userId],
    );
    if ((owned?.n ?? 0) >= MAX_SAVED_SEARCHES) {
      return {
        ok: false,
        field: 'name',
        message: `you have ${MAX_SAVED_SEARCHES} saved searches, the most one person may keep: remove one first`,
      };
    }
    if (await sameNameTaken(tx, { userId, name: input.name })) return taken(input.name);
    const id = await tx.insert('SavedSearch', {
      userId,
      name: input.name,
      query: input.query,
      feedToken: newFeedToken(),
      createdAt: at,
    });
    await recordAudit(tx, {
      userId,
      at,
      entity: 'SavedSearch',
      entityId: id,
      action: 'create',
      after: input,
    });
    return { ok: true, id };
  }, ownerLock(userId));
}

/** Renames the user's search; null when they have no such search. */
export async function renameSavedSearch(
  sql: Sql,
  options: Owned & { name: string },
): Promise<SavedSearchResult | null> {
  const { userId, searchId, name } = options;
  const at = sqlDateTime(new Date());
  return sql.transaction(async (tx): Promise<SavedSearchResult | null> => {
    const row = await tx.get<{ name: string }>(
      'SELECT "name" FROM "SavedSearch" WHERE "id" = ? AND "userId" = ?',
      [searchId, userId],
    );
    if (!row) return null;
    if (row.name === name) return { ok: true, id: searchId };
    if (await sameNameTaken(tx, { userId, name, except: searchId })) return taken(name);
    await tx.run('UPDATE "SavedSearch" SET "name" = ? WHERE "id" = ?', [name, searchId]);
    await recordAudit(tx, {
      userId,
      at,
      entity: 'SavedSearch',
      entityId: searchId,
      action: 'rename',
      before: { name: row.name },
      after: { name },
    });
    return { ok: true, id: searchId };
  }, ownerLock(userId));
}

/** Removes the user's search (its feed address stops working); false when there is none. */
export async function deleteSavedSearch(sql: Sql, options: Owned): Promise<boolean> {
  const at = sqlDateTime(new Date());
  return sql.transaction(async (tx) => {
    const row = await tx.get<{ name: string; query: string }>(
      'SELECT "name", "query" FROM "SavedSearch" WHERE "id" = ? AND "userId" = ?',
      [options.searchId, options.userId],
    );
    if (!row) return false;
    await tx.run('DELETE FROM "SavedSearch" WHERE "id" = ?', [options.searchId]);
    await recordAudit(tx, {
      userId: options.userId,
      at,
      entity: 'SavedSearch',
      entityId: options.searchId,
      action: 'delete',
      before: row,
    });
    return true;
  }, ownerLock(options.userId));
}

/**
 * A new feed address for the user's search: a new token replaces the old, which stops working at
 * once (for an address given to the wrong reader, or seen where it should not have been).
 * False when there is no such search. One UPDATE decides, so it needs no lock key.
 */
export async function renewFeedAddress(sql: Sql, options: Owned): Promise<boolean> {
  const at = sqlDateTime(new Date());
  return sql.transaction(async (tx) => {
    const { changes } = await tx.run(
      'UPDATE "SavedSearch" SET "feedToken" = ? WHERE "id" = ? AND "userId" = ?',
      [newFeedToken(), options.searchId, options.userId],
    );
    if (changes === 0) return false;
    await recordAudit(tx, {
      userId: options.userId,
      at,
      entity: 'SavedSearch',
      entityId: options.searchId,
      action: 'new_feed_address',
    });
    return true;
  });
}
