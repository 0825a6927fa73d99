/**
 * The feeds admins register: listing them for the feeds page, adding, pausing and removing
 * them. Every change is an audit entry by the admin who made it.
 */
import { recordAudit } from '../audit/record';
import { insertRow, sqlDateTime } from '../store/sql-values';
import { type SqlConnection, writeTransaction } from '../store/write-connection';
import type { ValidFeedInput } from './schema';

export interface FeedRow {
  id: number;
  url: string;
  name: string;
  language: string | null;
  keywords: string[];
  active: boolean;
  addedAt: string;
  addedBy: string | null;
  lastFetchedAt: string | null;
  lastError: string | null;
  failures: number;
  nextFetchAt: string | null;
  itemsTaken: number;
  /** Items seen, by what became of them (stored, duplicate, skipped, failed). */
  outcomes: Record<string, number>;
}

export interface FeedItemRow {
  feedId: number;
  title: string;
  url: string | null;
  outcome: string;
  error: string | null;
  reportId: number | null;
  seenAt: string;
}

interface StoredFeed extends Omit<FeedRow, 'keywords' | 'active' | 'outcomes'> {
  keywords: string;
  active: number;
}

export function parseKeywords(json: string | null): string[] {
  try {
    const value: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

export function listFeeds(sql: SqlConnection): FeedRow[] {
  const feeds = sql
    .prepare(
      `SELECT f.id, f.url, f.name, f.language, f.keywords, f.active, f.addedAt, u.name AS addedBy,
              f.lastFetchedAt, f.lastError, f.failures, f.nextFetchAt, f.itemsTaken
         FROM Feed f LEFT JOIN User u ON u.id = f.addedById
        ORDER BY f.name COLLATE NOCASE, f.id`,
    )
    .all() as StoredFeed[];
  const counts = sql
    .prepare('SELECT feedId, outcome, count(*) AS n FROM FeedItem GROUP BY feedId, outcome')
    .all() as { feedId: number; outcome: string; n: number }[];
  return feeds.map((f) => ({
    ...f,
    keywords: parseKeywords(f.keywords),
    active: f.active === 1,
    outcomes: Object.fromEntries(counts.filter((c) => c.feedId === f.id).map((c) => [c.outcome, c.n])),
  }));
}

/** The latest items of each feed (at most `perFeed` a feed), newest first. */
export function recentFeedItems(sql: SqlConnection, perFeed = 5): FeedItemRow[] {
  return sql
    .prepare(
      `SELECT feedId, title, url, outcome, error, reportId, seenAt FROM (
         SELECT i.*, row_number() OVER (PARTITION BY i.feedId ORDER BY i.id DESC) AS rank FROM FeedItem i
       ) WHERE rank <= ? ORDER BY feedId, id DESC`,
    )
    .all(perFeed) as FeedItemRow[];
}

export type AddFeedResult = { ok: true; id: number } | { ok: false; field: 'url'; message: string };

export function addFeed(sql: SqlConnection, input: ValidFeedInput, userId: number | null): AddFeedResult {
  return writeTransaction(sql, () => {
    const existing = sql.prepare('SELECT name FROM Feed WHERE url = ?').get(input.url) as
      | { name: string }
      | undefined;
    if (existing)
      return { ok: false, field: 'url', message: `this feed is already registered, as “${existing.name}”` };
    const at = sqlDateTime(new Date());
    const id = insertRow(sql, 'Feed', {
      url: input.url,
      name: input.name,
      language: input.language,
      keywords: JSON.stringify(input.keywords),
      addedById: userId,
      addedAt: at,
      nextFetchAt: null, // due at once
    });
    recordAudit(sql, { userId, at, entity: 'Feed', entityId: id, action: 'create', after: input });
    return { ok: true, id };
  });
}

/** Pauses or resumes a feed; false when there is no such feed. */
export function setFeedActive(
  sql: SqlConnection,
  id: number,
  active: boolean,
  userId: number | null,
): boolean {
  return writeTransaction(sql, () => {
    const changed = sql
      .prepare(
        // Resumed: due at once, its errors forgotten (the admin has looked).
        `UPDATE Feed SET active = ?, failures = CASE WHEN ? THEN 0 ELSE failures END,
                nextFetchAt = CASE WHEN ? THEN NULL ELSE nextFetchAt END
          WHERE id = ? AND active <> ?`,
      )
      .run(active ? 1 : 0, active ? 1 : 0, active ? 1 : 0, id, active ? 1 : 0).changes;
    if (changed === 0) return sql.prepare('SELECT 1 FROM Feed WHERE id = ?').get(id) !== undefined;
    recordAudit(sql, {
      userId,
      at: sqlDateTime(new Date()),
      entity: 'Feed',
      entityId: id,
      action: active ? 'resume' : 'pause',
    });
    return true;
  });
}

/** Removes a feed and its item records; the reports it brought in stay. False when there is none. */
export function deleteFeed(sql: SqlConnection, id: number, userId: number | null): boolean {
  return writeTransaction(sql, () => {
    const feed = sql.prepare('SELECT url, name FROM Feed WHERE id = ?').get(id) as
      | { url: string; name: string }
      | undefined;
    if (!feed) return false;
    sql.prepare('DELETE FROM Feed WHERE id = ?').run(id);
    recordAudit(sql, {
      userId,
      at: sqlDateTime(new Date()),
      entity: 'Feed',
      entityId: id,
      action: 'delete',
      before: feed,
    });
    return true;
  });
}
