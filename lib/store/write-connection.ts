/**
 * Multi-statement writes that must be atomic (storing a report with its incidents and claims,
 * merging, editing with an audit entry) run here, in a synchronous better-sqlite3 transaction.
 *
 * Why not Prisma's `$transaction(async tx => …)`: the better-sqlite3 adapter runs every request
 * on one connection, so other requests' writes issued while an interactive transaction is open
 * land inside it and vanish if it rolls back (see shared/docs/offline-toolchain.md). A synchronous
 * transaction cannot interleave with anything in this process, and BEGIN IMMEDIATE makes other
 * processes wait (busy timeout) instead of failing half-way.
 */
import Database from 'better-sqlite3';
import { regradeQueued } from '../incidents/regrade';
import { observeStoreQuery } from '../ops/metrics';

export type SqlConnection = Database.Database;

const connections = new Map<string, SqlConnection>();

export function openSqlConnection(file: string): SqlConnection {
  const existing = connections.get(file);
  if (existing?.open) return existing;
  const connection = new Database(file, { fileMustExist: true, timeout: 5000 });
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connections.set(file, connection);
  return connection;
}

export function closeSqlConnection(file: string): void {
  connections.get(file)?.close();
  connections.delete(file);
}

/**
 * Runs `work` in one IMMEDIATE transaction: all of it is stored, or none of it. Before it commits,
 * the incidents the work touched are graded again (lib/incidents/regrade.ts), so no reader ever
 * sees a grade older than the sources it comes from.
 */
export function writeTransaction<T>(connection: SqlConnection, work: (sql: SqlConnection) => T): T {
  const started = performance.now();
  try {
    return connection
      .transaction(() => {
        const result = work(connection);
        if (hasGradeQueue(connection)) regradeQueued(connection);
        return result;
      })
      .immediate();
  } finally {
    // Waiting for the write lock included: that wait is what a user feels.
    observeStoreQuery('sql', 'write-transaction', (performance.now() - started) / 1000);
  }
}

const graded = new WeakSet<SqlConnection>();

/** Stores migrated before grades existed (the migration tests' steps) have no queue to empty. */
export function hasGradeQueue(connection: SqlConnection): boolean {
  if (graded.has(connection)) return true;
  const found = connection
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'GradeQueue'")
    .get();
  if (found) graded.add(connection);
  return found !== undefined;
}
