/**
 * The Prometheus side: what the app's code reports (store queries, cache lookups) reaches the
 * registry the metrics port serves, with bounded labels; and the metrics port answers only
 * GET /metrics.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheOutcome } from '@/lib/ops/cache-outcome';
import {
  installMetricsSink,
  labelValue,
  observeStoreQuery,
  recordCacheLookup,
  sqlOperation,
} from '@/lib/ops/metrics';
import { processMetrics, serveMetrics } from '@/lib/ops/metrics-server';
import { createServerMetrics, serverMetrics } from '@/lib/ops/registry';

afterAll(() => installMetricsSink(undefined));

describe('store and cache metrics', () => {
  it('do nothing (and do not fail) before a server installs its registry', () => {
    installMetricsSink(undefined);
    expect(() => observeStoreQuery('prisma', 'select', 0.001)).not.toThrow();
    expect(() => recordCacheLookup('page', true)).not.toThrow();
  });

  it('reach the server process’s registry once it exists', async () => {
    const { registry } = serverMetrics();
    observeStoreQuery('sql', 'write-transaction', 0.02);
    observeStoreQuery('prisma', 'select', 0.0004);
    recordCacheLookup('stats', true);
    recordCacheLookup('stats', false);
    recordCacheLookup('stats', false);
    const text = await registry.metrics();
    expect(text).toContain(
      'store_query_duration_seconds_count{client="sql",operation="write-transaction"} 1',
    );
    expect(text).toContain('store_query_duration_seconds_count{client="prisma",operation="select"} 1');
    expect(text).toContain('cache_lookups_total{cache="stats",result="hit"} 1');
    expect(text).toContain('cache_lookups_total{cache="stats",result="miss"} 2');
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('folds a label value that is not a plain name into "other"', () => {
    expect(labelValue('write-transaction')).toBe('write-transaction');
    expect(labelValue('SELECT * FROM "User" WHERE id = 4')).toBe('other');
    expect(labelValue('x'.repeat(49))).toBe('other');
  });

  it('names an SQL statement by its first keyword', () => {
    expect(sqlOperation('SELECT `main`.`User`.`id` FROM `main`.`User`')).toBe('select');
    expect(sqlOperation('  insert into "Incident" values (?)')).toBe('insert');
    expect(sqlOperation('WITH m AS (SELECT 1) SELECT * FROM m')).toBe('select');
    expect(sqlOperation('BEGIN IMMEDIATE')).toBe('begin');
    expect(sqlOperation('VACUUM')).toBe('other');
  });

  it('labels request latency by method, route pattern and status', async () => {
    const metrics = createServerMetrics();
    metrics.observeRequest({ method: 'GET', route: '/incidents/[id]', status: '404' }, 0.03);
    expect(await metrics.registry.metrics()).toContain(
      'http_request_duration_seconds_count{method="GET",route="/incidents/[id]",status="404"} 1',
    );
  });
});

describe('page cache outcome', () => {
  const counts = (hits: number, misses: number, stale: number) => ({
    hits,
    misses,
    stale,
    entries: 0,
    bytes: 0,
  });

  it('is read from which counter the cache moved', () => {
    expect(cacheOutcome({ before: counts(1, 1, 0), after: counts(2, 1, 0), cacheable: true })).toBe('hit');
    expect(cacheOutcome({ before: counts(1, 1, 0), after: counts(1, 2, 0), cacheable: true })).toBe('miss');
    expect(cacheOutcome({ before: counts(1, 1, 0), after: counts(1, 1, 1), cacheable: true })).toBe('stale');
    expect(cacheOutcome({ before: counts(1, 1, 0), after: counts(1, 1, 0), cacheable: true })).toBe('wait');
    expect(
      cacheOutcome({ before: counts(1, 1, 0), after: counts(1, 1, 0), cacheable: false }),
    ).toBeUndefined();
  });
});

describe('metrics port', () => {
  const metrics = createServerMetrics();
  const server = serveMetrics({ host: '127.0.0.1', port: 0, source: processMetrics(metrics.registry) });
  afterAll(() => server.close());
  const base = async () => {
    if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  it('serves the registry in Prometheus text format at GET /metrics', async () => {
    metrics.observeRequest({ method: 'GET', route: '/', status: '200' }, 0.01);
    const response = await fetch(`${await base()}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    expect(await response.text()).toContain('# TYPE http_request_duration_seconds histogram');
  });

  it('answers nothing else', async () => {
    expect((await fetch(`${await base()}/`)).status).toBe(404);
    expect((await fetch(`${await base()}/metrics`, { method: 'POST' })).status).toBe(405);
  });
});
