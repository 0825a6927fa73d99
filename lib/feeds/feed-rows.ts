/**
 * The poller's own rows (poll.ts): the lease on a feed, and what became of each item. One
 * statement each, deciding alone on either store.
 */
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import type { FeedEntry } from './parse-feed';

/** How long a poller may hold a feed before another may take it over. */
const LEASE_MS = 15 * 60 * 1000;

export interface DueFeed {
  id: number;
  url: string;
  name: string;
  keywords: string;
  addedById: number | null;
  etag: string | null;
  lastModified: string | null;
  failures: number;
}

export const at = (ms: number) => sqlDateTime(new Date(ms));

/**
 * Takes the feed for this poller, or null when another holds it (or it is paused or gone). The
 * conditional UPDATE is the lease, and decides alone on either store; the lock key `feed:<id>`
 * also keeps it from running beside an admin's pause or removal of the feed (feed-mutations.ts).
 */
export function claim(sql: Sql, id: number, nowMs: number, force: boolean): Promise<DueFeed | null> {
  const now = at(nowMs);
  return sql.transaction(
    async (tx) =>
      (await tx.get<DueFeed>(
        `UPDATE "Feed" SET "leaseUntil" = ?
          WHERE "id" = ? AND ("leaseUntil" IS NULL OR "leaseUntil" <= ?)
            AND (? OR ("active" = ? AND ("nextFetchAt" IS NULL OR "nextFetchAt" <= ?)))
          RETURNING "id", "url", "name", "keywords", "addedById", "etag", "lastModified", "failures"`,
        [at(nowMs + LEASE_MS), id, now, force, true, now],
      )) ?? null,
    { lockKeys: [`feed:${id}`] },
  );
}

export type ItemOutcome = 'stored' | 'duplicate' | 'skipped' | 'failed';
export type Outcome = { outcome: ItemOutcome; reportId?: number; error?: string };

/** An item seen for the first time, or again (one more attempt): one statement on both stores. */
const RECORD_ITEM = `INSERT INTO "FeedItem" ("feedId", "key", "url", "title", "outcome", "error", "reportId", "seenAt")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT ("feedId", "key") DO UPDATE SET "outcome" = excluded."outcome", "error" = excluded."error",
    "reportId" = excluded."reportId", "attempts" = "FeedItem"."attempts" + 1, "seenAt" = excluded."seenAt"`;

/** Records what became of an item. */
export async function recordItem(
  sql: Sql,
  feed: DueFeed,
  entry: FeedEntry,
  outcome: Outcome,
  seenAt: string,
): Promise<void> {
  const params = [
    feed.id,
    entry.key,
    entry.url,
    entry.title.slice(0, 300),
    outcome.outcome,
    outcome.error ?? null,
    outcome.reportId ?? null,
    seenAt,
  ];
  await sql.run(RECORD_ITEM, params);
}
