/** The feeds admins registered, for the feeds page: their state and what became of their items. */
import type { Sql } from '../store/sql';

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

export async function listFeeds(sql: Sql): Promise<FeedRow[]> {
  const feeds = await sql.all<StoredFeed>(
    `SELECT f."id", f."url", f."name", f."language", f."keywords", f."active", f."addedAt", u."name" AS "addedBy",
            f."lastFetchedAt", f."lastError", f."failures", f."nextFetchAt", f."itemsTaken"
       FROM "Feed" f LEFT JOIN "User" u ON u."id" = f."addedById"
      ORDER BY lower(f."name"), f."id"`,
  );
  const counts = await sql.all<{ feedId: number; outcome: string; n: number }>(
    'SELECT "feedId", "outcome", count(*) AS "n" FROM "FeedItem" GROUP BY "feedId", "outcome"',
  );
  return feeds.map((f) => ({
    ...f,
    keywords: parseKeywords(f.keywords),
    active: f.active === 1,
    outcomes: Object.fromEntries(counts.filter((c) => c.feedId === f.id).map((c) => [c.outcome, c.n])),
  }));
}

/** The latest items of each feed (at most `perFeed` a feed), newest first. */
export function recentFeedItems(sql: Sql, perFeed = 5): Promise<FeedItemRow[]> {
  return sql.all<FeedItemRow>(
    `SELECT "feedId", "title", "url", "outcome", "error", "reportId", "seenAt" FROM (
       SELECT i.*, row_number() OVER (PARTITION BY i."feedId" ORDER BY i."id" DESC) AS "rank" FROM "FeedItem" i
     ) ranked WHERE "rank" <= ? ORDER BY "feedId", "id" DESC`,
    [perFeed],
  );
}
