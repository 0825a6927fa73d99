/**
 * The one database client. Built from validated settings; cached on globalThis so that
 * a process (and Next's hot reload) keeps one SQLite handle.
 * Tests and command-line tools build their own with `createDb`, which also opens a PostgreSQL
 * store (postgres:// URLs) for the tools and tests of the port (docs/postgres-port.md); the app's
 * settings still accept only SQLite files, because its raw SQL is not ported yet.
 */
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseFile, settings } from './env';
import { PrismaClient } from './generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from './generated/prisma-pg/client';
import { observeStoreQuery, sqlOperation } from './ops/metrics';
import { isPostgresUrl, postgresPoolConfig } from './store/postgres-config';

export type Db = PrismaClient;

const LOG_QUERIES = [{ emit: 'event' as const, level: 'query' as const }];

/** What both clients, built with LOG_QUERIES, offer for timing their queries. */
interface QueryEvents {
  $on(event: 'query', listener: (event: { query: string; duration: number }) => void): void;
}

/** Each query's time goes to the server's metrics (store_query_duration_seconds). */
function timeQueries(client: QueryEvents): void {
  // Outside a server process nothing listens (lib/ops/metrics.ts). The SQL text is never logged.
  client.$on('query', (event) =>
    observeStoreQuery('prisma', sqlOperation(event.query), event.duration / 1000),
  );
}

/**
 * A PostgreSQL client, typed as the one `Db`. The cast is sound for what the code does with it:
 * both clients are generated from the same models (prisma/postgres/schema.prisma is generated
 * from prisma/schema.prisma, and a test keeps them equal), so row types are structurally the
 * same, and every SQLite input type is assignable to its PostgreSQL twin (the PostgreSQL client
 * only accepts more: `mode`, `skipDuplicates`, more isolation levels). The whole clients are not
 * mutually assignable only because of overload and generic shapes (docs/postgres-port.md §2).
 * Raw SQL is where the stores differ (BigInt counts, Date timestamps, parsed jsonb, enums).
 */
function createPostgresDb(url: string): Db {
  // A pool per client; every connection runs in UTC (lib/store/postgres-config.ts).
  const adapter = new PrismaPg(postgresPoolConfig(url));
  const client = new PostgresPrismaClient({ adapter, log: LOG_QUERIES });
  timeQueries(client);
  return client as unknown as Db;
}

export function createDb(url: string): Db {
  if (isPostgresUrl(url)) return createPostgresDb(url);
  // timeout = SQLite's busy timeout: wait this long for a lock instead of failing at once.
  const adapter = new PrismaBetterSqlite3({ url: `file:${databaseFile(url)}`, timeout: 5000 });
  const client = new PrismaClient({ adapter, log: LOG_QUERIES });
  timeQueries(client);
  return client;
}

const globalForDb = globalThis as unknown as { haitiDb?: Db };

export function db(): Db {
  if (globalForDb.haitiDb) return globalForDb.haitiDb;
  globalForDb.haitiDb = createDb(settings().DATABASE_URL);
  return globalForDb.haitiDb;
}
