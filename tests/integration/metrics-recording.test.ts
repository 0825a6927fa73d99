/**
 * What the store code reports to the metrics (lib/ops/metrics.ts): each version-cache and
 * month-cache lookup as a hit or a miss, and each write transaction's time, lock wait included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cachedByMonth } from '@/lib/aggregates/month-partitions';
import { cachedRead } from '@/lib/aggregates/version';
import { installMetricsSink } from '@/lib/ops/metrics';
import { createTestDb } from './helpers/test-db';

function recorder() {
  const lookups: string[] = [];
  const queries: string[] = [];
  installMetricsSink({
    cacheLookup: (cache, hit) => lookups.push(`${cache}:${hit ? 'hit' : 'miss'}`),
    storeQuery: (client, operation) => queries.push(`${client}:${operation}`),
  });
  return { lookups, queries };
}

afterEach(() => installMetricsSink(undefined));

describe('store metrics', () => {
  it('count a version-cached read as a miss, then a hit, then a miss after a write', async () => {
    const { db, sql } = await createTestDb();
    const { lookups, queries } = recorder();
    const read = () => cachedRead(db, { key: 'metrics-test', scopes: ['data'] }, async () => 1);
    await read();
    await read();
    expect(lookups).toEqual(['version:miss', 'version:hit']);

    await sql.transaction((tx) =>
      tx.run(`UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'`),
    );
    expect(queries.filter((q) => q.startsWith('sql:'))).toEqual(['sql:write-transaction']);
    await read();
    expect(lookups.at(-1)).toBe('version:miss');
  });

  it('count month parts and whole answers of a month-partitioned read', async () => {
    const { db } = await createTestDb();
    const { lookups } = recorder();
    const read = () =>
      cachedByMonth(
        db,
        { key: 'metrics-months', filters: { from: '2025-01-01', to: '2025-02-28' }, scopes: ['places'] },
        async () => 1,
        (parts: number[]) => parts.length,
      );
    const parts = await read();
    expect(parts).toBeGreaterThan(0);
    expect(lookups).toEqual(['month-answer:miss', ...Array(parts).fill('month-part:miss')]);
    lookups.length = 0;
    await read();
    expect(lookups).toEqual(['month-answer:hit']);
  });
});
