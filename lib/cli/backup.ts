/**
 * npm run backup -- <file> [--force]
 * Copies the database named by DATABASE_URL to <file> while the app keeps serving, checks the
 * copy with PRAGMA integrity_check and says what it holds. Restoring is described in the README.
 * Exit code: 0 when the copy is made and sound, 1 when it failed or did not pass the check,
 * 2 when the command refused (bad usage, missing database or folder, existing target), 130 when
 * interrupted.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { databaseFile, SettingsError, settings } from '../env';
import { BackupRefusedError, type BackupSummary, backupDatabase } from '../store/backup';
import { restrictUmask } from '../store/file-modes';
import { isPostgresUrl } from '../store/postgres-config';
import { loadDotEnv } from './dot-env';
import { createProgress } from './progress';

const USAGE = 'usage: npm run backup -- <file> [--force]   (--force replaces an existing file)';

class UsageError extends Error {}

/** Drawn on stderr when it is a terminal; a log gets the summary only. */
let progress: ReturnType<typeof createProgress> | undefined;

function parseArgs(argv: string[]): { target: string; force: boolean } | 'help' {
  const args = argv.filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) return 'help';
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--force');
  if (unknown.length) throw new UsageError(`unknown option ${unknown.join(', ')}\n${USAGE}`);
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length !== 1 || !files[0]) {
    throw new UsageError(files.length ? `give one file, not ${files.length}\n${USAGE}` : USAGE);
  }
  // npm runs scripts from the project folder; a relative name means where the user typed it.
  const typedIn = process.env.INIT_CWD ?? process.cwd();
  return { target: path.resolve(typedIn, files[0]), force: args.includes('--force') };
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function summarise(summary: BackupSummary, seconds: number): string {
  const deleted = summary.deletedIncidents ? ` (and ${summary.deletedIncidents} deleted)` : '';
  const lines = [
    `Backup written: ${summary.file}`,
    `  ${formatBytes(summary.bytes)}, ${summary.pages} pages, in ${seconds.toFixed(seconds < 1 ? 2 : 1)} s; integrity_check ok.`,
    summary.incidents === null || summary.reports === null
      ? '  No Incident or Report table in it: is DATABASE_URL the tracker’s database?'
      : `  Holds ${summary.incidents} incidents${deleted} and ${summary.reports} reports.`,
  ];
  if (summary.foreignKeyProblems) {
    lines.push(
      `  Warning: ${summary.foreignKeyProblems} rows break a foreign key, in the live database as in the copy.`,
    );
  }
  const folder = path.dirname(summary.file);
  const folderMode = statSync(folder).mode;
  if (folderMode & 0o077) {
    // The backups' folder is the user's to choose (it may be a shared volume): said, not changed.
    lines.push(
      `  Note: the file is 0600, but ${folder} is open to other users (mode ${(folderMode & 0o7777).toString(8).padStart(4, '0')}),`,
      `  who can see the backups' names; \`chmod 700 ${folder}\` hides them.`,
    );
  }
  if (summary.sourceJournalMode !== 'wal') {
    lines.push(
      `  Note: the live database is in "${summary.sourceJournalMode}" journal mode, not WAL, so writers`,
      '  waited while it was copied. `npm start` switches it to WAL.',
    );
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  const { target, force } = args;
  restrictUmask(); // the store's files and what the servers create are the owner's alone
  loadDotEnv();
  const url = settings().DATABASE_URL;
  if (isPostgresUrl(url)) {
    // PostgreSQL has its own tools for this (README, "Backup and restore", "On PostgreSQL").
    console.error(
      `DATABASE_URL is a PostgreSQL database: back it up with pg_dump --format=custom --file ${target} "$DATABASE_URL" (README, "Backup and restore").`,
    );
    return 2;
  }
  const source = databaseFile(url);

  const interrupted = new AbortController();
  process.once('SIGINT', () => interrupted.abort());
  process.once('SIGTERM', () => interrupted.abort());

  const started = performance.now();
  const summary = await backupDatabase({
    source,
    target,
    force,
    signal: interrupted.signal,
    onProgress: ({ copiedPages, totalPages, steps }) => {
      if (!process.stderr.isTTY) return;
      progress ??= createProgress(steps);
      progress.step(`${copiedPages} of ${totalPages} pages copied`);
    },
  });
  console.log(summarise(summary, (performance.now() - started) / 1000));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (progress) process.stderr.write('\n');
    if (
      error instanceof UsageError ||
      error instanceof BackupRefusedError ||
      error instanceof SettingsError
    ) {
      console.error(error.message);
      process.exit(2);
    }
    if (error instanceof Error && error.name === 'AbortError') {
      console.error('Backup interrupted: nothing was written.');
      process.exit(130);
    }
    console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
