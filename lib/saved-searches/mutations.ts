/**
 * Saving, renaming and removing a user's searches, and giving a feed a new address: each change
 * with its audit entry, by the user who made it, in the same transaction. Every change names the
 * owner: another user's search is "not found", never touched. Feed tokens never enter the log.
 */
import { recordAudit } from '../audit/record';
import { insertRow, sqlDateTime } from '../store/sql-values';
import { type SqlConnection, writeTransaction } from '../store/write-connection';
import { newFeedToken } from './feed-token';
import { MAX_SAVED_SEARCHES, type ValidSavedSearchInput } from './schema';

export type SavedSearchResult = { ok: true; id: number } | { ok: false; field: 'name'; message: string };

interface Owned {
  userId: number;
  searchId: number;
}

function sameNameTaken(sql: SqlConnection, options: { userId: number; name: string; except?: number }) {
  // NOCASE: "Artibonite" and "artibonite" side by side in one list would only confuse.
  return (
    sql
      .prepare('SELECT 1 FROM SavedSearch WHERE userId = ? AND name = ? COLLATE NOCASE AND id <> ?')
      .get(options.userId, options.name, options.except ?? 0) !== undefined
  );
}

const taken = (name: string): SavedSearchResult => ({
  ok: false,
  field: 'name',
  message: `you already have a search named “${name}”: choose another name`,
});

export function createSavedSearch(
  sql: SqlConnection,
  options: { userId: number; input: ValidSavedSearchInput; now?: Date },
): SavedSearchResult {
  const { userId, input } = options;
  return writeTransaction(sql, () => {
    const { n } = sql.prepare('SELECT count(*) AS n FROM SavedSearch WHERE userId = ?').get(userId) as {
      n: number;
    };
    if (n >= MAX_SAVED_SEARCHES) {
      return {
        ok: false,
        field: 'name',
        message: `you have ${MAX_SAVED_SEARCHES} saved searches, the most one person may keep: remove one first`,
      };
    }
    if (sameNameTaken(sql, { userId, name: input.name })) return taken(input.name);
    const at = sqlDateTime(options.now ?? new Date());
    const id = insertRow(sql, 'SavedSearch', {
      userId,
      name: input.name,
      query: input.query,
      feedToken: newFeedToken(),
      createdAt: at,
    });
    recordAudit(sql, { userId, at, entity: 'SavedSearch', entityId: id, action: 'create', after: input });
    return { ok: true, id };
  });
}

/** Renames the user's search; null when they have no such search. */
export function renameSavedSearch(
  sql: SqlConnection,
  options: Owned & { name: string },
): SavedSearchResult | null {
  const { userId, searchId, name } = options;
  return writeTransaction(sql, () => {
    const row = sql
      .prepare('SELECT name FROM SavedSearch WHERE id = ? AND userId = ?')
      .get(searchId, userId) as { name: string } | undefined;
    if (!row) return null;
    if (row.name === name) return { ok: true, id: searchId };
    if (sameNameTaken(sql, { userId, name, except: searchId })) return taken(name);
    sql.prepare('UPDATE SavedSearch SET name = ? WHERE id = ?').run(name, searchId);
    recordAudit(sql, {
      userId,
      at: sqlDateTime(new Date()),
      entity: 'SavedSearch',
      entityId: searchId,
      action: 'rename',
      before: { name: row.name },
      after: { name },
    });
    return { ok: true, id: searchId };
  });
}

/** Removes the user's search (its feed address stops working); false when there is none. */
export function deleteSavedSearch(sql: SqlConnection, options: Owned): boolean {
  return writeTransaction(sql, () => {
    const row = sql
      .prepare('SELECT name, query FROM SavedSearch WHERE id = ? AND userId = ?')
      .get(options.searchId, options.userId) as { name: string; query: string } | undefined;
    if (!row) return false;
    sql.prepare('DELETE FROM SavedSearch WHERE id = ?').run(options.searchId);
    recordAudit(sql, {
      userId: options.userId,
      at: sqlDateTime(new Date()),
      entity: 'SavedSearch',
      entityId: options.searchId,
      action: 'delete',
      before: row,
    });
    return true;
  });
}

/**
 * A new feed address for the user's search: a new token replaces the old, which stops working at
 * once (for an address given to the wrong reader, or seen where it should not have been).
 * False when there is no such search.
 */
export function renewFeedAddress(sql: SqlConnection, options: Owned): boolean {
  return writeTransaction(sql, () => {
    const changed = sql
      .prepare('UPDATE SavedSearch SET feedToken = ? WHERE id = ? AND userId = ?')
      .run(newFeedToken(), options.searchId, options.userId).changes;
    if (changed === 0) return false;
    recordAudit(sql, {
      userId: options.userId,
      at: sqlDateTime(new Date()),
      entity: 'SavedSearch',
      entityId: options.searchId,
      action: 'new_feed_address',
    });
    return true;
  });
}
