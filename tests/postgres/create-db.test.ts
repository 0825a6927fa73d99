/**
 * createDb (lib/db.ts) opens a PostgreSQL store for postgres:// URLs: the PostgreSQL Prisma
 * client, typed as the one `Db`, reading the same answers as the SQLite client on the same data
 * (a copy made by lib/store/copy-to-postgres.ts), with its queries timed like SQLite's.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db';
import { parseSettings } from '@/lib/env';
import { installMetricsSink } from '@/lib/ops/metrics';
import { type CopiedStore, copiedStore } from './helpers/copied-store';
import { releaseAll, serverUrl } from './helpers/databases';

describe.skipIf(!serverUrl)('createDb with a PostgreSQL URL', () => {
  let store: CopiedStore;
  beforeAll(async () => {
    store = await copiedStore();
  }, 120_000);
  afterAll(releaseAll);
  afterEach(() => installMetricsSink(undefined));

  it('reads through Prisma: counts, and a filter on an enum and a date', async () => {
    expect(await store.pg.$queryRawUnsafe<{ v: string }[]>('SELECT version() AS v')).toEqual([
      { v: expect.stringMatching(/^PostgreSQL /) },
    ]);
    expect(await store.pg.incident.count()).toBe(await store.sqlite.db.incident.count());
    const first = await store.sqlite.db.incident.findFirstOrThrow({ orderBy: { date: 'asc' } });
    const where = { type: first.type, date: { gte: first.date }, status: { not: 'rejected' as const } };
    const query = { where, orderBy: { id: 'asc' as const }, include: { location: true, sources: true } };
    const fromPg = await store.pg.incident.findMany(query);
    expect(fromPg.length).toBeGreaterThan(0);
    expect(fromPg).toEqual(await store.sqlite.db.incident.findMany(query));
    expect(fromPg[0]?.date).toBeInstanceOf(Date);
  });

  it('times its queries for the metrics, as the SQLite client does', async () => {
    const seen: string[] = [];
    installMetricsSink({
      storeQuery: (client, operation) => seen.push(`${client}:${operation}`),
      cacheLookup: () => undefined,
    });
    await store.pg.report.count();
    await store.sqlite.db.report.count();
    expect(seen).toEqual(['prisma:select', 'prisma:select']);
  });

  it('opens a PostgreSQL store for the app as for tools and tests, a client of its own each', () => {
    expect(parseSettings({ DATABASE_URL: store.pgUrl }).DATABASE_URL).toBe(store.pgUrl);
    const other = createDb(store.pgUrl);
    expect(other).not.toBe(store.pg);
    return other.$disconnect();
  });
});
