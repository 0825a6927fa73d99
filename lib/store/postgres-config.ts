/**
 * Connection settings for a PostgreSQL store, from its DATABASE_URL. Shared by the migration
 * path (prisma/postgres-engine.ts) and, later, the app's client, so every connection agrees.
 */
import type { PoolConfig } from 'pg';

/** postgres:// and postgresql:// URLs name a PostgreSQL store; anything else is a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * Pool settings for the URL, optionally for another database on the same server.
 *
 * Every session runs in UTC: DateTime columns are `timestamp(3) without time zone`, so
 * `DEFAULT CURRENT_TIMESTAMP` and `now()` store the session's local time (with
 * TimeZone=America/Port-au-Prince a write at 05:05 UTC was stored as 00:05). The URL's own
 * `options` are kept; node-postgres would let them replace ours, so they are merged here.
 */
export function postgresPoolConfig(url: string, database?: string): PoolConfig {
  const parsed = new URL(url);
  const own = parsed.searchParams.get('options');
  parsed.searchParams.delete('options');
  // With a { connectionString } config node-postgres ignores a separate `database` field, so a
  // different database goes into the URL itself.
  if (database !== undefined) parsed.pathname = `/${encodeURIComponent(database)}`;
  return {
    connectionString: parsed.toString(),
    options: [own, '-c TimeZone=UTC'].filter(Boolean).join(' '),
  };
}
