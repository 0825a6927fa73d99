/**
 * A real store per createTestDb, migrated with the project's own migration path (prisma/engine.ts),
 * so the integration tests exercise the same schema production gets. In the `integration` project
 * it is a SQLite file; in `integration-postgres` a PostgreSQL database copied from the one template
 * the project's global setup migrated (global-setup-postgres.ts). Tests reach either through `url`
 * (as DATABASE_URL), `db` and `sql`; `file` exists on SQLite only.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, inject, onTestFinished } from 'vitest';
import { createDb, type Db } from '@/lib/db';
import type { Sql } from '@/lib/store/sql';
import { openStoreSql } from '@/lib/store/store-sql';
import { closeSqlConnection, openSqlConnection, type SqlConnection } from '@/lib/store/write-connection';
import { applyMigrations } from '@/prisma/engine';
import { onServer } from '../../helpers/postgres-server';

const TMP = path.resolve(__dirname, '..', '..', '.tmp');
let counter = 0;

const postgres = inject('integrationPostgres');

/** Whether this run's stores are PostgreSQL databases (the `integration-postgres` project). */
export const onPostgres = postgres !== undefined;

export interface TestDb {
  db: Db;
  /** The store's URL, as DATABASE_URL names it: `file:…` or `postgresql://…`. */
  url: string;
  /** The SQLite file; undefined on PostgreSQL. */
  file?: string;
  /** The store's Sql (lib/store/store-sql.ts), as the app opens it. */
  sql: Sql;
}

/**
 * The store's Sql, opened on first use: a test that never uses it keeps the file to itself
 * (switching the journal mode needs that).
 */
function lazySql(url: string, dialect: Sql['dialect']): Sql {
  let opened: Promise<Sql> | null = null;
  const sql = () => {
    opened ??= openStoreSql(url);
    return opened;
  };
  return {
    dialect,
    all: async (text, params) => (await sql()).all(text, params),
    get: async (text, params) => (await sql()).get(text, params),
    run: async (text, params) => (await sql()).run(text, params),
    insert: async (table, row) => (await sql()).insert(table, row),
    transaction: async (work, options) => (await sql()).transaction(work, options),
    close: async () => {
      const open = opened;
      opened = null;
      if (open) await (await open).close();
    },
  };
}

/** A new database copied from the migrated template; its URL and how to drop it. */
async function copyTemplate(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!postgres) throw new Error('not in the integration-postgres project');
  const worker = process.env.VITEST_POOL_ID ?? '0';
  const name = `int_${worker}_${process.pid}_${++counter}_${Date.now()}`;
  await onServer(postgres.serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${postgres.template}"`);
  const url = new URL(postgres.serverUrl);
  url.pathname = `/${name}`;
  // FORCE: clients the app opened by itself (lib/db's, appSql's) are still connected.
  const drop = () => onServer(postgres.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  return { url: url.toString(), drop };
}

/** A new migrated SQLite file in tests/.tmp; its URL and how to remove it. */
async function newSqliteFile(): Promise<{ file: string; url: string; drop: () => void }> {
  mkdirSync(TMP, { recursive: true });
  const worker = process.env.VITEST_POOL_ID ?? '0';
  const file = path.join(TMP, `int-${worker}-${process.pid}-${++counter}-${Date.now()}.db`);
  await applyMigrations(file);
  const drop = () => {
    closeSqlConnection(file);
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  };
  return { file, url: `file:${file}`, drop };
}

/**
 * An empty store for a command that creates its own (migrates it, loads the gazetteer): on SQLite
 * a file name in tests/.tmp with no file yet, on PostgreSQL a new database with no table. Removed
 * when the test that asked for it ends.
 */
export async function createEmptyStore(): Promise<string> {
  const worker = process.env.VITEST_POOL_ID ?? '0';
  const name = `empty_${worker}_${process.pid}_${++counter}_${Date.now()}`;
  if (postgres) {
    await onServer(postgres.serverUrl, `CREATE DATABASE "${name}"`);
    onTestFinished(() => onServer(postgres.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    const url = new URL(postgres.serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }
  mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `int-${name}.db`);
  onTestFinished(() => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  });
  return `file:${file}`;
}

export async function createTestDb(): Promise<TestDb> {
  const store = onPostgres ? await copyTemplate() : await newSqliteFile();
  const db = createDb(store.url);
  const sql = lazySql(store.url, onPostgres ? 'postgres' : 'sqlite');
  // Called from a hook, this closes with the store; called inside a test, vitest ignores the
  // hook and the global setup removes the file (or the server) at the end of the run instead.
  afterAll(async () => {
    await db.$disconnect();
    await sql.close();
    await store.drop();
  });
  return { db, url: store.url, file: 'file' in store ? store.file : undefined, sql };
}

/** A SQLite test store, for tests about SQLite itself (excluded from integration-postgres). */
export async function createSqliteTestDb(): Promise<TestDb & { file: string }> {
  const created = await createTestDb();
  if (created.file === undefined) throw new Error('a SQLite-only test ran on PostgreSQL');
  return { ...created, file: created.file };
}

/**
 * A synchronous better-sqlite3 connection to a SQLite test store, for the few checks that are
 * about SQLite itself; on PostgreSQL a stand-in that fails when used, saying why.
 */
export function sqliteConnection(file: string | undefined): SqlConnection {
  if (file !== undefined) return openSqlConnection(file);
  return new Proxy({} as SqlConnection, {
    get: () => {
      throw new Error('a synchronous SQLite connection used on PostgreSQL');
    },
  });
}
