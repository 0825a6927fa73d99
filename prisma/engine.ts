/**
 * Prisma's schema engine, run from its WebAssembly build.
 *
 * Why not the Prisma CLI: `prisma migrate` downloads a native engine binary at start-up, and
 * the machines this product runs on reach only the npm registry. The WASM engine ships on npm,
 * applies the same `prisma/migrations/<name>/migration.sql` files and records them in the same
 * `_prisma_migrations` table, so an online machine's `prisma migrate deploy` agrees with us.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import Database from 'better-sqlite3';
import { compareMigrations, readAppliedMigrations } from '../lib/store/migrations';
import { isPostgresUrl } from '../lib/store/postgres-config';
import { ensureSearchIndex } from '../lib/store/search-index';
import { openStoreSql } from '../lib/store/store-sql';
import {
  diffFromMigrations,
  FILTERS,
  loadEngineModule,
  readMigrationsList as readMigrations,
} from './engine-module';
import { applyPostgresMigrations } from './postgres-engine';

export const PRISMA_DIR = path.dirname(new URL(import.meta.url).pathname);
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');

interface OpenEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes its SQLite connections (free() alone leaves them open). */
  close(): Promise<void>;
}

async function openEngine(
  databaseFile: string,
  schemaText: string,
  schemaPath = SCHEMA_PATH,
): Promise<OpenEngine> {
  const mod = await loadEngineModule();
  const factory = new PrismaBetterSqlite3({ url: `file:${databaseFile}` });
  const opened: { dispose(): Promise<void> }[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    adapterName: factory.adapterName,
    provider: factory.provider,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const engine = await mod.SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(opened.map((a) => a.dispose()));
    },
  };
}

/** The committed SQLite migrations (prisma/migrations), as the engine takes them. */
export function readMigrationsList(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  return readMigrations(dir);
}

/**
 * Committed migrations the database has not finished applying, read with a plain read-only
 * connection. The schema engine takes locks even when there is nothing to do, so it fails
 * (SQLITE_BUSY) while the app or another command has the file open; asking first lets
 * `npm start` and `npm run ingest` run beside a serving app whenever the schema is current.
 */
export function pendingMigrations(databaseFile: string, committed: readonly string[]): string[] {
  if (!existsSync(databaseFile)) return [...committed];
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const state = compareMigrations(committed, readAppliedMigrations(db));
    // A started-but-unfinished migration needs the engine too: it reports the failure.
    return state.failed.length > 0 ? [...committed] : state.pending;
  } finally {
    db.close();
  }
}

/**
 * Applies every committed migration the store lacks; returns their names. A postgres:// or
 * postgresql:// URL applies prisma/postgres/migrations to that database (prisma/postgres-engine.ts);
 * anything else is a SQLite file and gets prisma/migrations.
 */
export async function applyMigrations(databaseFile: string): Promise<string[]> {
  if (isPostgresUrl(databaseFile)) {
    const applied = await applyPostgresMigrations(databaseFile);
    await gradeQueuedOnPostgres(databaseFile);
    return applied;
  }
  const migrationsList = await readMigrationsList();
  const committed = migrationsList.migrationDirectories.map((d) => d.path);
  if (pendingMigrations(databaseFile, committed).length === 0) {
    await prepareDatabaseFile(databaseFile);
    return [];
  }
  const { engine, close } = await openEngine(databaseFile, await readFile(SCHEMA_PATH, 'utf8'));
  try {
    const out = await engine.applyMigrations({ migrationsList, filters: FILTERS });
    return out.appliedMigrationNames;
  } finally {
    await close();
    await prepareDatabaseFile(databaseFile);
  }
}

/**
 * WAL lets readers and the writer work at once (readers never block a commit). It is a property
 * of the file, so every migrated database gets it here, whatever runs next (the app, dev, a CLI),
 * and a restored backup (kept in rollback mode so it is one file) gets it back.
 */
async function prepareDatabaseFile(databaseFile: string): Promise<void> {
  const connection = new Database(databaseFile, { fileMustExist: true, timeout: 5000 });
  let queued: boolean;
  try {
    connection.pragma('journal_mode = WAL');
    // Likewise outside the migrations: the text-search index (lib/store/search-index.ts).
    ensureSearchIndex(connection);
    queued = gradesQueued(connection);
  } finally {
    connection.close();
  }
  // And the grades a migration queued (lib/incidents/regrade.ts): every transaction of the
  // store's Sql grades its queue before it commits, this empty one included. Only when there is
  // one, so a start never waits for another process's write to take the lock for nothing.
  if (queued) {
    const sql = await openStoreSql(`file:${databaseFile}`);
    try {
      await sql.transaction(async () => undefined);
    } finally {
      await sql.close();
    }
  }
}

/**
 * As prepareDatabaseFile does for SQLite: the grades a migration queued are given before anything
 * reads the store, by one empty transaction of the store's Sql; only when there are some.
 */
async function gradeQueuedOnPostgres(url: string): Promise<void> {
  const sql = await openStoreSql(url);
  try {
    const table = await sql.get(
      `SELECT 1 AS "found" FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'GradeQueue'`,
    );
    const queued = table && (await sql.get('SELECT 1 AS "found" FROM "GradeQueue" LIMIT 1'));
    if (queued) await sql.transaction(async () => undefined);
  } finally {
    await sql.close();
  }
}

/** Stores migrated before grades existed (the migration tests' steps) have no queue to empty. */
function gradesQueued(connection: Database.Database): boolean {
  const table = connection
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'GradeQueue'")
    .get();
  return table !== undefined && connection.prepare('SELECT 1 FROM GradeQueue LIMIT 1').get() !== undefined;
}

/**
 * SQL that takes a database from the committed migrations to the current schema file.
 *
 * The starting point is what the migrations actually produce — applied to a scratch database
 * and introspected — not the schema file in git, which may already contain the change. One
 * engine does all three steps: a second engine on the same file would wait on the first's lock.
 */
export async function diffSchemaAgainstMigrations(
  scratchFile: string,
  { schemaPath = SCHEMA_PATH, migrationsDir = MIGRATIONS_DIR } = {},
): Promise<string> {
  const schemaText = await readFile(schemaPath, 'utf8');
  const migrationsList = await readMigrationsList(migrationsDir);
  const { engine, close } = await openEngine(scratchFile, schemaText, schemaPath);
  try {
    return await diffFromMigrations(engine, migrationsList, schemaPath, schemaText);
  } finally {
    await close();
  }
}
