/**
 * One server process's Prometheus metrics (prom-client):
 *   - the process's own (CPU, memory, heap, event-loop delay, handles: prom-client's defaults);
 *   - http_request_duration_seconds{method, route, status}: every request the front answered,
 *     labelled by route pattern (lib/ops/routes.ts), never by raw path;
 *   - store_query_duration_seconds{client, operation}: Prisma's queries (lib/db.ts) and the SQL
 *     interface's transactions, reported through lib/ops/metrics.ts;
 *   - cache_lookups_total{cache, result}: hits and misses of the page cache and the app's caches.
 * Served on METRICS_PORT only (lib/ops/metrics-server.ts), summed over the cluster's workers.
 */
import { AggregatorRegistry, Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { installMetricsSink, type MetricsSink } from './metrics';

export interface ServerMetrics extends MetricsSink {
  registry: Registry;
  observeRequest(labels: { method: string; route: string; status: string }, seconds: number): void;
}

export function createServerMetrics(): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent, by route pattern.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const queries = new Histogram({
    name: 'store_query_duration_seconds',
    help: 'Time the store took for one query (prisma) or one statement or transaction (sql).',
    labelNames: ['client', 'operation'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const lookups = new Counter({
    name: 'cache_lookups_total',
    help: 'Lookups in the app caches, answered from the cache (hit) or not (miss).',
    labelNames: ['cache', 'result'] as const,
    registers: [registry],
  });
  return {
    registry,
    observeRequest: (labels, seconds) => requests.observe(labels, seconds),
    storeQuery: (client, operation, seconds) => queries.observe({ client, operation }, seconds),
    cacheLookup: (cache, hit) => lookups.inc({ cache, result: hit ? 'hit' : 'miss' }),
  };
}

const KEY = Symbol.for('haiti-tracker.server-metrics');

/** This process's metrics, created once, with lib/ops/metrics.ts's calls routed to them. */
export function serverMetrics(): ServerMetrics {
  const shared = globalThis as { [KEY]?: ServerMetrics };
  if (!shared[KEY]) {
    const metrics = createServerMetrics();
    shared[KEY] = metrics;
    installMetricsSink(metrics);
  }
  return shared[KEY];
}

/**
 * In a cluster worker: answer the primary's requests for this process's metrics, which it sums
 * over the workers (prom-client's AggregatorRegistry; constructing one installs the listener).
 */
export function reportMetricsToPrimary(registry: Registry): void {
  AggregatorRegistry.setRegistries([registry]);
  new AggregatorRegistry();
}
