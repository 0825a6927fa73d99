/**
 * The one way a command opens the store for writing: check the file it finds (store-check.ts),
 * make its folder and files the owner's alone (file-modes.ts), apply the committed migrations.
 * Says whether this call created the store, because only a store created here may receive sample
 * data. And, for servers that leave migrating to the deploy (MIGRATE_ON_START=off), the same check
 * with no write: the store must already be current.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations, MIGRATIONS_DIR } from '../../prisma/engine';
import { databaseFile } from '../env';
import { databaseFiles, makeFilesPrivate, makeFolderPrivate } from './file-modes';
import {
  compareMigrations,
  listMigrationNames,
  type MigrationState,
  migrationsCurrent,
  readAppliedMigrations,
} from './migrations';
import { openPostgresStoreForWriting } from './open-postgres-store';
import { isPostgresUrl } from './postgres-config';
import { CHECK_BUDGET_MS, checkStore, type StoreCheck } from './store-check';
import { StoreNotCurrentError } from './store-not-current';

export interface OpenedStore {
  /** The file did not exist before this call. */
  created: boolean;
  /** Migrations applied by this call. */
  applied: string[];
}

export interface OpenStoreOptions {
  /** What a person running the command should read; warnings go here too. */
  log?: (line: string) => void;
  /** Also log the check's result when it passed (`npm start` does; quick tools stay quiet). */
  verbose?: boolean;
  budgetMs?: number;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** The file check every opening starts with (store-check.ts), told to the person running the command. */
async function checkAndTell(file: string, options: OpenStoreOptions): Promise<StoreCheck> {
  const log = options.log ?? console.log;
  const check = await checkStore(file, { budgetMs: options.budgetMs ?? CHECK_BUDGET_MS });
  if (check.state === 'ok' && options.verbose) {
    log(
      `Database: ${file} passed PRAGMA quick_check (${megabytes(check.bytes)} in ${check.seconds.toFixed(1)} s)`,
    );
  }
  if (check.state === 'unfinished') {
    log(
      `Warning: PRAGMA quick_check of ${file} (${megabytes(check.bytes)}) did not finish in ` +
        `${Math.round(check.seconds)} s; going on while it finishes in the background.`,
    );
    void check.later.then((problem) => {
      log(problem ? `Warning: ${problem}` : `Database: ${file} passed PRAGMA quick_check (late).`);
    });
  }
  return check;
}

function makeStorePrivate(file: string, log: (line: string) => void): void {
  makeFolderPrivate(path.dirname(file), log);
  // The session secret lives beside the database (lib/cli/session-secret.ts, lib/auth/secret.ts).
  makeFilesPrivate([...databaseFiles(file), path.join(path.dirname(file), '.session-secret')], log);
}

export async function openStoreForWriting(
  file: string,
  options: OpenStoreOptions = {},
): Promise<OpenedStore> {
  const log = options.log ?? console.log;
  const check = await checkAndTell(file, options);
  // Only now: a refused file is left exactly as it was found.
  makeStorePrivate(file, log);
  const applied = await applyMigrations(file);
  const created = check.state === 'absent' && existsSync(file);
  // Made 0600 already under the commands' umask; narrowed here when a caller's umask is wider.
  if (created) makeFilesPrivate(databaseFiles(file), () => {});
  return { created, applied };
}

/**
 * For servers that do not migrate (MIGRATE_ON_START=off, several app servers on one store): the
 * same check of the file, then the store must exist and have applied exactly the committed
 * migrations, else StoreNotCurrentError. Nothing is written to the store (modes aside).
 */
export async function checkStoreIsCurrent(file: string, options: OpenStoreOptions = {}): Promise<void> {
  const log = options.log ?? console.log;
  const check = await checkAndTell(file, options);
  if (check.state === 'absent') throw new StoreNotCurrentError(file, null);
  makeStorePrivate(file, log);
  // Read-write but only reading: as the last connection to close it leaves no -wal or -shm behind.
  const connection = new Database(file, { fileMustExist: true, timeout: 5000 });
  let state: MigrationState;
  try {
    state = compareMigrations(listMigrationNames(MIGRATIONS_DIR), readAppliedMigrations(connection));
  } finally {
    connection.close();
  }
  if (!migrationsCurrent(state)) throw new StoreNotCurrentError(file, state);
}

/**
 * A command's opening of the store at DATABASE_URL for writing: the SQLite file as above, or a
 * PostgreSQL database migrated with its own history (open-postgres-store.ts).
 */
export function openStoreUrlForWriting(url: string, options: OpenStoreOptions = {}): Promise<OpenedStore> {
  return isPostgresUrl(url)
    ? openPostgresStoreForWriting(url)
    : openStoreForWriting(databaseFile(url), options);
}
