/**
 * lib/store/sql.ts on PostgreSQL: a node-postgres Pool in UTC (postgres-config.ts). A transaction
 * is one pooled client from BEGIN to COMMIT or ROLLBACK, released on every path; its lockKeys are
 * transaction-scoped advisory locks taken in sorted order (so two transactions naming the same
 * keys cannot deadlock on them). A serialization failure or deadlock (40001, 40P01) rolls back
 * and runs the whole work again, at most RETRIES times, then gives StoreBusyError: the work must
 * be re-runnable (no side effects outside the store, nothing kept from a failed attempt).
 *
 * Values leave in SQLite's shapes (sql.ts) by node-postgres type parsers for this pool only, so
 * rows are never walked twice: timestamps as sqlDateTime text (not Date: better-sqlite3 gives
 * text, unlike Prisma's adapter, which queryRows follows), int8 and numeric as numbers, booleans
 * as 1/0, json and jsonb left as their text.
 */
import pg from 'pg';
import { renderPlaceholders } from './dialect';
import { postgresPoolConfig } from './postgres-config';
import type { Sql, SqlOptions, SqlParam, TransactionOptions } from './sql';
import { fromPostgresError, isRetryablePostgresError, StoreBusyError } from './sql-errors';
import { insertedId, insertStatement } from './sql-insert';
import type { SqlRows } from './sql-values';
import { sqlDateTime } from './sql-values';

/** Times a transaction is tried when it fails on serialization or deadlock. */
const RETRIES = 3;

const OID = { bool: 16, int8: 20, json: 114, numeric: 1700, timestamp: 1114, timestamptz: 1184, jsonb: 3802 };

/** PostgreSQL's `2025-04-03 10:00:00.5` (UTC, TimeZone=UTC) → `2025-04-03T10:00:00.500+00:00`. */
function utcText(text: string): string {
  return sqlDateTime(new Date(`${text.replace(' ', 'T')}Z`));
}

const parsers: Record<number, (text: string) => unknown> = {
  [OID.bool]: (t) => (t === 't' ? 1 : 0),
  [OID.int8]: Number,
  [OID.numeric]: Number,
  [OID.timestamp]: utcText,
  [OID.timestamptz]: (t) => sqlDateTime(new Date(t)),
  [OID.json]: (t) => t,
  [OID.jsonb]: (t) => t,
};

const types = {
  getTypeParser: ((oid: number, format?: string) =>
    parsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** Dates as the UTC text a `timestamp` takes (node-postgres would send local time). */
function toPostgres(params: readonly SqlParam[]): (string | number | boolean | null)[] {
  return params.map((p) => (p instanceof Date ? sqlDateTime(p) : p));
}

type Queryable = pg.Pool | pg.PoolClient;

async function query<T>(
  on: Queryable,
  text: string,
  params: readonly SqlParam[],
): Promise<pg.QueryResult & { rows: T[] }> {
  try {
    return await on.query(renderPlaceholders(text, 'postgres'), toPostgres(params));
  } catch (error) {
    throw fromPostgresError(error);
  }
}

class PostgresSql implements Sql {
  readonly dialect = 'postgres' as const;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: SqlOptions,
    private readonly client?: pg.PoolClient,
  ) {}

  private on(): Queryable {
    if (this.closed) throw new Error('This Sql (or transaction) is closed');
    return this.client ?? this.pool;
  }

  async all<T extends object>(text: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return (await query<T>(this.on(), text, params)).rows;
  }

  async get<T extends object>(text: string, params: readonly SqlParam[] = []): Promise<T | undefined> {
    return (await query<T>(this.on(), text, params)).rows[0];
  }

  async run(text: string, params: readonly SqlParam[] = []): Promise<{ changes: number }> {
    return { changes: (await query(this.on(), text, params)).rowCount ?? 0 };
  }

  async insert<K extends keyof SqlRows>(table: K, row: SqlRows[K]): Promise<number> {
    const { text, params } = insertStatement(table, row);
    return insertedId(table, await this.get<{ id: number }>(text, params));
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    if (this.client) {
      await this.lock(this.client, options.lockKeys);
      return work(this);
    }
    this.on();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(work, options);
      } catch (error) {
        if (!isRetryablePostgresError(error)) throw error;
        if (attempt >= RETRIES) throw new StoreBusyError(error);
      }
    }
  }

  private async attempt<T>(work: (tx: Sql) => Promise<T>, options: TransactionOptions): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw fromPostgresError(error);
    }
    const tx = new PostgresSql(this.pool, this.options, client);
    let broken: Error | undefined;
    try {
      await query(client, 'BEGIN', []);
      try {
        await this.lock(client, options.lockKeys);
        const result = await work(tx);
        await this.options.beforeCommit?.(tx);
        await query(client, 'COMMIT', []);
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollback: Error) => {
          broken = rollback;
        });
        // A statement's error reached the work as our class; retrying needs the driver's code.
        throw error instanceof StoreBusyError && isRetryablePostgresError(error.cause) ? error.cause : error;
      }
    } finally {
      tx.closed = true;
      // A client whose ROLLBACK failed is in an unknown state: destroyed, not pooled.
      client.release(broken);
    }
  }

  private async lock(client: pg.PoolClient, keys: readonly string[] = []): Promise<void> {
    for (const key of [...new Set(keys)].sort()) {
      await query(client, 'SELECT pg_advisory_xact_lock(hashtext(?))', [key]);
    }
  }

  async close(): Promise<void> {
    if (this.client || this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/** The Sql of the PostgreSQL database at `url`: its own pool, ended by close(). */
export async function openPostgresSql(url: string, options: SqlOptions = {}): Promise<Sql> {
  const config = postgresPoolConfig(url);
  const lockTimeout = `-c lock_timeout=${options.busyTimeoutMs ?? 5000}`;
  const pool = new pg.Pool({ ...config, options: `${config.options} ${lockTimeout}`, types });
  // An idle client's connection error would otherwise crash the process; the next query on the
  // pool fails with its own error instead.
  pool.on('error', () => undefined);
  return new PostgresSql(pool, options);
}
