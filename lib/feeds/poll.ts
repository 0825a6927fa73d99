/**
 * The feed poller: reads each due feed (conditionally, with the validators it last sent), keeps
 * the new items matching its keywords, imports each article as an editor's "import a link" does
 * (same SSRF guard and limits), reads it and stores the report with its incidents as drafts for
 * review (the inbox). Nothing it stores is reviewed.
 *
 * - The same item twice is a no-op (FeedItem is unique per feed and item); the same text twice
 *   is one report (Report.contentHash).
 * - One failing feed never stops the others: its error is kept on the feed, and the next poll
 *   waits longer, the interval times 2^failures, up to a day.
 * - A feed is read by one poller at a time (a lease on the row), whatever runs it: the server
 *   processes' timer, `npm run feeds`, an admin's "Fetch now".
 * - Everything stored is in the audit log as the admin who added the feed (the system when
 *   that account is gone).
 *
 * A taken item's article is fetched and read first, outside any transaction; its report is then
 * stored in one transaction with that item's row and audit entry (takeItem), so a stored report
 * never lacks its item.
 */
import { recordAudit } from '../audit/record';
import type { Settings } from '../env';
import { type FetchLimits, FetchPageError, fetchResource } from '../import/fetch-page';
import { importLink } from '../import/import-link';
import { loadGazetteer } from '../ingest/gazetteer';
import { DraftRefusedError, readSafely } from '../ingest/ingest-report';
import { ingestLocks, storeDraft } from '../ingest/store-draft';
import type { GazetteerEntry } from '../locations/gazetteer';
import { reportContentHash } from '../reports/content-hash';
import { draftOverLimit } from '../reports/report-limits';
import { reportInputSchema } from '../reports/schema';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import { parseKeywords } from './feed-queries';
import { at, claim, type DueFeed, type ItemOutcome, type Outcome, recordItem } from './feed-rows';
import { matchesKeywords } from './keywords';
import { type FeedEntry, FeedFormatError, feedEntries } from './parse-feed';

/** An article that could not be read is tried again at the next polls, this many times in all. */
export const MAX_ATTEMPTS = 3;
/** The longest wait between polls of a failing feed, and the most a feed's max-age may ask. */
const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

export interface PollOptions {
  /** Minutes between two polls of a healthy feed. */
  intervalMinutes: number;
  /** Fetch limits (time, size, redirects, allowed hosts), for the feed and for each article. */
  limits?: Partial<FetchLimits>;
  /** Items imported at most per feed and poll, newest first; the rest wait for the next poll. */
  maxItems?: number;
  now?: () => Date;
}

/**
 * The poll options the settings give, the same for the server's timer, `npm run feeds` and an
 * admin's "Fetch now". With FEEDS_POLL_MINUTES=0 the server never polls and a cron job's runs
 * set the pace: a feed is due again a minute after it was read (the wait only grows on failures).
 */
export function pollOptionsFrom(
  config: Pick<Settings, 'FEEDS_POLL_MINUTES' | 'IMPORT_ALLOW_HOSTS'>,
): PollOptions {
  return {
    intervalMinutes: config.FEEDS_POLL_MINUTES || 1,
    limits: { allowHosts: config.IMPORT_ALLOW_HOSTS },
  };
}

export interface FeedPollResult {
  feedId: number;
  name: string;
  /** busy: another poller holds it; unchanged: the feed answered 304. */
  status: 'read' | 'unchanged' | 'failed' | 'busy' | 'missing';
  stored: number;
  duplicates: number;
  skipped: number;
  failed: number;
  error: string | null;
}

