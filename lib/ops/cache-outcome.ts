/**
 * What the page cache (lib/http/page-cache.ts) did with one request, read from its counters just
 * before and just after the request was decided (handle()'s observer: within the call on SQLite, once
 * the version is read on PostgreSQL): a hit, a miss and the page-being-replaced answer are all decided
 * in that one step, so the difference is this request's alone. A cacheable request that
 * moved no counter waits for another request's render of the same page; it is counted when that
 * render ends, which cannot be told apart here, so it is logged as "wait" and not counted.
 */
import type { PageCacheStats } from '../http/page-cache';
import type { CacheOutcome } from './access-log';

export function cacheOutcome(counts: {
  before: PageCacheStats;
  after: PageCacheStats;
  /** Whether the request was one the cache may answer (pageCacheKey not null). */
  cacheable: boolean;
}): CacheOutcome | undefined {
  const { before, after, cacheable } = counts;
  if (after.hits > before.hits) return 'hit';
  if (after.stale > before.stale) return 'stale';
  if (after.misses > before.misses) return 'miss';
  return cacheable ? 'wait' : undefined;
}
