/**
 * open-store.ts's two openings for a PostgreSQL DATABASE_URL: for writing (`npm start`, `npm run
 * db:migrate`), which applies prisma/postgres/migrations and says whether the database was empty
 * before (only then may it receive the sample reports), and for servers that leave migrating to the
 * deploy (MIGRATE_ON_START=off), which writes nothing and refuses a database that is not current.
 * There is no file to check or make private: the server owns the data, and its URL's password is
 * never printed (storeLabel).
 */
import { applyMigrations } from '../../prisma/engine';
import {
  compareMigrations,
  listMigrationNames,
  migrationsCurrent,
  postgresMigrationsDir,
  readAppliedPostgresMigrations,
} from './migrations';
import type { OpenedStore } from './open-store';
import { openSql } from './sql';
import { StoreNotCurrentError } from './store-not-current';

/** The URL without its credentials: "postgresql://db.example.org:5432/haiti". */
export function storeLabel(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  parsed.search = '';
  return parsed.toString();
}

/** Whether the database holds any table yet (a database made for the store is empty). */
async function hasTables(url: string): Promise<boolean> {
  const sql = await openSql(url);
  try {
    return (
      (await sql.get(`SELECT 1 AS "found" FROM pg_tables WHERE schemaname = current_schema() LIMIT 1`)) !==
      undefined
    );
  } finally {
    await sql.close();
  }
}

export async function openPostgresStoreForWriting(url: string): Promise<OpenedStore> {
  const created = !(await hasTables(url));
  const applied = await applyMigrations(url);
  return { created, applied };
}

export async function checkPostgresStoreIsCurrent(url: string): Promise<void> {
  const sql = await openSql(url);
  try {
    const committed = listMigrationNames(postgresMigrationsDir());
    const state = compareMigrations(committed, await readAppliedPostgresMigrations(sql));
    if (!migrationsCurrent(state)) throw new StoreNotCurrentError(storeLabel(url), state);
  } finally {
    await sql.close();
  }
}
