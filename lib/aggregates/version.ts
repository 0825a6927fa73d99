/**
 * Results computed from the store, cached per store version. Triggers bump a counter in
 * StoreVersion inside every writing transaction (see prisma/schema.prisma): "data" when anything a
 * filter, count, statistic or map aggregate reads changes, "text" when titles or search text do.
 * A read names the scopes it depends on; its cached answer is used only while those counters
 * are unchanged, so it is exactly what the query would return now — never a stale figure.
 *
 * Why it is safe: the version is read before the query. A write landing between the two makes
 * the answer newer than its label, never older, and bumps the counter, so nobody is served it.
 * The promise is cached, so concurrent requests for a cold key run the query once.
 */
import type { Db } from '../db';
import { recordCacheLookup } from '../ops/metrics';

/**
 * "data" and "text": see above. "places" moves with any change to the gazetteer, "figures" with
 * any change to a report's aggregate figures; the month-partitioned reads
 * (month-partitions.ts) depend on those store-wide and on per-month counters for the rest.
 * "reports" moves when a report is stored, deleted or withdrawn: the set of live reports.
 */
export type VersionScope = 'data' | 'text' | 'places' | 'figures' | 'reports';

interface Entry {
  version: string;
  value: Promise<unknown>;
}

/** Enough for every chart × a few hundred filter sets; entries are small aggregates. */
const MAX_ENTRIES = 500;
// On globalThis, as the database client is (lib/db.ts): Next may load this module more than once
// in a process.
const globalCaches = globalThis as unknown as { haitiReadCaches?: WeakMap<Db, Map<string, Entry>> };
globalCaches.haitiReadCaches ??= new WeakMap();
const caches = globalCaches.haitiReadCaches;

/** The current counters, one indexed read ("data:12/text:40"). */
export async function storeVersion(db: Db, scopes: readonly VersionScope[]): Promise<string> {
  const rows = await db.storeVersion.findMany({
    where: { scope: { in: [...scopes] } },
    orderBy: { scope: 'asc' },
  });
  return rows.map((r) => `${r.scope}:${r.version}`).join('/');
}

/**
 * `read()`'s answer for `key`, computed at most once per version of `scopes`. Keys must name
 * everything the read depends on besides the store (the filters, the view, the options).
 */
export async function cachedRead<T>(
  db: Db,
  options: { key: string; scopes: readonly VersionScope[] },
  read: () => Promise<T>,
): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const version = await storeVersion(db, options.scopes);
  const hit = cache.get(options.key);
  recordCacheLookup('version', hit?.version === version);
  if (hit && hit.version === version) {
    // Map order is insertion order: re-inserting keeps the most used entries last.
    cache.delete(options.key);
    cache.set(options.key, hit);
    return hit.value as Promise<T>;
  }
  const value = read();
  const entry = { version, value };
  cache.delete(options.key);
  cache.set(options.key, entry);
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  // A failed read is not remembered: the next request tries again.
  value.catch(() => {
    if (cache.get(options.key) === entry) cache.delete(options.key);
  });
  return value;
}

/** A stable cache key for a filter set (key order and absent values do not matter). */
export function filtersKey(filters: object): string {
  return JSON.stringify(
    Object.entries(filters)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
