/**
 * The store's failures as one set of classes on both stores (lib/store/sql.ts), so callers and
 * lib/http/store-failure.ts test a class, not SQLite's or PostgreSQL's codes. Anything else
 * (including what a transaction's own work throws) passes through unchanged.
 */

/** A UNIQUE or PRIMARY KEY constraint refused the write (SQLITE_CONSTRAINT_UNIQUE, 23505). */
export class UniqueViolationError extends Error {
  constructor(cause: unknown) {
    super('A row with the same unique key is already stored', { cause });
    this.name = 'UniqueViolationError';
  }
}

/**
 * Another writer held the lock for longer than the busy timeout (SQLITE_BUSY; PostgreSQL's
 * lock_timeout 55P03), or a PostgreSQL transaction kept failing on serialization or deadlock
 * (40001, 40P01) after its retries. Nobody's bug: the request may be tried again (HTTP 503).
 */
export class StoreBusyError extends Error {
  constructor(cause: unknown) {
    super('The store is busy with other writes; try again', { cause });
    this.name = 'StoreBusyError';
  }
}

function codeOf(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { code } = error as { code?: unknown };
  return typeof code === 'string' ? code : undefined;
}

/** better-sqlite3's SqliteError → our class; anything else as it is. */
export function fromSqliteError(error: unknown): unknown {
  const code = codeOf(error);
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
    return new UniqueViolationError(error);
  if (code?.startsWith('SQLITE_BUSY')) return new StoreBusyError(error);
  return error;
}

/** PostgreSQL's serialization failure and deadlock: the whole transaction may be run again. */
export function isRetryablePostgresError(error: unknown): boolean {
  const code = codeOf(error);
  return code === '40001' || code === '40P01';
}

/** node-postgres's DatabaseError → our class; anything else as it is. */
export function fromPostgresError(error: unknown): unknown {
  const code = codeOf(error);
  if (code === '23505') return new UniqueViolationError(error);
  if (code === '55P03' || isRetryablePostgresError(error)) return new StoreBusyError(error);
  return error;
}
