/**
 * lib/store/sql.ts on SQLite: better-sqlite3 underneath, made safe to use asynchronously.
 *
 * The pitfall (shared/docs/offline-toolchain.md): a transaction left open across an `await` on a
 * shared connection swallows every other request's write issued meanwhile, and loses it if it
 * rolls back. So, per process and store file:
 * - one write connection, guarded by an async mutex that EVERY write takes: a transaction for
 *   its whole life, a statement outside one for that statement. A write issued while a
 *   transaction awaits waits for it instead of landing inside it.
 * - transactions are BEGIN IMMEDIATE inside the mutex: other processes wait on SQLite's busy
 *   timeout. That wait is synchronous (better-sqlite3 blocks the event loop), and the mutex keeps
 *   it to one transaction per process. Hence also: await nothing slow inside a transaction.
 * - a read-only connection for reads outside transactions, so they never see a transaction's
 *   uncommitted rows (WAL: each sees the last commit). A statement sent to all/get that writes
 *   (RETURNING) goes to the write path.
 * lockKeys need nothing here: one IMMEDIATE transaction at a time already serialises them.
 *
 * This connection is not the synchronous one of write-connection.ts: while step 3 converts the
 * callers, a synchronous write meeting an open async transaction waits on the busy timeout and
 * fails loudly (StoreBusyError) instead of joining it silently.
 */
import Database from 'better-sqlite3';
import type { Sql, SqlOptions, SqlParam, TransactionOptions } from './sql';
import { fromSqliteError } from './sql-errors';
import { insertedId, insertStatement } from './sql-insert';
import { type SqlRows, sqlDateTime } from './sql-values';

type Value = string | number | null;

/** A promise-chain mutex: callers run one at a time, in the order they asked. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();

  async lock(): Promise<() => void> {
    const previous = this.tail;
    let release: () => void = () => undefined;
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    return release;
  }
}

interface Store {
  file: string;
  write: Database.Database;
  read: Database.Database;
  mutex: Mutex;
  users: number;
  /** The write connection's busy timeout now: each Sql sets its own while it holds the mutex. */
  timeout: number;
}

const stores = new Map<string, Store>();

function openStore(file: string, timeout: number): Store {
  const open = stores.get(file);
  if (open) {
    open.users++;
    return open;
  }
  const write = new Database(file, { fileMustExist: true, timeout });
  write.pragma('journal_mode = WAL');
  write.pragma('foreign_keys = ON');
  const read = new Database(file, { fileMustExist: true, readonly: true, timeout });
  const store = { file, write, read, mutex: new Mutex(), users: 1, timeout };
  stores.set(file, store);
  return store;
}

/** SQLite takes no JS booleans or Dates: 0/1, and ISO text as Prisma stores DateTime. */
function toSqlite(params: readonly SqlParam[]): Value[] {
  return params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p instanceof Date ? sqlDateTime(p) : p));
}

function call<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw fromSqliteError(error);
  }
}

class SqliteSql implements Sql {
  readonly dialect = 'sqlite' as const;
  private closed = false;

  /** `inTransaction`: this is a transaction's `tx`, running on the write connection it holds. */
  constructor(
    private readonly store: Store,
    private readonly options: SqlOptions,
    private readonly inTransaction = false,
  ) {}

  private check(): void {
    if (this.closed) throw new Error('This Sql (or transaction) is closed');
  }

  /** Takes the write mutex, with this Sql's busy timeout on the write connection. */
  private async lockWrites(): Promise<() => void> {
    const release = await this.store.mutex.lock();
    const timeout = this.options.busyTimeoutMs ?? 5000;
    if (this.store.timeout !== timeout) {
      this.store.write.pragma(`busy_timeout = ${Math.trunc(timeout)}`);
      this.store.timeout = timeout;
    }
    return release;
  }

  /** Runs a statement: in the transaction, or on the read connection, or as a write alone. */
  private async statement<T>(text: string, use: (s: Database.Statement<Value[]>) => T): Promise<T> {
    this.check();
    if (this.inTransaction) return call(() => use(this.store.write.prepare<Value[]>(text)));
    const reader = call(() => this.store.read.prepare<Value[]>(text));
    if (reader.readonly) return call(() => use(reader));
    const release = await this.lockWrites();
    try {
      return call(() => use(this.store.write.prepare<Value[]>(text)));
    } finally {
      release();
    }
  }

  all<T extends object>(text: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return this.statement(text, (s) => s.all(...toSqlite(params)) as T[]);
  }

  get<T extends object>(text: string, params: readonly SqlParam[] = []): Promise<T | undefined> {
    return this.statement(text, (s) => s.get(...toSqlite(params)) as T | undefined);
  }

  run(text: string, params: readonly SqlParam[] = []): Promise<{ changes: number }> {
    return this.statement(text, (s) => ({ changes: s.run(...toSqlite(params)).changes }));
  }

  async insert<K extends keyof SqlRows>(table: K, row: SqlRows[K]): Promise<number> {
    const { text, params } = insertStatement(table, row);
    return insertedId(table, await this.get<{ id: number }>(text, params));
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>, _options?: TransactionOptions): Promise<T> {
    this.check();
    if (this.inTransaction) return work(this);
    const { write } = this.store;
    const release = await this.lockWrites();
    const tx = new SqliteSql(this.store, this.options, true);
    try {
      call(() => write.exec('BEGIN IMMEDIATE'));
      try {
        const result = await work(tx);
        await this.options.beforeCommit?.(tx);
        call(() => write.exec('COMMIT'));
        return result;
      } catch (error) {
        if (write.inTransaction) write.exec('ROLLBACK');
        throw error;
      }
    } finally {
      tx.closed = true;
      release();
    }
  }

  async close(): Promise<void> {
    if (this.closed || this.inTransaction) return;
    this.closed = true;
    const release = await this.store.mutex.lock();
    try {
      if (--this.store.users > 0) return;
      stores.delete(this.store.file);
      this.store.read.close();
      this.store.write.close();
    } finally {
      release();
    }
  }
}

/** The Sql of the SQLite file at `file` (shared connections per process; see the header). */
export async function openSqliteSql(file: string, options: SqlOptions = {}): Promise<Sql> {
  return new SqliteSql(openStore(file, options.busyTimeoutMs ?? 5000), options);
}
