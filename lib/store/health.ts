/**
 * Whether this server can serve: the store answers a query, and it has applied every migration
 * this version of the code commits (GET /api/health, for load balancers). A store migrated by a
 * newer version is served on (a rolling deploy), and says so.
 *
 * Called every few seconds by each balancer, so it is cheap: the committed migrations are read
 * from disk once per process, and each check is a stat of the file and two small queries on a
 * read-only connection of its own (the table's presence, then its few dozen rows). The
 * connection is dropped after any failure and opened again by the next check, so a store that
 * comes back (restored, remounted) is seen, and a file that is not a database leaks nothing.
 *
 * The answer names no file and no setting: only states and migration names, which the source
 * repository shows anyway.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { logger } from '../ops/log';
import {
  compareMigrations,
  listMigrationNames,
  type MigrationState,
  migrationsDir,
  readAppliedMigrations,
} from './migrations';

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
  const last = expected.at(-1) ?? null;
  const state = reach(file, expected);
  if ('problem' in state) {
    noteChange(file, `store unreachable (${state.problem})`);
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
    noteChange(file, 'ok');
    return { status: 'ok', store: 'reachable', migrations: 'current', expected: last };
  }
  if (verdict.migrations === 'ahead') {
    // A rolling deploy: `db:migrate` has run and this server still runs the previous version.
    // Migrations keep the previous version working (add first, remove a release later), so it
    // serves on until it is replaced; answering 503 here would drain every old server at once,
    // before any new one is up.
    noteChange(file, 'ok (store migrated by a newer version)');
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
  noteChange(file, `migrations ${verdict.migrations}`);
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
function noteChange(file: string, state: string): void {
  const before = lastState.get(file);
  if (before === state) return;
  lastState.set(file, state);
  if (before === undefined && state === 'ok') return;
  if (state.startsWith('ok')) logger().info({ health: state }, 'Health changed');
  else logger().warn({ health: state }, 'Health changed');
}
