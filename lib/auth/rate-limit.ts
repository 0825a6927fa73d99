/**
 * Sign-in throttling, per account and per address, kept in the database so it survives a restart
 * and holds across processes. Attempts count from the moment they arrive; a success is forgiven and
 * clears the account's failures.
 */
import { sqlDateTime } from '../store/sql-values';
import type { SqlConnection } from '../store/write-connection';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

const accountKey = (email: string) => `account:${email.toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

/** Seconds until another attempt is allowed, or 0 when one is allowed now. */
export function signInRetryAfter(
  sql: SqlConnection,
  options: { email: string; address: string; now: Date },
): number {
  const since = sqlDateTime(new Date(options.now.getTime() - LOGIN_WINDOW_MS));
  const check = (key: string, max: number): number => {
    const rows = sql
      .prepare('SELECT at FROM "LoginAttempt" WHERE key = ? AND at > ? ORDER BY at DESC LIMIT ?')
      .all(key, since, max) as { at: string }[];
    if (rows.length < max) return 0;
    // Blocked until the oldest of the last `max` failures leaves the window.
    const oldest = Date.parse(rows[rows.length - 1]?.at ?? '');
    return Math.max(1, Math.ceil((oldest + LOGIN_WINDOW_MS - options.now.getTime()) / 1000));
  };
  return Math.max(
    check(accountKey(options.email), MAX_FAILURES_PER_ACCOUNT),
    check(addressKey(options.address), MAX_FAILURES_PER_ADDRESS),
  );
}

/**
 * Counts an attempt before its password is checked, so that parallel guesses cannot all pass the
 * limit while the (slow) hashing runs; a success takes its rows back with `forgiveAttempt`.
 * Returns the rows written.
 */
export function recordSignInAttempt(
  sql: SqlConnection,
  options: { email: string; address: string; now: Date },
): number[] {
  const at = sqlDateTime(options.now);
  const insert = sql.prepare('INSERT INTO "LoginAttempt" (key, at) VALUES (?, ?)');
  const ids = [
    Number(insert.run(accountKey(options.email), at).lastInsertRowid),
    Number(insert.run(addressKey(options.address), at).lastInsertRowid),
  ];
  sql
    .prepare('DELETE FROM "LoginAttempt" WHERE at < ?')
    .run(sqlDateTime(new Date(options.now.getTime() - LOGIN_WINDOW_MS)));
  return ids;
}

/** A successful sign-in: its own attempt does not count, and the account's failures are cleared. */
export function forgiveAttempt(sql: SqlConnection, options: { email: string; attemptIds: number[] }): void {
  const remove = sql.prepare('DELETE FROM "LoginAttempt" WHERE id = ?');
  for (const id of options.attemptIds) remove.run(id);
  sql.prepare('DELETE FROM "LoginAttempt" WHERE key = ?').run(accountKey(options.email));
}
