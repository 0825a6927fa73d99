/**
 * The one asynchronous SQL interface for writes and the reads that go with them (issue 18, plan
 * step 1; docs/postgres-port.md "Step 1"), implemented for SQLite (sql-sqlite.ts) and PostgreSQL
 * (sql-postgres.ts) and held to the same contract by the same tests on both
 * (tests/helpers/sql-contract.ts).
 *
 * Statements are written once, with `?` placeholders and quoted identifiers as the read side's
 * (lib/store/dialect.ts numbers them for PostgreSQL). Values cross the boundary in SQLite's shapes,
 * because that is what the store's code reads today and step 3 should be mechanical: DateTime as
 * ISO text with "+00:00" (sqlDateTime), Boolean as 0/1, Json as JSON text, integers (counts and
 * sums included) as numbers. Parameters may be JS booleans and Dates; they are normalised per store.
 *
 * Rules for callers (why, in the doc):
 * - Await nothing slow inside a transaction (argon2, fetch, files): on SQLite the transaction
 *   holds the store's one write lock, for every process, until it ends.
 * - A transaction's work must be re-runnable: on PostgreSQL a serialization failure or deadlock
 *   re-runs the whole work (a few times) before giving up with StoreBusyError.
 * - Use a transaction's `tx` inside it, never the outer Sql: outside statements wait for the
 *   transaction (SQLite's write mutex) or run on another connection (PostgreSQL).
 */
import { databaseFile } from '../env';
import type { Dialect } from './dialect';
import { isPostgresUrl } from './postgres-config';
import { openPostgresSql } from './sql-postgres';
import { openSqliteSql } from './sql-sqlite';
import type { SqlRows } from './sql-values';

/** A parameter: JS booleans and Dates are accepted and stored as each store stores them. */
export type SqlParam = string | number | boolean | Date | null;

export interface TransactionOptions {
  /**
   * Names that two transactions must not hold at once ("ingest:<hash>", "incident:12"). PostgreSQL:
   * `pg_advisory_xact_lock(hashtext(key))`, taken in sorted order at the start. SQLite: already
   * satisfied, since every write transaction is IMMEDIATE and only one runs at a time.
   */
  lockKeys?: readonly string[];
}

export interface SqlOptions {
  /** How long a write waits for another's lock before StoreBusyError (default 5000 ms). */
  busyTimeoutMs?: number;
  /**
   * Runs at the end of every transaction, inside it, before COMMIT (the grade queue is to be
   * graded here, lib/incidents/regrade.ts). Must be re-runnable, like the work.
   */
  beforeCommit?: (tx: Sql) => Promise<void> | void;
}

export interface Sql {
  readonly dialect: Dialect;
  all<T extends object>(text: string, params?: readonly SqlParam[]): Promise<T[]>;
  get<T extends object>(text: string, params?: readonly SqlParam[]): Promise<T | undefined>;
  run(text: string, params?: readonly SqlParam[]): Promise<{ changes: number }>;
  /** Inserts one typed row (Prisma's types, sql-values.ts); the new id (RETURNING "id"). */
  insert<K extends keyof SqlRows>(table: K, row: SqlRows[K]): Promise<number>;
  /**
   * Runs `work` in one transaction: all of it is stored, or none of it, and what `work` threw is
   * rethrown as it is. Inside a transaction, `tx.transaction` joins the outer one and takes its
   * `lockKeys` then: the way to lock rows learnt mid-way (`tx.transaction(async () => undefined,
   * { lockKeys })`). Keys taken late, in another order than other transactions take them, can
   * deadlock on PostgreSQL; the retry covers that.
   */
  transaction<T>(work: (tx: Sql) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}

/** The store at `url`: postgres:// or postgresql:// → PostgreSQL; anything else a SQLite file. */
export async function openSql(url: string, options: SqlOptions = {}): Promise<Sql> {
  return isPostgresUrl(url) ? openPostgresSql(url, options) : openSqliteSql(databaseFile(url), options);
}