const message = (error: unknown) =>
  error instanceof FetchPageError || error instanceof FeedFormatError || error instanceof DraftRefusedError
    ? error.message
    : `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;

/** Imports one item's article and stores it as a report with drafts. */
async function takeItem(
  sql: Sql,
  feed: DueFeed,
  entry: FeedEntry,
  context: {
    gazetteer: readonly GazetteerEntry[];
    limits: Partial<FetchLimits>;
    now: string;
  },
): Promise<ItemOutcome> {
  let outcome: Outcome;
  try {
    const article = await importLink(entry.url, context.limits);
    const input = reportInputSchema.parse({
      title: article.title || entry.title,
      outlet: article.outlet || feed.name,
      url: article.url,
      publishedAt: article.publishedAt || entry.publishedAt || null,
      text: article.text,
    });
    // The reader runs first, outside the transaction (it is CPU work), unless the text is stored.
    const contentHash = reportContentHash(input.text);
    const stored = await sql.get<{ id: number }>('SELECT "id" FROM "Report" WHERE "contentHash" = ?', [
      contentHash,
    ]);
    const draft = stored ? null : readSafely(input, context.gazetteer);
    const refused = draft && draftOverLimit(draft);
    if (refused) throw new DraftRefusedError(refused);
    // The report, this item's row and its audit entry: one transaction, with storeDraft's locks.
    outcome = await sql.transaction(
      async (tx) => {
        const result = draft
          ? await storeDraft(tx, { input, draft, gazetteer: context.gazetteer, userId: feed.addedById })
          : { created: false, reportId: (stored as { id: number }).id };
        const taken = {
          outcome: result.created ? 'stored' : 'duplicate',
          reportId: result.reportId,
        } as const;
        await recordItem(tx, feed, entry, taken, context.now);
        await recordAudit(tx, {
          userId: feed.addedById,
          at: context.now,
          entity: 'Feed',
          entityId: feed.id,
          action: result.created ? 'take_item' : 'duplicate_item',
          after: { item: entry.key, url: entry.url, reportId: result.reportId },
        });
        return taken;
      },
      { lockKeys: ingestLocks(contentHash) },
    );
  } catch (error) {
    outcome = { outcome: 'failed', error: message(error) };
    await recordItem(sql, feed, entry, outcome, context.now);
  }
  return outcome.outcome;
}

/** The wait before the next poll: the interval (or the feed's max-age when longer), doubled per failure. */
function nextWait(intervalMinutes: number, failures: number, maxAgeSeconds: number | null): number {
  const base = Math.max(intervalMinutes, 1) * 60_000;
  if (failures > 0) return Math.min(base * 2 ** Math.min(failures, 10), MAX_WAIT_MS);
  return Math.min(Math.max(base, (maxAgeSeconds ?? 0) * 1000), MAX_WAIT_MS);
}

/** Reads one feed now (the poller's turn, or an admin's "Fetch now" with `force`). */
export async function pollFeed(
  sql: Sql,
  feedId: number,
  options: PollOptions & { force?: boolean; gazetteer?: readonly GazetteerEntry[] },
): Promise<FeedPollResult> {
  const clock = options.now ?? (() => new Date());
  const started = clock().getTime();
  const result: FeedPollResult = {
    feedId,
    name: '',
    status: 'read',
    stored: 0,
    duplicates: 0,
    skipped: 0,
    failed: 0,
    error: null,
  };
  const feed = await claim(sql, feedId, started, options.force === true);
  if (!feed) {
    const exists = await sql.get<{ name: string }>('SELECT "name" FROM "Feed" WHERE "id" = ?', [feedId]);
    return { ...result, name: exists?.name ?? '', status: exists ? 'busy' : 'missing' };
  }
  result.name = feed.name;
  const limits = options.limits ?? {};
  let maxAgeSeconds: number | null = null;
  let validators = { etag: feed.etag, lastModified: feed.lastModified };
  try {
    const answer = await fetchResource(feed.url, { ...limits, kind: 'feed', validators });
    maxAgeSeconds = answer.maxAgeSeconds;
    if (answer.status === 304) result.status = 'unchanged';
    else {
      const entries = feedEntries(answer.body, answer.url);
      // Only a feed that could be read gives validators to send back: a broken answer's ETag
      // would get a 304 next time and hide that the feed is still broken.
      validators = { etag: answer.etag, lastModified: answer.lastModified };
      const keywords = parseKeywords(feed.keywords);
      const gazetteer = options.gazetteer ?? (await loadGazetteer(sql));
      const now = sqlDateTime(clock());
      let taken = 0;
      for (const entry of entries) {
        const before = await sql.get<{ outcome: string; attempts: number }>(
          'SELECT "outcome", "attempts" FROM "FeedItem" WHERE "feedId" = ? AND "key" = ?',
          [feed.id, entry.key],
        );
        if (before && (before.outcome !== 'failed' || before.attempts >= MAX_ATTEMPTS)) continue;
        if (!matchesKeywords([entry.title, entry.summary, ...entry.categories].join(' '), keywords)) {
          await recordItem(sql, feed, entry, { outcome: 'skipped' }, now);
          result.skipped++;
          continue;
        }
        if (taken >= (options.maxItems ?? 20)) continue; // the next poll takes it
        taken++;
        const outcome = await takeItem(sql, feed, entry, {
          gazetteer,
          limits,
          now,
        });
        if (outcome === 'stored') result.stored++;
        else if (outcome === 'duplicate') result.duplicates++;
        else result.failed++;
      }
    }
  } catch (error) {
    result.status = 'failed';
    result.error = message(error);
  }
  const failures = result.status === 'failed' ? feed.failures + 1 : 0;
  const finished = clock().getTime();
  await sql.run(
    `UPDATE "Feed" SET "leaseUntil" = NULL, "lastFetchedAt" = ?, "lastError" = ?, "failures" = ?,
            "nextFetchAt" = ?, "etag" = ?, "lastModified" = ?, "itemsTaken" = "itemsTaken" + ?
      WHERE "id" = ?`,
    [
      at(finished),
      result.error,
      failures,
      at(finished + nextWait(options.intervalMinutes, failures, maxAgeSeconds)),
      validators.etag,
      validators.lastModified,
      result.stored,
      feed.id,
    ],
  );
  return result;
}

/** Polls every active feed that is due, one after another; one failing never stops the rest. */
export async function pollDueFeeds(
  sql: Sql,
  options: PollOptions & { all?: boolean },
): Promise<FeedPollResult[]> {
  const now = at((options.now ?? (() => new Date()))().getTime());
  const due = await sql.all<{ id: number }>(
    `SELECT "id" FROM "Feed"
      WHERE "active" = ? AND (? OR "nextFetchAt" IS NULL OR "nextFetchAt" <= ?) ORDER BY "id"`,
    [true, options.all === true, now],
  );
  if (due.length === 0) return [];
  const gazetteer = await loadGazetteer(sql);
  const results: FeedPollResult[] = [];
  for (const { id } of due)
    results.push(await pollFeed(sql, id, { ...options, force: options.all, gazetteer }));
  return results;
}
