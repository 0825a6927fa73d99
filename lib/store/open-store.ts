/**
 * The one way a command opens the store for writing: check the file it finds (store-check.ts),
 * make its folder and files the owner's alone (file-modes.ts), apply the committed migrations. Says whether this call created the store,
 * because only a store created here may receive sample data.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { applyMigrations } from '../../prisma/engine';
import { databaseFiles, makeFilesPrivate, makeFolderPrivate } from './file-modes';
import { CHECK_BUDGET_MS, checkStore } from './store-check';

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

export async function openStoreForWriting(
  file: string,
  options: OpenStoreOptions = {},
): Promise<OpenedStore> {
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
  // Only now: a refused file is left exactly as it was found.
  makeFolderPrivate(path.dirname(file), log);
  // The session secret lives beside the database (lib/cli/session-secret.ts, lib/auth/secret.ts).
  makeFilesPrivate([...databaseFiles(file), path.join(path.dirname(file), '.session-secret')], log);
  const applied = await applyMigrations(file);
  const created = check.state === 'absent' && existsSync(file);
  // Made 0600 already under the commands' umask; narrowed here when a caller's umask is wider.
  if (created) makeFilesPrivate(databaseFiles(file), () => {});
  return { created, applied };
}
