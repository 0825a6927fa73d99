/**
 * A raw better-sqlite3 connection to a store file (WAL, foreign keys, 5 s busy timeout), one per
 * file and process, for what is SQLite's own maintenance and stays synchronous by nature: the
 * search text's back-fill at start-up, and the tests that need a
 * second connection on purpose (a lock held, a pragma read). Every write of the app goes through
 * the store's Sql (lib/store/store-sql.ts, app-sql.ts), never through this.
 */
import Database from 'better-sqlite3';

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
