/**
 * Copies a SQLite store into an empty PostgreSQL store, both migrated to the current version
 * (`npm run db:copy`, lib/cli/db-copy.ts): every table in foreign-key order, in one PostgreSQL
 * transaction, so a copy that fails leaves the target as it was. The source is read in one read
 * transaction (a consistent snapshot while the app goes on writing to it).
 *
 * The store's own triggers are off during the copy (`ALTER TABLE … DISABLE TRIGGER USER`, undone
 * before commit), so the counters (StoreVersion, MonthVersion), the grade queue and dateLast
 * arrive exactly as they are rather than bumped by every row. That needs only table ownership,
 * where `session_replication_role = replica` needs a superuser, and it keeps foreign keys checked:
 * a source with dangling references is refused rather than copied.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { POSTGRES_MIGRATIONS_DIR } from '../../prisma/postgres/paths';
import { type PgValue, valueConverter } from './copy-values';
import {
  compareMigrations,
  listMigrationNames,
  migrationsCurrent,
  migrationsDir,
  readAppliedMigrations,
} from './migrations';
import { postgresPoolConfig } from './postgres-config';
import { type PgTable, quoteIdent as q, readPgAppliedMigrations, readPgTables } from './postgres-tables';

/**
 * Not copied. Sessions: everyone signs in again on the new store (a move is a cutover, and a
 * copy taken from a backup file would revive sessions ended since). Login attempts: a rate
 * limit's window of minutes, meaningless once the copy is done.
 */
export const NOT_COPIED: Record<string, string> = {
  Session: 'everyone signs in again',
  LoginAttempt: 'sign-in throttling starts afresh',
};

/** Counter rows the migrations insert into an empty store; replaced by the source's. */
const MIGRATION_ROWS = new Set(['StoreVersion']);

/** The copy was refused before anything was written; the message says why and what to do. */
export class CopyRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyRefusedError';
  }
}

export interface TableCopied {
  table: string;
  rows: number;
  /** Set for a table left out (NOT_COPIED): why; `rows` is then what the source holds. */
  skipped?: string;
}

export interface CopyOptions {
  /** The SQLite store's file. */
  source: string;
  /** The PostgreSQL store's URL. */
  target: string;
  /** Rows per INSERT (default 500). */
  batchSize?: number;
  /** After each table. */
  onTable?: (copied: TableCopied) => void;
}

function refuseUnlessCurrent(what: string, state: ReturnType<typeof compareMigrations>, fix: string): void {
  if (migrationsCurrent(state)) return;
  const parts = [
    state.pending.length && `${state.pending.length} migration(s) not applied (${state.pending.join(', ')})`,
    state.unknown.length && `migrations newer than this code (${state.unknown.join(', ')})`,
    state.failed.length && `a migration that failed half-way (${state.failed.join(', ')})`,
  ].filter(Boolean);
  throw new CopyRefusedError(`The ${what} is not at this code's version: ${parts.join('; ')}. ${fix}`);
}

function openSource(file: string): Database.Database {
  let source: Database.Database;
  try {
    source = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new CopyRefusedError(`Cannot open the SQLite store ${file}: ${(error as Error).message}.`);
  }
  const applied = readAppliedMigrations(source);
  if (applied === null) {
    source.close();
    throw new CopyRefusedError(
      `${file} is not a migrated store of this tracker (no _prisma_migrations table).`,
    );
  }
  try {
    refuseUnlessCurrent(
      `SQLite store ${file}`,
      compareMigrations(listMigrationNames(migrationsDir()), applied),
      'Run `npm run db:migrate` with DATABASE_URL=file:<it> (or update the code), then copy again.',
    );
  } catch (error) {
    source.close();
    throw error;
  }
  return source;
}

