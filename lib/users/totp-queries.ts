/** What the two-factor page shows: the state, and a set-up in progress (its secret, to scan or type). */
import { openTotpSecret, SecretUnreadableError } from '../auth/secret-box';
import { groupedSecret, totpUri } from '../auth/totp';
import type { Sql } from '../store/sql';

export type TwoFactorStatus =
  | { state: 'on'; since: string; recoveryCodesLeft: number }
  | { state: 'setting_up'; uri: string; grouped: string }
  | { state: 'off' };

export async function twoFactorStatus(
  sql: Sql,
  options: { userId: number; sessionSecret: string },
): Promise<TwoFactorStatus> {
  const row = await sql.get<{ email: string; totpSecret: string | null; totpEnabledAt: string | null }>(
    'SELECT "email", "totpSecret", "totpEnabledAt" FROM "User" WHERE "id" = ?',
    [options.userId],
  );
  if (!row) return { state: 'off' };
  if (row.totpEnabledAt !== null) {
    const left = await sql.get<{ n: number }>(
      'SELECT count(*) AS "n" FROM "RecoveryCode" WHERE "userId" = ? AND "usedAt" IS NULL',
      [options.userId],
    );
    return {
      state: 'on',
      since: new Date(row.totpEnabledAt).toISOString(),
      recoveryCodesLeft: left?.n ?? 0,
    };
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
