/**
 * Aggregates over the whole store, cached per calendar month. A chart, a count or the map's
 * per-place sums is computed month by month (the incidents that start in that month and match the
 * filters: an index range on the incidents' date), each month's part is cached under that month's
 * counters in MonthVersion, and the parts are merged. A date range also takes in incidents that
 * start before it and run into it (a month, a year, a siege: lib/stats/filter-sql.ts): one more
 * part, cached under the counters of every month before the range, which a write to the range or
 * after it leaves alone. A write bumps the counters of the months it touches
 * (triggers, in the writing transaction), so the next read recomputes those months only — about
 * 1/60 of the work over five years of data — instead of the whole store.
 *
 * Exactness is the same argument as lib/aggregates/version.ts: the counters are read before the
 * parts, so a part is never labelled with a version newer than the data it was computed from.
 * The merged answer is cached too, under the list of every part's version; while the store-wide
 * "data" counter has not moved it is served after that one read.
 */
import type { Db } from '../db';
import type { IncidentFilters } from '../incidents/filters';
import { recordCacheLookup } from '../ops/metrics';
import type { PartFilters } from '../stats/filter-sql';
import { queryRows } from '../stats/raw';
import { cachedRead, filtersKey, storeVersion, type VersionScope } from './version';

export interface MonthRange {
  /**
   * The filters narrowed to the incidents that start in one calendar month (startsFrom/startsTo;
   * from/to, inclusive calendar days, within it too).
   */
  filters: PartFilters;
  month: string;
  lastDay: string;
  /** Whether the filters' dates take in the whole month (so a month cube can answer). */
  whole: boolean;
}

/** The month a part is read for, and its "data" counter (what a month cube is keyed by). */
export interface MonthAt extends MonthRange {
  version: string;
}

interface Part {
  version: string;
  value: Promise<unknown>;
}

interface Entry {
  parts: Map<string, Part>;
  /** The merged answer, under its parts' versions and the store counters last seen with them. */
  merged?: { version: string; store: string; value: Promise<unknown> };
}

/** Filter sets kept per series (least recently used dropped first); each holds a part per month. */
const MAX_KEYS = 200;
// On globalThis, as the database client is (lib/db.ts): Next may load this module more than once
// in a process (instrumentation.ts warms the cache the routes read). Per client: per series: per
// filter set.
const globalCaches = globalThis as unknown as {
  haitiMonthCaches?: WeakMap<Db, Map<string, Map<string, Entry>>>;
};
globalCaches.haitiMonthCaches ??= new WeakMap();
const caches = globalCaches.haitiMonthCaches;

/** The last calendar day of a month ("2024-02" → "2024-02-29"). */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The months that hold incidents and overlap the filters' dates, each with narrowed filters. */
export function monthRanges(months: readonly string[], filters: IncidentFilters): MonthRange[] {
  const first = filters.from?.slice(0, 7);
  const last = filters.to?.slice(0, 7);
  return months
    .filter((m) => (!first || m >= first) && (!last || m <= last))
    .map((month) => {
      const start = `${month}-01`;
      const end = lastDayOf(month);
      const from = filters.from && filters.from > start ? filters.from : start;
      const to = filters.to && filters.to < end ? filters.to : end;
      return {
        month,
        lastDay: end,
        whole: from === start && to === end,
        filters: { ...filters, from, to, startsFrom: start, startsTo: end },
      };
    });
}

/**
 * The part of a range that no month of it holds: the incidents that start before the range's
 * first month and whose dates run into the range. None without a start to the range.
 */
export function carriedIn(filters: IncidentFilters): MonthRange | null {
  if (!filters.from) return null;
  const startsBefore = `${filters.from.slice(0, 7)}-01`;
  return {
    month: `<${startsBefore.slice(0, 7)}`,
    lastDay: '',
    whole: false,
    filters: { ...filters, startsBefore },
  };
}

function entryFor(db: Db, series: string, key: string, maxKeys: number): Entry {
  let bySeries = caches.get(db);
  if (!bySeries) {
    bySeries = new Map();
    caches.set(db, bySeries);
  }
  let cache = bySeries.get(series);
  if (!cache) {
    cache = new Map();
    bySeries.set(series, cache);
  }
  let entry = cache.get(key);
  if (entry) cache.delete(key);
  else entry = { parts: new Map() };
  // Map order is insertion order: re-inserting keeps the most used keys last.
  cache.set(key, entry);
  if (cache.size > maxKeys) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return entry;
}