const listed = (names: string[]) =>
  names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more tables` : names.join(', ');

async function checkTarget(client: pg.ClientBase, tables: PgTable[]): Promise<void> {
  const applied = await readPgAppliedMigrations(client);
  if (applied === null || !tables.length) {
    throw new CopyRefusedError(
      'The PostgreSQL database is not migrated: `npm run db:copy` migrates a new, empty one.',
    );
  }
  refuseUnlessCurrent(
    'PostgreSQL database',
    compareMigrations(listMigrationNames(POSTGRES_MIGRATIONS_DIR), applied),
    'Migrate it to this code’s version first.',
  );
  const holding: string[] = [];
  for (const table of tables) {
    if (MIGRATION_ROWS.has(table.name)) continue;
    const { rowCount } = await client.query(`SELECT 1 FROM ${q(table.name)} LIMIT 1`);
    if (rowCount) holding.push(table.name);
  }
  if (holding.length) {
    throw new CopyRefusedError(
      `The PostgreSQL database already holds data (in ${listed(holding)}): copy only into an empty, migrated database.`,
    );
  }
}

/** A self-referencing table's rows, each after the row it references (parents before children). */
function parentsFirst(rows: unknown[][], columnIndex: number, keyIndex: number): unknown[][] {
  const byKey = new Map(rows.map((r) => [r[keyIndex], r]));
  const placed = new Set<unknown>();
  const ordered: unknown[][] = [];
  const place = (row: unknown[], depth: number) => {
    if (placed.has(row[keyIndex]) || depth > rows.length) return;
    const parent = byKey.get(row[columnIndex]);
    if (parent && parent !== row) place(parent, depth + 1);
    placed.add(row[keyIndex]);
    ordered.push(row);
  };
  for (const row of rows) place(row, 0);
  return ordered;
}

async function insertBatch(client: pg.ClientBase, table: PgTable, batch: PgValue[][]): Promise<void> {
  const width = table.columns.length;
  const values = batch.map(
    (_, r) => `(${table.columns.map((c, i) => `$${r * width + i + 1}::${c.type}`).join(', ')})`,
  );
  await client.query(
    `INSERT INTO ${q(table.name)} (${table.columns.map((c) => q(c.name)).join(', ')}) VALUES ${values.join(', ')}`,
    batch.flat(),
  );
}

async function copyTable(
  source: Database.Database,
  client: pg.ClientBase,
  table: PgTable,
  batchSize: number,
): Promise<number> {
  const names = table.columns.map((c) => c.name);
  const statement = source
    .prepare(`SELECT ${names.map(q).join(', ')} FROM ${q(table.name)} ORDER BY rowid`)
    .raw(true);
  const convert = table.columns.map(valueConverter);
  const self = table.selfReference;
  // Streamed, except a self-referencing table's rows, which are reordered in memory (places).
  const rows = self
    ? parentsFirst(statement.all() as unknown[][], names.indexOf(self.column), names.indexOf(self.referenced))
    : (statement.iterate() as Iterable<unknown[]>);
  let copied = 0;
  let batch: PgValue[][] = [];
  const flush = async () => {
    try {
      await insertBatch(client, table, batch);
    } catch (error) {
      throw new Error(`rows ${copied + 1}–${copied + batch.length}: ${(error as Error).message}`);
    }
    copied += batch.length;
    batch = [];
  };
  for (const row of rows) {
    batch.push(row.map((value, i) => (convert[i] as (v: unknown) => PgValue)(value)));
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
  return copied;
}

/** Each serial column's sequence set so that the next insert gets max + 1. */
async function continueSequences(client: pg.ClientBase, table: PgTable): Promise<void> {
  for (const column of table.serialColumns) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${q(column)}) FROM ${q(table.name)}), 0) + 1, false)`,
      [q(table.name), column],
    );
  }
}

/** Copies every table; refuses (CopyRefusedError) before writing anything when it cannot. */
export async function copyToPostgres(options: CopyOptions): Promise<TableCopied[]> {
  const { batchSize = 500, onTable } = options;
  const source = openSource(options.source);
  const client = new pg.Client(postgresPoolConfig(options.target));
  try {
    await client.connect();
    const tables = await readPgTables(client);
    await checkTarget(client, tables);
    const summary: TableCopied[] = [];
    source.exec('BEGIN'); // one snapshot of the source for every table (WAL readers are not blocked)
    await client.query('BEGIN');
    try {
      for (const t of tables) await client.query(`ALTER TABLE ${q(t.name)} DISABLE TRIGGER USER`);
      for (const table of tables) {
        let done: TableCopied;
        const skipped = NOT_COPIED[table.name];
        if (skipped) {
          const { n } = source.prepare(`SELECT count(*) AS n FROM ${q(table.name)}`).get() as { n: number };
          done = { table: table.name, rows: n, skipped };
        } else {
          if (MIGRATION_ROWS.has(table.name)) await client.query(`DELETE FROM ${q(table.name)}`);
          try {
            done = { table: table.name, rows: await copyTable(source, client, table, batchSize) };
          } catch (error) {
            throw new Error(`copying ${table.name}, ${(error as Error).message}`);
          }
          await continueSequences(client, table);
        }
        summary.push(done);
        onTable?.(done);
      }
      for (const t of tables) await client.query(`ALTER TABLE ${q(t.name)} ENABLE TRIGGER USER`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    return summary;
  } finally {
    source.close(); // ends its read transaction
    await client.end().catch(() => undefined);
  }
}
