/**
 * What the app's own code reports to the Prometheus metrics (lib/ops/registry.ts): how long store
 * queries take, and whether a cache answered. Call these from anywhere, server code or not:
 *
 *   observeStoreQuery('sql', 'write-transaction', seconds)
 *   recordCacheLookup('stats', hit)
 *
 * They do nothing until a server process installs its registry (lib/cli/next-server.ts), so the
 * command-line tools, the tests and `next dev` pay nothing. This module imports no metrics library:
 * Next bundles the app's server code, and a second copy of the registry inside that bundle would
 * count apart from the one the metrics port serves. The registry is found on globalThis instead,
 * where both copies of this module see it.
 */

export type StoreClient = 'prisma' | 'sql';

export interface MetricsSink {
  storeQuery(client: StoreClient, operation: string, seconds: number): void;
  cacheLookup(cache: string, hit: boolean): void;
}

const KEY = Symbol.for('haiti-tracker.metrics-sink');
const shared = globalThis as { [KEY]?: MetricsSink };

/** Label values are names chosen in code; anything else is folded into "other". */
const LABEL = /^[a-z0-9_.:-]{1,48}$/;

export function labelValue(name: string): string {
  return LABEL.test(name) ? name : 'other';
}

/** Where this process's recordings go (its registry); called once by the server front. */
export function installMetricsSink(sink: MetricsSink | undefined): void {
  shared[KEY] = sink;
}

/** One store query (or transaction) took `seconds`; `operation` is a short fixed name. */
export function observeStoreQuery(client: StoreClient, operation: string, seconds: number): void {
  shared[KEY]?.storeQuery(client, labelValue(operation), seconds);
}

/** One lookup in the cache named `cache` (e.g. "page", "stats"), answered from it or not. */
export function recordCacheLookup(cache: string, hit: boolean): void {
  shared[KEY]?.cacheLookup(labelValue(cache), hit);
}

const SQL_VERBS = new Set(['select', 'insert', 'update', 'delete', 'begin', 'commit', 'rollback', 'pragma']);

/** The operation label of an SQL statement: its first keyword ("with …" reads), else "other". */
export function sqlOperation(sql: string): string {
  const verb = /^\s*([A-Za-z]+)/.exec(sql)?.[1]?.toLowerCase() ?? '';
  if (verb === 'with') return 'select';
  return SQL_VERBS.has(verb) ? verb : 'other';
}
