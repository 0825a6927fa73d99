/**
 * Sign-in throttling, per account and per address, kept in the database so it survives a restart
 * and holds across processes. Only failures count; a success clears the account's failures.
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

export function recordSignInFailure(
  sql: SqlConnection,
  options: { email: string; address: string; now: Date },
): void {
  const at = sqlDateTime(options.now);
  const insert = sql.prepare('INSERT INTO "LoginAttempt" (key, at) VALUES (?, ?)');
  insert.run(accountKey(options.email), at);
  insert.run(addressKey(options.address), at);
  sql
    .prepare('DELETE FROM "LoginAttempt" WHERE at < ?')
    .run(sqlDateTime(new Date(options.now.getTime() - LOGIN_WINDOW_MS)));
}

export function clearAccountFailures(sql: SqlConnection, email: string): void {
  sql.prepare('DELETE FROM "LoginAttempt" WHERE key = ?').run(accountKey(email));
}
