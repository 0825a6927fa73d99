import 'server-only';
/** A user's saved searches, and a feed's search by the token in its address. */
import type { Sql } from '../store/sql';
import { isFeedTokenShape } from './feed-token';

export interface SavedSearchRow {
  id: number;
  name: string;
  /** Canonical filter query, without "?". */
  query: string;
  feedToken: string;
  createdAt: string;
}

/** The user's own searches, by name in any case (lower(): NOCASE's order, on both stores). */
export function listSavedSearches(sql: Sql, userId: number): Promise<SavedSearchRow[]> {
  return sql.all<SavedSearchRow>(
    `SELECT "id", "name", "query", "feedToken", "createdAt" FROM "SavedSearch"
      WHERE "userId" = ? ORDER BY lower("name"), "id"`,
    [userId],
  );
}

export async function getSavedSearch(
  sql: Sql,
  options: { userId: number; searchId: number },
): Promise<SavedSearchRow | null> {
  const row = await sql.get<SavedSearchRow>(
    'SELECT "id", "name", "query", "feedToken", "createdAt" FROM "SavedSearch" WHERE "id" = ? AND "userId" = ?',
    [options.searchId, options.userId],
  );
  return row ?? null;
}

export interface FeedSearch {
  id: number;
  name: string;
  query: string;
  createdAt: string;
  owner: string;
}

/**
 * The search a feed address opens, or null: an unknown or replaced token, or one whose owner's
 * account is disabled (their feeds stop with their sign-in). One statement: feed readers ask often.
 */
export async function searchByFeedToken(sql: Sql, token: string): Promise<FeedSearch | null> {
  if (!isFeedTokenShape(token)) return null;
  const row = await sql.get<FeedSearch>(
    `SELECT s."id", s."name", s."query", s."createdAt", u."name" AS "owner"
       FROM "SavedSearch" s JOIN "User" u ON u."id" = s."userId"
      WHERE s."feedToken" = ? AND u."disabledAt" IS NULL`,
    [token],
  );
  return row ?? null;
}
