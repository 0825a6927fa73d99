/**
 * Whether this server can serve: the store answers a query, and it has applied every migration
 * this version of the code commits (GET /api/health, for load balancers). A store migrated by a
 * newer version is served on (a rolling deploy), and says so.
 *
 * Called every few seconds by each balancer, so it is cheap: the committed migrations are read
 * from disk once per process, and each check is a stat of the file and two small queries on a
 * read-only connection of its own (the table's presence, then its few dozen rows); on
 * PostgreSQL the same two queries against the store's own history (prisma/postgres/migrations),
 * on a pool of its own with a 2 s lock timeout. The
 * connection is dropped after any failure and opened again by the next check, so a store that
 * comes back (restored, remounted) is seen, and a file that is not a database leaks nothing.
 *
 * The answer names no file and no setting: only states and migration names, which the source
 * repository shows anyway.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { databaseFile } from '../env';
import { logger } from '../ops/log';
import {
  compareMigrations,
  listMigrationNames,
  type MigrationState,
  migrationsDir,
  postgresMigrationsDir,
  readAppliedMigrations,
  readAppliedPostgresMigrations,
} from './migrations';
import { isPostgresUrl } from './postgres-config';
import { openSql, type Sql } from './sql';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  store: 'reachable' | 'unreachable';
  /** `unchecked` when the store could not be asked; `ahead`: applied migrations this code lacks. */
  migrations: 'current' | 'pending' | 'failed' | 'ahead' | 'unchecked';
  /** The last committed migration this code expects. */
  expected: string | null;
  pending?: string[];
  failed?: string[];
  unknown?: string[];
  /** For a person reading the balancer's log: what is wrong and what to do. */
  message?: string;
}

let committed: readonly string[] | undefined;

/** The migrations this code commits, read once per process (they change only with the code). */
export function committedMigrations(): readonly string[] {
  committed ??= listMigrationNames(migrationsDir());
  return committed;
}

const connections = new Map<string, Database.Database>();

function readState(file: string, expected: readonly string[]): MigrationState {
  let connection = connections.get(file);
  if (!connection) {
    connection = new Database(file, { readonly: true, fileMustExist: true, timeout: 2000 });
    connections.set(file, connection);
  }
  return compareMigrations(expected, readAppliedMigrations(connection));
}

function dropConnection(file: string): void {
  connections.get(file)?.close();
  connections.delete(file);
}

function migrationsVerdict(state: MigrationState): Pick<HealthReport, 'migrations' | 'message'> {
  if (state.failed.length > 0) {
    return {
      migrations: 'failed',
      message: 'A migration failed half-way: run `npm run db:migrate` to see why.',
    };
  }
  if (state.unknown.length > 0) return { migrations: 'ahead' };
  if (state.pending.length > 0) {
    return {
      migrations: 'pending',
      message: 'The store lacks migrations of this version: run `npm run db:migrate` once for the deploy.',
    };
  }
  return { migrations: 'current' };
}

/** The store's migration state, or why it could not be read. */
function reach(file: string, expected: readonly string[]): MigrationState | { problem: string } {
  if (!existsSync(file)) {
    // A connection kept from before would go on reading the removed file.
    dropConnection(file);
    return { problem: 'the store file does not exist' };
  }
  try {
    return readState(file, expected);
  } catch (error) {
    dropConnection(file);
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

export function checkHealth(file: string, expected: readonly string[] = committedMigrations()): HealthReport {
  return verdictFor(file, reach(file, expected), expected);
}

let committedPostgres: readonly string[] | undefined;
const postgresStores = new Map<string, Promise<Sql>>();

/** A PostgreSQL store's migration state (its own history), or why it could not be read. */
async function reachPostgres(
  url: string,
  expected: readonly string[],
): Promise<MigrationState | { problem: string }> {
  let opened = postgresStores.get(url);
  if (!opened) {
    opened = openSql(url, { busyTimeoutMs: 2000 });
    postgresStores.set(url, opened);
  }
  try {
    return compareMigrations(expected, await readAppliedPostgresMigrations(await opened));
  } catch (error) {
    // Opened again by the next check: a server that comes back is seen.
    postgresStores.delete(url);
    void opened.then((sql) => sql.close()).catch(() => undefined);
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/** The store at DATABASE_URL: the SQLite file, or a PostgreSQL database with its own migrations. */
export async function checkStoreHealth(url: string): Promise<HealthReport> {
  if (!isPostgresUrl(url)) return checkHealth(databaseFile(url));
  committedPostgres ??= listMigrationNames(postgresMigrationsDir());
  return verdictFor('postgres', await reachPostgres(url, committedPostgres), committedPostgres);
}

/** The report for a store's state; `key` names the store in the health-change log. */
function verdictFor(
  key: string,
  state: MigrationState | { problem: string },
  expected: readonly string[],
): HealthReport {
  const last = expected.at(-1) ?? null;
  if ('problem' in state) {
    noteChange(key, `store unreachable (${state.problem})`);
    return {
      status: 'unavailable',
      store: 'unreachable',
      migrations: 'unchecked',
      expected: last,
      message: 'The store does not answer.',
    };
  }
  const verdict = migrationsVerdict(state);
  if (verdict.migrations === 'current') {
    noteChange(key, 'ok');
    return { status: 'ok', store: 'reachable', migrations: 'current', expected: last };
  }
  if (verdict.migrations === 'ahead') {
    // A rolling deploy: `db:migrate` has run and this server still runs the previous version.
    // Migrations keep the previous version working (add first, remove a release later), so it
    // serves on until it is replaced; answering 503 here would drain every old server at once,
    // before any new one is up.
    noteChange(key, 'ok (store migrated by a newer version)');
    return {
      status: 'ok',
      store: 'reachable',
      migrations: 'ahead',
      expected: last,
      unknown: state.unknown,
      message:
        'The store was migrated by a newer version of the app: this server serves until it is replaced.',
    };
  }
  noteChange(key, `migrations ${verdict.migrations}`);
  return {
    status: 'unavailable',
    store: 'reachable',
    ...verdict,
    expected: last,
    ...(state.pending.length ? { pending: state.pending } : {}),
    ...(state.failed.length ? { failed: state.failed } : {}),
    ...(state.unknown.length ? { unknown: state.unknown } : {}),
  };
}

const lastState = new Map<string, string>();

/** The server's log says when health changes, not at every check (balancers ask every few seconds). */
function noteChange(key: string, state: string): void {
  const before = lastState.get(key);
  if (before === state) return;
  lastState.set(key, state);
  if (before === undefined && state === 'ok') return;
  if (state.startsWith('ok')) logger().info({ health: state }, 'Health changed');
  else logger().warn({ health: state }, 'Health changed');
}
