/** What the two-factor page shows: the state, and a set-up in progress (its secret, to scan or type). */
import { openTotpSecret, SecretUnreadableError } from '../auth/secret-box';
import { groupedSecret, totpUri } from '../auth/totp';
import type { SqlConnection } from '../store/write-connection';

export type TwoFactorStatus =
  | { state: 'on'; since: string; recoveryCodesLeft: number }
  | { state: 'setting_up'; uri: string; grouped: string }
  | { state: 'off' };

export function twoFactorStatus(
  sql: SqlConnection,
  options: { userId: number; sessionSecret: string },
): TwoFactorStatus {
  const row = sql
    .prepare('SELECT email, totpSecret, totpEnabledAt FROM "User" WHERE id = ?')
    .get(options.userId) as
    | { email: string; totpSecret: string | null; totpEnabledAt: string | null }
    | undefined;
  if (!row) return { state: 'off' };
  if (row.totpEnabledAt !== null) {
    const left = sql
      .prepare('SELECT count(*) AS n FROM "RecoveryCode" WHERE userId = ? AND usedAt IS NULL')
      .get(options.userId) as { n: number };
    return { state: 'on', since: new Date(row.totpEnabledAt).toISOString(), recoveryCodesLeft: left.n };
  }
  if (!row.totpSecret) return { state: 'off' };
  try {
    const secret = openTotpSecret({
      sessionSecret: options.sessionSecret,
      userId: options.userId,
      sealed: row.totpSecret,
    });
    return { state: 'setting_up', uri: totpUri(secret, row.email), grouped: groupedSecret(secret) };
  } catch (error) {
    // Sealed under an earlier SESSION_SECRET: the set-up starts again.
    if (error instanceof SecretUnreadableError) return { state: 'off' };
    throw error;
  }
}
