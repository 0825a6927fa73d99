import 'server-only';
/** A user's saved searches, and a feed's search by the token in its address. */
import type { SqlConnection } from '../store/write-connection';
import { isFeedTokenShape } from './feed-token';

export interface SavedSearchRow {
  id: number;
  name: string;
  /** Canonical filter query, without "?". */
  query: string;
  feedToken: string;
  createdAt: string;
}

/** The user's own searches, by name. */
export function listSavedSearches(sql: SqlConnection, userId: number): SavedSearchRow[] {
  return sql
    .prepare(
      `SELECT id, name, query, feedToken, createdAt FROM SavedSearch
        WHERE userId = ? ORDER BY name COLLATE NOCASE, id`,
    )
    .all(userId) as SavedSearchRow[];
}

export function getSavedSearch(
  sql: SqlConnection,
  options: { userId: number; searchId: number },
): SavedSearchRow | null {
  return (
    (sql
      .prepare('SELECT id, name, query, feedToken, createdAt FROM SavedSearch WHERE id = ? AND userId = ?')
      .get(options.searchId, options.userId) as SavedSearchRow | undefined) ?? null
  );
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
 * account is disabled (their feeds stop with their sign-in).
 */
export function searchByFeedToken(sql: SqlConnection, token: string): FeedSearch | null {
  if (!isFeedTokenShape(token)) return null;
  return (
    (sql
      .prepare(
        `SELECT s.id, s.name, s.query, s.createdAt, u.name AS owner
           FROM SavedSearch s JOIN "User" u ON u.id = s.userId
          WHERE s.feedToken = ? AND u.disabledAt IS NULL`,
      )
      .get(token) as FeedSearch | undefined) ?? null
  );
}
