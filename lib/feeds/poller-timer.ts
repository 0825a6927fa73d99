/**
 * The poller inside a server process: once a minute it reads the feeds that are due (each at
 * most every FEEDS_POLL_MINUTES, longer while failing). Every server process runs one; the lease
 * on each feed's row (poll.ts) lets only one of them read a given feed. The timer never keeps
 * the process alive, and a tick never overlaps the one before.
 */
import type { Sql } from '../store/sql';
import { type FeedPollResult, type PollOptions, pollDueFeeds } from './poll';

const TICK_MS = 60_000;

/** One line per feed read, for the server's log. */
export function describePoll(r: FeedPollResult): string {
  if (r.status === 'failed') return `Feed "${r.name}" failed: ${r.error}`;
  if (r.status === 'unchanged') return `Feed "${r.name}": unchanged.`;
  if (r.status === 'busy') return `Feed "${r.name}": being read by another poller.`;
  if (r.status === 'missing') return `Feed #${r.feedId}: removed.`;
  return `Feed "${r.name}": ${r.stored} new report(s), ${r.duplicates} already stored, ${r.skipped} without a keyword, ${r.failed} article(s) unreadable.`;
}

export function startFeedPoller(
  options: PollOptions & {
    sql: () => Sql | Promise<Sql>;
    log?: (line: string) => void;
    /** How often it looks for due feeds (a minute; shorter in tests). */
    tickMs?: number;
  },
): { stop(): void } {
  const log = options.log ?? ((line: string) => console.log(line));
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const results = await pollDueFeeds(await options.sql(), {
        intervalMinutes: options.intervalMinutes,
        limits: options.limits,
      });
      for (const r of results) if (r.status !== 'busy') log(describePoll(r));
    } catch (error) {
      // The store is busy or gone for a moment: the next tick tries again.
      log(`Feed poller: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.tickMs ?? TICK_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
