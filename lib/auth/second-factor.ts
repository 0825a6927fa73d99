/**
 * Checking a second-factor code, throttled exactly like a password (same counters: a failed code
 * and a failed password count alike), and completing a sign-in that waits for one.
 */
import { recordSecurityEvent } from '../security-log/record';
import { sqlDateTime } from '../store/sql-values';
import { type SqlConnection, writeTransaction } from '../store/write-connection';
import { forgiveAttempt, recordSignInAttempt, signInThrottle } from './rate-limit';
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
export async function checkCode(
  sql: SqlConnection,
  options: CodeCheckOptions,
): Promise<CodeMatch | CodeFailure> {
  const user = sql.prepare('SELECT email, totpLastStep FROM "User" WHERE id = ?').get(options.userId) as
    | { email: string; totpLastStep: number | null }
    | undefined;
  if (!user) return { ok: false, reason: 'wrong' };
  const who = { email: user.email, address: options.address, now: options.now };
  const throttle = signInThrottle(sql, who);
  if (throttle.retryAfterSeconds > 0) {
    return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
  }
  const attemptIds = recordSignInAttempt(sql, who);
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
    const codes = sql
      .prepare('SELECT id, hash, usedAt FROM "RecoveryCode" WHERE userId = ? AND usedAt IS NULL')
      .all(options.userId) as StoredRecoveryCode[];
    const codeId = await matchRecoveryCode(codes, options.code);
    if (codeId !== null) result = { ok: true, method: 'recovery code', codeId };
  }
  if (result.ok) forgiveAttempt(sql, { email: user.email, address: options.address, attemptIds });
  return result;
}

/**
 * Inside the caller's transaction: records the accepted step, or marks the recovery code used.
 * False when another request took the same step or code first (then it is a replay).
 */
export function claimCode(
  sql: SqlConnection,
  options: { userId: number; match: CodeMatch; now: Date },
): boolean {
  const { match } = options;
  if (match.method === 'totp') {
    return (
      sql
        .prepare(
          'UPDATE "User" SET totpLastStep = ? WHERE id = ? AND (totpLastStep IS NULL OR totpLastStep < ?)',
        )
        .run(match.step, options.userId, match.step).changes === 1
    );
  }
  return (
    sql
      .prepare('UPDATE "RecoveryCode" SET usedAt = ? WHERE id = ? AND userId = ? AND usedAt IS NULL')
      .run(sqlDateTime(options.now), match.codeId, options.userId).changes === 1
  );
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
  sql: SqlConnection,
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
  const pending = resolvePendingSession(sql, { secret: options.secret, token: options.token, now });
  if (!pending || !options.token) return { ok: false, reason: 'expired' };
  const row = sql
    .prepare('SELECT totpSecret FROM "User" WHERE id = ? AND totpEnabledAt IS NOT NULL')
    .get(pending.id) as { totpSecret: string | null } | undefined;
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
  const outcome = writeTransaction(sql, (): SecondFactorResult => {
    if (!match.ok || !claimCode(sql, { userId: pending.id, match, now })) {
      const failure: CodeFailure = match.ok ? { ok: false, reason: 'replayed' } : match;
      recordSecurityEvent(sql, {
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
    endSession(sql, { secret: options.secret, token });
    if (match.method === 'recovery code') {
      const left = sql
        .prepare('SELECT count(*) AS n FROM "RecoveryCode" WHERE userId = ? AND usedAt IS NULL')
        .get(pending.id) as { n: number };
      recordSecurityEvent(sql, {
        ...logged,
        kind: 'recovery_code_used',
        outcome: 'success',
        detail: { left: left.n },
      });
    }
    recordSecurityEvent(sql, {
      ...logged,
      kind: 'second_factor',
      outcome: 'success',
      detail: { method: match.method },
    });
    const session = createSession(sql, {
      secret: options.secret,
      userId: pending.id,
      now,
      address: options.address,
      userAgent: options.userAgent,
    });
    return { ok: true, userId: pending.id, ...session };
  });
  return outcome;
}