/**
 * A text search in one query over the store, cached per "data" and "text" counter: the words are
 * found through the search index (lib/store/search-index.ts), and one index query per month would
 * cost more than one over the store.
 */
function wholeStore<P, T>(
  db: Db,
  options: { key: string; filters: IncidentFilters },
  readMonth: (filters: PartFilters, at: MonthAt) => Promise<P>,
  merge: (parts: P[]) => T | Promise<T>,
): Promise<T> {
  const { filters } = options;
  const at: MonthAt = { month: '', lastDay: '', whole: false, filters, version: '' };
  return cachedRead(
    db,
    { key: `${options.key}:${filtersKey(filters)}`, scopes: ['data', 'text'] },
    async () => merge([await readMonth(filters, at)]),
  );
}

/** The months that hold (or held) incidents, with their counters, in order. */
async function monthVersions(db: Db): Promise<{ month: string; data: number; text: number }[]> {
  return queryRows(db, 'SELECT month, data, text FROM "MonthVersion" ORDER BY month', []);
}

/**
 * `merge` of `readMonth` over every month the filters reach. `key` names the series and its
 * options; the filters are added to it here. `scopes` are the store-wide counters every month's
 * part also depends on (the gazetteer, aggregate figures); a text search also depends on the
 * months' text counters.
 */
export async function cachedByMonth<P, T>(
  db: Db,
  options: {
    key: string;
    filters: IncidentFilters;
    scopes: readonly VersionScope[];
    /** Filter sets kept for this series; lower it for series whose parts are large. */
    maxKeys?: number;
  },
  readMonth: (filters: PartFilters, at: MonthAt) => Promise<P>,
  merge: (parts: P[]) => T | Promise<T>,
): Promise<T> {
  const { filters } = options;
  if (filters.q) return wholeStore(db, options, readMonth, merge);
  const entry = entryFor(db, options.key, filtersKey(filters), options.maxKeys ?? MAX_KEYS);
  // One read on the usual path: "data" (and "text") move with every write that moves any month,
  // the gazetteer or the figures, so while they stand still the merged answer stands.
  const store = await storeVersion(db, filters.q ? ['data', 'text'] : ['data']);
  if (entry.merged?.store === store) {
    recordCacheLookup('month-answer', true);
    return entry.merged.value as Promise<T>;
  }

  const shared = options.scopes.length ? await storeVersion(db, options.scopes) : '';
  const months = await monthVersions(db);
  const data = new Map(months.map((m) => [m.month, String(m.data)]));
  const counters = new Map(months.map((m) => [m.month, filters.q ? `${m.data}.${m.text}` : `${m.data}`]));
  const carried = carriedIn(filters);
  const ranges = monthRanges(
    months.map((m) => m.month),
    filters,
  );
  if (carried) ranges.unshift(carried);
  // The carried-in part depends on every month before the range. Counters only grow, so their
  // sum moves whenever any of them does.
  const firstMonth = filters.from?.slice(0, 7) ?? '';
  const before = months.filter((m) => m.month < firstMonth).reduce((n, m) => n + m.data, 0);
  const versions = ranges.map((r) =>
    r === carried ? `${r.month}@${before}` : `${r.month}@${counters.get(r.month)}`,
  );
  const mergedVersion = `${shared}|${versions.join(',')}`;
  const answered = entry.merged?.version === mergedVersion;
  recordCacheLookup('month-answer', answered);
  if (entry.merged && answered) {
    // A write elsewhere (another month, another part of the store): the answer still holds.
    entry.merged.store = store;
    return entry.merged.value as Promise<T>;
  }

  const parts = ranges.map((range, i) => {
    const version = `${shared}|${versions[i]}`;
    const hit = entry.parts.get(range.month);
    recordCacheLookup('month-part', hit?.version === version);
    if (hit && hit.version === version) return hit.value as Promise<P>;
    const value = readMonth(range.filters, { ...range, version: data.get(range.month) ?? '' });
    const part = { version, value };
    entry.parts.set(range.month, part);
    // A failed read is not remembered: the next request tries again.
    value.catch(() => {
      if (entry.parts.get(range.month) === part) entry.parts.delete(range.month);
    });
    return value;
  });
  const value = Promise.all(parts).then(merge);
  const merged = { version: mergedVersion, store, value };
  entry.merged = merged;
  value.catch(() => {
    if (entry.merged === merged) entry.merged = undefined;
  });
  return value;
}
