/**
 * Checking a second-factor code, throttled exactly like a password (same counters: a failed code
 * and a failed password count alike), and completing a sign-in that waits for one.
 */
import { recordSecurityEvent } from '../security-log/record';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import { claimSignInAttempt, forgiveAttempt } from './rate-limit';
import { matchRecoveryCode, type StoredRecoveryCode } from './recovery-codes';
import { openTotpSecret } from './secret-box';
import { createSession, endSession, resolvePendingSession } from './sessions';
import { checkTotpCode, looksLikeTotpCode } from './totp';

export type CodeFailure = {
  ok: false;
  reason: 'wrong' | 'replayed' | 'throttled';
  retryAfterSeconds?: number;
};
export type CodeMatch =
  | { ok: true; method: 'totp'; step: number }
  | { ok: true; method: 'recovery code'; codeId: number };

export interface CodeCheckOptions {
  userId: number;
  code: string;
  /** The sealed secret to check against (the pending one during enrolment). */
  sealed: string;
  sessionSecret: string;
  address: string;
  allowRecoveryCode: boolean;
  now: Date;
}

/** The failure message a person sees. */
export function codeFailureMessage(failure: CodeFailure): string {
  if (failure.reason === 'throttled') {
    const minutes = Math.ceil((failure.retryAfterSeconds ?? 60) / 60);
    return `Too many wrong codes. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  }
  if (failure.reason === 'replayed') return 'That code was already used. Wait for the next one in your app.';
  return 'That code is not right. Check your app shows this account, and that the phone’s clock is correct.';
}

/**
 * Checks the code under the sign-in throttle. Does not write the step or mark a recovery code
 * used: the caller does that in the transaction that acts on it (`claimCode`).
 */
export async function checkCode(sql: Sql, options: CodeCheckOptions): Promise<CodeMatch | CodeFailure> {
  const user = await sql.get<{ email: string; totpLastStep: number | null }>(
    'SELECT "email", "totpLastStep" FROM "User" WHERE "id" = ?',
    [options.userId],
  );
  if (!user) return { ok: false, reason: 'wrong' };
  const who = { email: user.email, address: options.address, now: options.now };
  const { throttle, attemptIds } = await claimSignInAttempt(sql, who);
  if (throttle.retryAfterSeconds > 0) {
    return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
  }
  let result: CodeMatch | CodeFailure = { ok: false, reason: 'wrong' };
  if (looksLikeTotpCode(options.code)) {
    const secret = openTotpSecret({
      sessionSecret: options.sessionSecret,
      userId: options.userId,
      sealed: options.sealed,
    });
    const check = checkTotpCode({
      secret,
      code: options.code,
      now: options.now,
      lastStep: user.totpLastStep,
    });
    result = check.ok ? { ok: true, method: 'totp', step: check.step } : { ok: false, reason: check.reason };
  } else if (options.allowRecoveryCode) {
    const codes = await sql.all<StoredRecoveryCode>(
      'SELECT "id", "hash", "usedAt" FROM "RecoveryCode" WHERE "userId" = ? AND "usedAt" IS NULL',
      [options.userId],
    );
    const codeId = await matchRecoveryCode(codes, options.code);
    if (codeId !== null) result = { ok: true, method: 'recovery code', codeId };
  }
  if (result.ok) await forgiveAttempt(sql, { email: user.email, address: options.address, attemptIds });
  return result;
}

/**
 * Inside the caller's transaction: records the accepted step, or marks the recovery code used.
 * False when another request took the same step or code first (then it is a replay).
 */
export async function claimCode(
  sql: Sql,
  options: { userId: number; match: CodeMatch; now: Date },
): Promise<boolean> {
  const { match } = options;
  if (match.method === 'totp') {
    const { changes } = await sql.run(
      'UPDATE "User" SET "totpLastStep" = ? WHERE "id" = ? AND ("totpLastStep" IS NULL OR "totpLastStep" < ?)',
      [match.step, options.userId, match.step],
    );
    return changes === 1;
  }
  const { changes } = await sql.run(
    'UPDATE "RecoveryCode" SET "usedAt" = ? WHERE "id" = ? AND "userId" = ? AND "usedAt" IS NULL',
    [sqlDateTime(options.now), match.codeId, options.userId],
  );
  return changes === 1;
}

export type SecondFactorResult =
  | { ok: true; token: string; expiresAt: Date; userId: number }
  | { ok: false; reason: 'expired' }
  | CodeFailure;

/**
 * The second step of a sign-in: the pending session (password checked) plus a valid, unused code
 * or recovery code becomes a full session under a new token; the pending one ends.
 */
export async function completeSecondFactor(
  sql: Sql,
  options: {
    token: string | undefined;
    code: string;
    secret: string;
    address: string;
    userAgent?: string;
    now?: Date;
  },
): Promise<SecondFactorResult> {
  const now = options.now ?? new Date();
  const pending = await resolvePendingSession(sql, { secret: options.secret, token: options.token, now });
  if (!pending || !options.token) return { ok: false, reason: 'expired' };
  const row = await sql.get<{ totpSecret: string | null }>(
    'SELECT "totpSecret" FROM "User" WHERE "id" = ? AND "totpEnabledAt" IS NOT NULL',
    [pending.id],
  );
  if (!row?.totpSecret) return { ok: false, reason: 'expired' };
  const logged = { userId: pending.id, address: options.address, userAgent: options.userAgent, at: now };
  const match = await checkCode(sql, {
    userId: pending.id,
    code: options.code,
    sealed: row.totpSecret,
    sessionSecret: options.secret,
    address: options.address,
    allowRecoveryCode: true,
    now,
  });
  const token = options.token;
  return sql.transaction(async (tx): Promise<SecondFactorResult> => {
    if (!match.ok || !(await claimCode(tx, { userId: pending.id, match, now }))) {
      const failure: CodeFailure = match.ok ? { ok: false, reason: 'replayed' } : match;
      await recordSecurityEvent(tx, {
        ...logged,
        kind: 'second_factor',
        outcome: 'failure',
        detail: {
          reason: failure.reason,
          ...(failure.retryAfterSeconds ? { retryAfterSeconds: failure.retryAfterSeconds } : {}),
        },
      });
      return failure;
    }
    await endSession(tx, { secret: options.secret, token });
    if (match.method === 'recovery code') {
      const left = await tx.get<{ n: number }>(
        'SELECT count(*) AS "n" FROM "RecoveryCode" WHERE "userId" = ? AND "usedAt" IS NULL',
        [pending.id],
      );
      await recordSecurityEvent(tx, {
        ...logged,
        kind: 'recovery_code_used',
        outcome: 'success',
        detail: { left: left?.n ?? 0 },
      });
    }
    await recordSecurityEvent(tx, {
      ...logged,
      kind: 'second_factor',
      outcome: 'success',
      detail: { method: match.method },
    });
    const session = await createSession(tx, {
      secret: options.secret,
      userId: pending.id,
      now,
      address: options.address,
      userAgent: options.userAgent,
    });
    return { ok: true, userId: pending.id, ...session };
  });
}
