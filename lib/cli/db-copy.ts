/**
 * npm run db:copy -- <sqlite file> <postgres url>
 * Copies a SQLite store into an empty PostgreSQL database (lib/store/copy-to-postgres.ts), in one
 * transaction: all of it or nothing. A new, empty database is migrated first. Both stores must be
 * at this code's version. Sessions and login attempts are not copied (everyone signs in again).
 * Exit code: 0 when copied, 1 when the copy failed (the target is left as it was), 2 when the
 * command refused (bad usage, a source or target that is not ready, a target holding data).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { applyMigrations } from '../../prisma/engine';
import { CopyRefusedError, copyToPostgres, type TableCopied } from '../store/copy-to-postgres';
import { isPostgresUrl, postgresPoolConfig } from '../store/postgres-config';

const USAGE = 'usage: npm run db:copy -- <sqlite file> <postgres url>';

class UsageError extends Error {}

function parseArgs(argv: string[]): { source: string; target: string } | 'help' {
  const args = argv.filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) return 'help';
  const [file, url, ...rest] = args;
  if (!file || !url || rest.length || args.some((a) => a.startsWith('-'))) throw new UsageError(USAGE);
  if (!isPostgresUrl(url)) throw new UsageError(`not a PostgreSQL URL (postgresql://…): ${url}\n${USAGE}`);
  // npm runs scripts from the project folder; a relative name means where the user typed it.
  const source = path.resolve(process.env.INIT_CWD ?? process.cwd(), file.replace(/^file:/, ''));
  if (!existsSync(source)) throw new UsageError(`no such file: ${source}`);
  return { source, target: url };
}

/** A database with no table at all is new: it gets the PostgreSQL migrations first. */
async function migrateIfNew(url: string): Promise<number> {
  const client = new pg.Client(postgresPoolConfig(url));
  try {
    await client.connect();
    const { rowCount } = await client.query(
      'SELECT 1 FROM pg_tables WHERE schemaname = current_schema() LIMIT 1',
    );
    if (rowCount) return 0;
  } catch (error) {
    throw new CopyRefusedError(`Cannot reach the PostgreSQL database: ${(error as Error).message}.`);
  } finally {
    await client.end().catch(() => undefined);
  }
  return (await applyMigrations(url)).length;
}

const safeUrl = (url: string) => {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
};

function line(copied: TableCopied): string {
  const rows = `${copied.rows.toLocaleString('en-US')} rows`.padStart(14);
  return `  ${copied.table.padEnd(18)} ${rows}${copied.skipped ? `  not copied: ${copied.skipped}` : ''}`;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const migrated = await migrateIfNew(args.target);
  if (migrated) console.log(`Migrated the new database (${migrated} migrations).`);
  // Said once the copy has begun: a refusal is then the only thing printed.
  const onTable = (copied: TableCopied) => {
    if (!begun) console.log(`Copying ${args.source} into ${safeUrl(args.target)}:`);
    begun = true;
    console.log(line(copied));
  };
  let begun = false;
  const copied = await copyToPostgres({ ...args, onTable });
  const tables = copied.filter((t) => !t.skipped);
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Copied ${rows.toLocaleString('en-US')} rows of ${tables.length} tables in ${seconds.toFixed(1)} s.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof CopyRefusedError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(
      `db:copy failed, nothing was copied: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
