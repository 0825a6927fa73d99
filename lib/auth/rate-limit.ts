/**
 * Sign-in throttling, kept in the database so it survives a restart and holds across processes.
 * It must bound online guessing without letting someone who knows an address keep its owner out:
 *
 * - one account from one client address: 5 failures per 15 minutes, then that pair waits until
 *   the oldest leaves the window (the owner elsewhere is not affected);
 * - one client address, any accounts: 20 failures per 15 minutes (password spraying);
 * - one account from all addresses together: 10 failures per hour pass freely; past that, each
 *   attempt from an address the account has not signed in from in the last 30 days must wait
 *   1 s, 2 s, 4 s, … (at most 15 minutes) after the account's latest failure. No hard lockout:
 *   the owner's usual address is exempt, and a new one waits at most 15 minutes. Guessing from
 *   many addresses is held to ~23 passwords per hour per account.
 *
 * Attempts count from the moment they arrive (before the slow hash, so parallel guesses cannot
 * all pass); a success takes its own rows back and clears its pair's failures.
 */
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_PAIR = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const ACCOUNT_WINDOW_MS = 60 * 60 * 1000;
export const ACCOUNT_FREE_FAILURES = 10;
export const MAX_ACCOUNT_DELAY_MS = 15 * 60 * 1000;
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;

export type ThrottleLimit = 'pair' | 'address' | 'account';

const accountKey = (email: string) => `account:${email.toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;
const pairKey = (email: string, address: string) => `pair:${email.toLowerCase()}|${address}`;

export interface Who {
  email: string;
  address: string;
  now: Date;
}

export interface Throttle {
  retryAfterSeconds: number;
  limit?: ThrottleLimit;
}

/** Seconds until the oldest of the last `max` attempts under `key` leaves the window, or 0. */
async function windowWait(sql: Sql, key: string, max: number, now: Date): Promise<number> {
  const since = sqlDateTime(new Date(now.getTime() - LOGIN_WINDOW_MS));
  const rows = await sql.all<{ at: string }>(
    `SELECT "at" FROM "LoginAttempt" WHERE "key" = ? AND "at" > ? AND "at" <= ? ORDER BY "at" DESC LIMIT ?`,
    [key, since, sqlDateTime(now), max],
  );
  if (rows.length < max) return 0;
  const oldest = Date.parse(rows[rows.length - 1]?.at ?? '');
  return Math.max(1, Math.ceil((oldest + LOGIN_WINDOW_MS - now.getTime()) / 1000));
}

/** Has the account signed in from this address recently? (Read from the security log.) */
async function isKnownAddress(sql: Sql, who: Who): Promise<boolean> {
  const since = sqlDateTime(new Date(who.now.getTime() - KNOWN_ADDRESS_MS));
  const found = await sql.get(
    `SELECT 1 AS "found" FROM "SecurityEvent"
     WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = ?) AND "at" > ?
       AND "at" <= ? AND "kind" = 'sign_in' AND "outcome" = 'success' AND "address" = ? LIMIT 1`,
    [who.email.toLowerCase(), since, sqlDateTime(who.now), who.address],
  );
  return found !== undefined;
}

/** The progressive delay past the account's free failures, for addresses it does not know. */
async function accountWait(sql: Sql, who: Who): Promise<number> {
  const since = sqlDateTime(new Date(who.now.getTime() - ACCOUNT_WINDOW_MS));
  const row = (await sql.get<{ n: number; latest: string | null }>(
    `SELECT count(*) AS "n", max("at") AS "latest" FROM "LoginAttempt" WHERE "key" = ? AND "at" > ? AND "at" <= ?`,
    [accountKey(who.email), since, sqlDateTime(who.now)],
  )) ?? { n: 0, latest: null };
  if (row.n < ACCOUNT_FREE_FAILURES || !row.latest) return 0;
  if (await isKnownAddress(sql, who)) return 0;
  const delay = Math.min(1000 * 2 ** (row.n - ACCOUNT_FREE_FAILURES), MAX_ACCOUNT_DELAY_MS);
  const wait = Date.parse(row.latest) + delay - who.now.getTime();
  return wait > 0 ? Math.ceil(wait / 1000) : 0;
}

/** How long until another attempt is allowed (0: now), and which limit holds it. */
export async function signInThrottle(sql: Sql, who: Who): Promise<Throttle> {
  const waits: [ThrottleLimit, number][] = [
    ['pair', await windowWait(sql, pairKey(who.email, who.address), MAX_FAILURES_PER_PAIR, who.now)],
    ['address', await windowWait(sql, addressKey(who.address), MAX_FAILURES_PER_ADDRESS, who.now)],
    ['account', await accountWait(sql, who)],
  ];
  const [limit, retryAfterSeconds] = waits.reduce((a, b) => (b[1] > a[1] ? b : a));
  return retryAfterSeconds > 0 ? { retryAfterSeconds, limit } : { retryAfterSeconds: 0 };
}

/**
 * Counts an attempt before its password is checked, so that parallel guesses cannot all pass the
 * limit while the (slow) hashing runs; a success takes its rows back with `forgiveAttempt`.
 * Returns the rows written.
 */
export async function recordSignInAttempt(sql: Sql, who: Who): Promise<number[]> {
  const at = sqlDateTime(who.now);
  const ids: number[] = [];
  for (const key of [accountKey(who.email), addressKey(who.address), pairKey(who.email, who.address)]) {
    const row = await sql.get<{ id: number }>(
      `INSERT INTO "LoginAttempt" ("key", "at") VALUES (?, ?) RETURNING "id"`,
      [key, at],
    );
    ids.push(Number(row?.id));
  }
  await sql.run(`DELETE FROM "LoginAttempt" WHERE "at" < ?`, [
    sqlDateTime(new Date(who.now.getTime() - Math.max(LOGIN_WINDOW_MS, ACCOUNT_WINDOW_MS))),
  ]);
  return ids;
}

/**
 * The throttle check and, when it lets the attempt through, its count, in one transaction: two
 * parallel guesses (in this process or another, on SQLite or PostgreSQL) cannot both read the
 * count before either adds to it. Locked on the account and the address, the counters the check
 * reads (the pair's is the account's too). `throttled` runs in that transaction when the attempt
 * is refused (the security log entry that goes with it).
 */
export function claimSignInAttempt(
  sql: Sql,
  who: Who,
  throttled?: (tx: Sql, throttle: Throttle) => Promise<void>,
): Promise<{ throttle: Throttle; attemptIds: number[] }> {
  return sql.transaction(
    async (tx) => {
      const throttle = await signInThrottle(tx, who);
      if (throttle.retryAfterSeconds > 0) {
        await throttled?.(tx, throttle);
        return { throttle, attemptIds: [] };
      }
      return { throttle, attemptIds: await recordSignInAttempt(tx, who) };
    },
    { lockKeys: [`login:${accountKey(who.email)}`, `login:${addressKey(who.address)}`] },
  );
}

/**
 * A successful sign-in: its own attempt does not count, and its pair's failures are cleared. The
 * account's failures from elsewhere stay: the owner signing in must not reset an attacker's delay.
 */
export async function forgiveAttempt(
  sql: Sql,
  options: { email: string; address: string; attemptIds: number[] },
): Promise<void> {
  if (options.attemptIds.length > 0) {
    await sql.run(
      `DELETE FROM "LoginAttempt" WHERE "id" IN (${options.attemptIds.map(() => '?').join(', ')})`,
      options.attemptIds,
    );
  }
  await sql.run(`DELETE FROM "LoginAttempt" WHERE "key" = ?`, [pairKey(options.email, options.address)]);
}
