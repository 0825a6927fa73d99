/**
 * The one database client. Built from validated settings; cached on globalThis so that
 * a process (and Next's hot reload) keeps one SQLite handle.
 * Tests and command-line tools build their own with `createDb`.
 */
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { databaseFile, settings } from './env';
import { PrismaClient } from './generated/prisma/client';
import { observeStoreQuery, sqlOperation } from './ops/metrics';

export type Db = PrismaClient;

export function createDb(url: string): Db {
  // timeout = SQLite's busy timeout: wait this long for a lock instead of failing at once.
  const adapter = new PrismaBetterSqlite3({ url: `file:${databaseFile(url)}`, timeout: 5000 });
  // Each query's time goes to the server's metrics (store_query_duration_seconds); outside a
  // server process nothing listens (lib/ops/metrics.ts). The SQL text itself is never logged.
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) =>
    observeStoreQuery('prisma', sqlOperation(event.query), event.duration / 1000),
  );
  return client;
}

const globalForDb = globalThis as unknown as { haitiDb?: Db };

export function db(): Db {
  if (globalForDb.haitiDb) return globalForDb.haitiDb;
  globalForDb.haitiDb = createDb(settings().DATABASE_URL);
  return globalForDb.haitiDb;
}
