/**
 * Checks credentials under the rate limit and writes the security log. The answer never says
 * whether the address or the password was wrong, and an unknown address costs the same hashing
 * as a wrong password. An account with two-factor sign-in gets a session that waits for its code.
 */
import { recordSecurityEvent } from '../security-log/record';
import { type SqlConnection, writeTransaction } from '../store/write-connection';
import { verifyDecoy, verifyPassword } from './password';
import { forgiveAttempt, recordSignInAttempt, signInThrottle } from './rate-limit';
import { createSession } from './sessions';

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; userId: number; pendingTotp: boolean }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export const SIGN_IN_FAILED = 'That email and password do not match an active account.';

export interface SignInOptions {
  email: string;
  password: string;
  address: string;
  userAgent?: string;
  secret: string;
  now?: Date;
}

export async function signIn(sql: SqlConnection, options: SignInOptions): Promise<SignInResult> {
  const now = options.now ?? new Date();
  const who = { email: options.email, address: options.address, now };
  const logged = { email: options.email, address: options.address, userAgent: options.userAgent, at: now };
  const throttle = signInThrottle(sql, who);
  if (throttle.retryAfterSeconds > 0) {
    recordSecurityEvent(sql, {
      ...logged,
      kind: 'sign_in_throttled',
      outcome: 'failure',
      userId: userIdOf(sql, options.email),
      detail: { limit: throttle.limit, retryAfterSeconds: throttle.retryAfterSeconds },
    });
    return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
  }
  // Counted now, before the slow hash, in the same synchronous step as the check above.
  const attemptIds = recordSignInAttempt(sql, who);

  const user = sql
    .prepare('SELECT id, passwordHash, disabledAt, totpEnabledAt FROM "User" WHERE email = ?')
    .get(options.email) as
    | { id: number; passwordHash: string; disabledAt: string | null; totpEnabledAt: string | null }
    | undefined;
  const valid = user
    ? await verifyPassword(user.passwordHash, options.password)
    : await verifyDecoy(options.password);
  if (!user || !valid || user.disabledAt !== null) {
    recordSecurityEvent(sql, {
      ...logged,
      kind: 'sign_in',
      outcome: 'failure',
      userId: user?.id ?? null,
      detail: { reason: !user ? 'unknown account' : !valid ? 'wrong password' : 'account disabled' },
    });
    return { ok: false, reason: 'invalid' };
  }
  const pendingTotp = user.totpEnabledAt !== null;
  return writeTransaction(sql, () => {
    forgiveAttempt(sql, { email: options.email, address: options.address, attemptIds });
    recordSecurityEvent(sql, {
      ...logged,
      kind: 'sign_in',
      outcome: 'success',
      userId: user.id,
      ...(pendingTotp ? { detail: { secondFactor: 'required' } } : {}),
    });
    const session = createSession(sql, {
      secret: options.secret,
      userId: user.id,
      now,
      address: options.address,
      userAgent: options.userAgent,
      pendingTotp,
    });
    return { ok: true as const, userId: user.id, pendingTotp, ...session };
  });
}

function userIdOf(sql: SqlConnection, email: string): number | null {
  const row = sql.prepare('SELECT id FROM "User" WHERE email = ?').get(email.toLowerCase()) as
    | { id: number }
    | undefined;
  return row?.id ?? null;
}
