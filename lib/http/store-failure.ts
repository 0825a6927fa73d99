/**
 * Store failures that are no bug in the request or the code, told apart by SQLite's own error
 * codes (better-sqlite3 puts them on `code`; Prisma's driver adapter wraps them in `cause`), or
 * by the SQL interface's StoreBusyError (lib/store/sql-errors.ts), which both stores throw.
 */
import { StoreBusyError } from '../store/sql-errors';

export type StoreFailure = 'full' | 'busy';

export function storeFailure(error: unknown): StoreFailure | null {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (e instanceof StoreBusyError) return 'busy';
    const { code, kind } = e as { code?: unknown; kind?: unknown };
    if (code === 'SQLITE_FULL') return 'full';
    if ((typeof code === 'string' && code.startsWith('SQLITE_BUSY')) || kind === 'SocketTimeout')
      return 'busy';
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}
