/**
 * The end-to-end server's store, for the few specs that arrange data the pages cannot make: the
 * SQLite file tests/e2e/serve.ts created, or the PostgreSQL database of E2E_DATABASE_URL. Opened
 * through the product's own SQL interface, so statements are written once for both stores.
 */
import path from 'node:path';
import type { Sql } from '../../lib/store/sql';
import { openStoreSql } from '../../lib/store/store-sql';

const PORT = process.env.E2E_PORT ?? '3100';
const DB_FILE = path.resolve(__dirname, '..', '.tmp', `e2e-${PORT}`, 'haiti-e2e.db');

/** Runs `work` in one transaction on the server's store, then closes it. */
export async function inStore<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
  const sql = await openStoreSql(process.env.E2E_DATABASE_URL || `file:${DB_FILE}`);
  try {
    return await sql.transaction(work);
  } finally {
    await sql.close();
  }
}
