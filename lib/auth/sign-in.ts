/**
 * Checks credentials under the rate limit. The answer never says whether the address or the
 * password was wrong, and an unknown address costs the same hashing as a wrong password.
 */
import type { SqlConnection } from '../store/write-connection';
import { verifyDecoy, verifyPassword } from './password';
import { forgiveAttempt, recordSignInAttempt, signInRetryAfter } from './rate-limit';
import { createSession } from './sessions';

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; userId: number }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export const SIGN_IN_FAILED = 'That email and password do not match an active account.';

export async function signIn(
  sql: SqlConnection,
  options: { email: string; password: string; address: string; secret: string; now?: Date },
): Promise<SignInResult> {
  const now = options.now ?? new Date();
  const who = { email: options.email, address: options.address, now };
  const retryAfterSeconds = signInRetryAfter(sql, who);
  if (retryAfterSeconds > 0) return { ok: false, reason: 'throttled', retryAfterSeconds };
  // Counted now, before the slow hash, in the same synchronous step as the check above.
  const attemptIds = recordSignInAttempt(sql, who);

  const user = sql
    .prepare('SELECT id, passwordHash, disabledAt FROM "User" WHERE email = ?')
    .get(options.email) as { id: number; passwordHash: string; disabledAt: string | null } | undefined;
  const valid = user
    ? await verifyPassword(user.passwordHash, options.password)
    : await verifyDecoy(options.password);
  if (!user || !valid || user.disabledAt !== null) return { ok: false, reason: 'invalid' };
  forgiveAttempt(sql, { email: options.email, attemptIds });
  const session = createSession(sql, { secret: options.secret, userId: user.id, now });
  return { ok: true, userId: user.id, ...session };
}
