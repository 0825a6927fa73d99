/**
 * The web process's one Sql over its store (lib/store/sql.ts through store-sql.ts): every
 * request's writes share it, so on SQLite they queue on its one write mutex and on PostgreSQL on
 * its one pool. Replaces app-connection.ts's synchronous handle as each domain moves over
 * (docs/postgres-port.md, step 3).
 */
import { settings } from '../env';
import type { Sql } from './sql';
import { openStoreSql } from './store-sql';

let open: { url: string; sql: Promise<Sql> } | null = null;

export function appSql(): Promise<Sql> {
  const url = settings().DATABASE_URL;
  if (open?.url !== url) open = { url, sql: openStoreSql(url) };
  return open.sql;
}
