/**
 * Which committed migrations a store has applied, read without the schema engine: the folder
 * names under prisma/migrations against the rows of Prisma's `_prisma_migrations` table. One
 * reader for the migration command (prisma/engine.ts asks it before it loads the engine), for
 * `npm start` with MIGRATE_ON_START=off, and for /api/health (lib/store/health.ts).
 *
 * Nothing here imports the engine or Prisma's client, so the app's server bundle can use it.
 */
import { type Dirent, readdirSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Sql } from './sql';

/**
 * Where the committed migrations are. From the working directory, which is the project's folder
 * for every command and for the servers `npm start` runs (lib/cli/next-server.ts gives Next that
 * same folder); not from this module's URL, which in a server bundle names the build's own file.
 */
export function migrationsDir(cwd = process.cwd()): string {
  return path.join(cwd, 'prisma', 'migrations');
}

/** Where the PostgreSQL store's committed migrations are (prisma/postgres/migrations), likewise. */
export function postgresMigrationsDir(cwd = process.cwd()): string {
  return path.join(cwd, 'prisma', 'postgres', 'migrations');
}

/** The committed migrations' names, in the order they apply (their folder names sort by time). */
export function listMigrationNames(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export interface AppliedMigration {
  name: string;
  /** Finished applying (a row whose migration failed half-way has none). */
  finished: boolean;
  rolledBack: boolean;
}

/** The rows of `_prisma_migrations`, or null when the store has no such table (never migrated). */
export function readAppliedMigrations(connection: Database.Database): AppliedMigration[] | null {
  const table = connection
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
    .get();
  if (!table) return null;
  const rows = connection
    .prepare(
      'SELECT migration_name AS name, finished_at AS finished, rolled_back_at AS rolledBack FROM _prisma_migrations',
    )
    .all() as { name: string; finished: string | null; rolledBack: string | null }[];
  return rows.map((r) => ({
    name: r.name,
    finished: r.finished !== null,
    rolledBack: r.rolledBack !== null,
  }));
}

/** The rows of a PostgreSQL store's `_prisma_migrations`, or null when it has no such table. */
export async function readAppliedPostgresMigrations(sql: Sql): Promise<AppliedMigration[] | null> {
  const table = await sql.get(
    `SELECT 1 AS "found" FROM pg_tables WHERE schemaname = current_schema() AND tablename = '_prisma_migrations'`,
  );
  if (!table) return null;
  const rows = await sql.all<{ name: string; finished: string | null; rolledBack: string | null }>(
    'SELECT migration_name AS "name", finished_at AS "finished", rolled_back_at AS "rolledBack" FROM _prisma_migrations',
  );
  return rows.map((r) => ({
    name: r.name,
    finished: r.finished !== null,
    rolledBack: r.rolledBack !== null,
  }));
}

export interface MigrationState {
  /** Committed, not applied (or started and not finished: the migration command says why). */
  pending: string[];
  /** Applied, but not among the committed ones: a newer version of the code migrated this store. */
  unknown: string[];
  /** Started and neither finished nor rolled back: a migration that failed half-way. */
  failed: string[];
}

/** Compares what is committed with what the store recorded; `applied` null means no table. */
export function compareMigrations(
  committed: readonly string[],
  applied: readonly AppliedMigration[] | null,
): MigrationState {
  const rows = applied ?? [];
  const done = new Set(rows.filter((r) => r.finished && !r.rolledBack).map((r) => r.name));
  const known = new Set(committed);
  return {
    pending: committed.filter((name) => !done.has(name)),
    unknown: [...done].filter((name) => !known.has(name)).sort(),
    failed: rows.filter((r) => !r.finished && !r.rolledBack).map((r) => r.name),
  };
}

export function migrationsCurrent(state: MigrationState): boolean {
  return state.pending.length === 0 && state.unknown.length === 0 && state.failed.length === 0;
}
