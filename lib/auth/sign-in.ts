/**
 * Checks credentials under the rate limit and writes the security log. The answer never says
 * whether the address or the password was wrong, and an unknown address costs the same hashing
 * as a wrong password. An account with two-factor sign-in gets a session that waits for its code.
 */
import { recordSecurityEvent } from '../security-log/record';
import type { Sql } from '../store/sql';
import { verifyDecoy, verifyPassword } from './password';
import { claimSignInAttempt, forgiveAttempt } from './rate-limit';
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

export async function signIn(sql: Sql, options: SignInOptions): Promise<SignInResult> {
  const now = options.now ?? new Date();
  const who = { email: options.email, address: options.address, now };
  const logged = { email: options.email, address: options.address, userAgent: options.userAgent, at: now };
  // Checked and counted now, before the slow hash, in one transaction (rate-limit.ts).
  const { throttle, attemptIds } = await claimSignInAttempt(sql, who, async (tx, refused) => {
    await recordSecurityEvent(tx, {
      ...logged,
      kind: 'sign_in_throttled',
      outcome: 'failure',
      userId: await userIdOf(tx, options.email),
      detail: { limit: refused.limit, retryAfterSeconds: refused.retryAfterSeconds },
    });
  });
  if (throttle.retryAfterSeconds > 0) {
    return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
  }

  const user = await sql.get<{
    id: number;
    passwordHash: string;
    disabledAt: string | null;
    totpEnabledAt: string | null;
  }>('SELECT "id", "passwordHash", "disabledAt", "totpEnabledAt" FROM "User" WHERE "email" = ?', [
    options.email,
  ]);
  const valid = user
    ? await verifyPassword(user.passwordHash, options.password)
    : await verifyDecoy(options.password);
  if (!user || !valid || user.disabledAt !== null) {
    await recordSecurityEvent(sql, {
      ...logged,
      kind: 'sign_in',
      outcome: 'failure',
      userId: user?.id ?? null,
      detail: { reason: !user ? 'unknown account' : !valid ? 'wrong password' : 'account disabled' },
    });
    return { ok: false, reason: 'invalid' };
  }
  const pendingTotp = user.totpEnabledAt !== null;
  return sql.transaction(async (tx) => {
    await forgiveAttempt(tx, { email: options.email, address: options.address, attemptIds });
    await recordSecurityEvent(tx, {
      ...logged,
      kind: 'sign_in',
      outcome: 'success',
      userId: user.id,
      ...(pendingTotp ? { detail: { secondFactor: 'required' } } : {}),
    });
    const session = await createSession(tx, {
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

async function userIdOf(sql: Sql, email: string): Promise<number | null> {
  const row = await sql.get<{ id: number }>('SELECT "id" FROM "User" WHERE "email" = ?', [
    email.toLowerCase(),
  ]);
  return row?.id ?? null;
}
