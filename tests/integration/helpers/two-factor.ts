/**
 * Turns two-factor sign-in on for a test account through the real set-up path, as an admin must
 * have it before the app lets them act. Returns the secret, to compute codes from.
 */
import { totpCode } from '@/lib/auth/totp';
import type { Sql } from '@/lib/store/sql';
import { confirmTotpEnrolment, startTotpEnrolment } from '@/lib/users/totp-mutations';

export async function enrolTwoFactor(
  sql: Sql,
  options: { userId: number; sessionSecret: string; now?: Date },
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const now = options.now ?? new Date();
  const context = { address: 'test' };
  const secret = await startTotpEnrolment(sql, { ...options, context, now });
  const recoveryCodes = await confirmTotpEnrolment(sql, {
    ...options,
    context,
    now,
    code: totpCode(secret, now),
  });
  return { secret, recoveryCodes };
}
