/**
 * Two-factor sign-in on one's own account (set up, confirm, turn off, new recovery codes) and an
 * admin's reset of someone else's. Each change has its security log and audit entries in the
 * same transaction; secrets are stored sealed (lib/auth/secret-box.ts), recovery codes hashed.
 */
import { recordAudit } from '../audit/record';
import { verifyPassword } from '../auth/password';
import { recordSignInAttempt, signInThrottle } from '../auth/rate-limit';
import { hashRecoveryCode, newRecoveryCodes } from '../auth/recovery-codes';
import { type CodeFailure, type CodeMatch, checkCode, claimCode } from '../auth/second-factor';
import { sealTotpSecret } from '../auth/secret-box';
import { newTotpSecret } from '../auth/totp';
import type { SecurityEventKind } from '../security-log/kinds';
import { recordSecurityEvent } from '../security-log/record';
import { sqlDateTime } from '../store/sql-values';
import { type SqlConnection, writeTransaction } from '../store/write-connection';
import { type RequestContext, UserNotFoundError } from './mutations';
import { WrongPasswordError } from './password-mutations';

export class TotpStateError extends Error {
  constructor(readonly state: 'already_on' | 'not_started' | 'off') {
    super(
      state === 'already_on'
        ? 'Two-factor sign-in is already on.'
        : state === 'not_started'
          ? 'Start setting up two-factor sign-in first.'
          : 'Two-factor sign-in is off.',
    );
    this.name = 'TotpStateError';
  }
}

/** A code was refused; `failure` says why (wrong, already used, throttled). */
export class TotpCodeError extends Error {
  constructor(readonly failure: CodeFailure) {
    super(`Code refused: ${failure.reason}`);
    this.name = 'TotpCodeError';
  }
}

interface Options {
  userId: number;
  sessionSecret: string;
  context: RequestContext;
  now?: Date;
}

/**
 * A code from the user's own authenticator (never a recovery code: turning two-factor on or off,
 * or replacing the recovery codes, needs the device itself).
 */
function checkOwnCode(
  sql: SqlConnection,
  options: Options & { code: string },
  sealed: string,
  now: Date,
): Promise<CodeMatch | CodeFailure> {
  return checkCode(sql, {
    ...options,
    address: options.context.address,
    sealed,
    allowRecoveryCode: false,
    now,
  });
}

function totpRow(sql: SqlConnection, userId: number) {
  const row = sql
    .prepare('SELECT email, passwordHash, totpSecret, totpEnabledAt FROM "User" WHERE id = ?')
    .get(userId) as
    | { email: string; passwordHash: string; totpSecret: string | null; totpEnabledAt: string | null }
    | undefined;
  if (!row) throw new UserNotFoundError(userId);
  return row;
}

async function hashedCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = newRecoveryCodes();
  return { codes, hashes: await Promise.all(codes.map(hashRecoveryCode)) };
}

/**
 * Runs `work` in the transaction that takes the code (step or recovery code), or logs the failure
 * (outside it, so the entry is kept) and throws TotpCodeError.
 */
function withClaimedCode(
  sql: SqlConnection,
  options: {
    userId: number;
    match: CodeMatch | CodeFailure;
    now: Date;
    kind: SecurityEventKind;
    logged: Logged;
  },
  work: () => void,
): void {
  const { match } = options;
  const failure = writeTransaction(sql, (): CodeFailure | null => {
    if (!match.ok) return match;
    if (!claimCode(sql, { userId: options.userId, match, now: options.now }))
      return { ok: false, reason: 'replayed' };
    work();
    return null;
  });
  if (failure) {
    recordSecurityEvent(sql, {
      ...options.logged,
      kind: options.kind,
      outcome: 'failure',
      detail: { reason: failure.reason },
    });
    throw new TotpCodeError(failure);
  }
}

type Logged = RequestContext & { userId: number; at: Date };

function replaceRecoveryCodes(sql: SqlConnection, userId: number, hashes: string[]): void {
  sql.prepare('DELETE FROM "RecoveryCode" WHERE userId = ?').run(userId);
  const insert = sql.prepare('INSERT INTO "RecoveryCode" (userId, hash) VALUES (?, ?)');
  for (const hash of hashes) insert.run(userId, hash);
}

/** A new secret, kept sealed but not yet in force; replaces an unconfirmed one. Returns it. */
export function startTotpEnrolment(sql: SqlConnection, options: Options): string {
  const now = options.now ?? new Date();
  const secret = newTotpSecret();
  writeTransaction(sql, () => {
    if (totpRow(sql, options.userId).totpEnabledAt !== null) throw new TotpStateError('already_on');
    const sealed = sealTotpSecret({
      sessionSecret: options.sessionSecret,
      userId: options.userId,
      plain: secret,
    });
    sql
      .prepare('UPDATE "User" SET totpSecret = ?, totpLastStep = NULL WHERE id = ?')
      .run(sealed, options.userId);
    recordAudit(sql, {
      userId: options.userId,
      at: sqlDateTime(now),
      entity: 'User',
      entityId: options.userId,
      action: 'start_totp',
    });
  });
  return secret;
}

/** Turns two-factor sign-in on once a code from the new secret checks; returns the recovery codes (shown once). */
export async function confirmTotpEnrolment(
  sql: SqlConnection,
  options: Options & { code: string },
): Promise<string[]> {
  const now = options.now ?? new Date();
  const row = totpRow(sql, options.userId);
  if (row.totpEnabledAt !== null) throw new TotpStateError('already_on');
  if (!row.totpSecret) throw new TotpStateError('not_started');
  const logged = { ...options.context, userId: options.userId, at: now };
  const match = await checkOwnCode(sql, options, row.totpSecret, now);
  const { codes, hashes } = match.ok ? await hashedCodes() : { codes: [], hashes: [] };
  withClaimedCode(sql, { userId: options.userId, match, now, kind: 'totp_enable', logged }, () => {
    sql.prepare('UPDATE "User" SET totpEnabledAt = ? WHERE id = ?').run(sqlDateTime(now), options.userId);
    replaceRecoveryCodes(sql, options.userId, hashes);
    recordSecurityEvent(sql, {
      ...logged,
      kind: 'totp_enable',
      outcome: 'success',
      detail: { recoveryCodes: codes.length },
    });
    recordAudit(sql, {
      userId: options.userId,
      at: sqlDateTime(now),
      entity: 'User',
      entityId: options.userId,
      action: 'enable_totp',
    });
  });
  return codes;
}

/** Turns it off: needs the password and a current code (a borrowed session alone cannot). */
export async function disableTotp(
  sql: SqlConnection,
  options: Options & { password: string; code: string },
): Promise<void> {
  const now = options.now ?? new Date();
  const row = totpRow(sql, options.userId);
  if (row.totpEnabledAt === null || !row.totpSecret) throw new TotpStateError('off');
  const logged = { ...options.context, userId: options.userId, at: now };
  const who = { email: row.email, address: options.context.address, now };
  const throttle = signInThrottle(sql, who);
  if (throttle.retryAfterSeconds > 0) {
    recordSecurityEvent(sql, {
      ...logged,
      kind: 'totp_disable',
      outcome: 'failure',
      detail: { reason: 'throttled' },
    });
    throw new WrongPasswordError(throttle.retryAfterSeconds);
  }
  recordSignInAttempt(sql, who);
  if (!(await verifyPassword(row.passwordHash, options.password))) {
    recordSecurityEvent(sql, {
      ...logged,
      kind: 'totp_disable',
      outcome: 'failure',
      detail: { reason: 'wrong password' },
    });
    throw new WrongPasswordError();
  }
  const match = await checkOwnCode(sql, options, row.totpSecret, now);
  withClaimedCode(sql, { userId: options.userId, match, now, kind: 'totp_disable', logged }, () => {
    sql
      .prepare('UPDATE "User" SET totpSecret = NULL, totpEnabledAt = NULL, totpLastStep = NULL WHERE id = ?')
      .run(options.userId);
    sql.prepare('DELETE FROM "RecoveryCode" WHERE userId = ?').run(options.userId);
    recordSecurityEvent(sql, { ...logged, kind: 'totp_disable', outcome: 'success' });
    recordAudit(sql, {
      userId: options.userId,
      at: sqlDateTime(now),
      entity: 'User',
      entityId: options.userId,
      action: 'disable_totp',
    });
  });
}

/** New recovery codes (the old ones stop working), after a current code; returned once. */
export async function regenerateRecoveryCodes(
  sql: SqlConnection,
  options: Options & { code: string },
): Promise<string[]> {
  const now = options.now ?? new Date();
  const row = totpRow(sql, options.userId);
  if (row.totpEnabledAt === null || !row.totpSecret) throw new TotpStateError('off');
  const logged = { ...options.context, userId: options.userId, at: now };
  const match = await checkOwnCode(sql, options, row.totpSecret, now);
  const { codes, hashes } = match.ok ? await hashedCodes() : { codes: [], hashes: [] };
  withClaimedCode(sql, { userId: options.userId, match, now, kind: 'recovery_codes', logged }, () => {
    replaceRecoveryCodes(sql, options.userId, hashes);
    recordSecurityEvent(sql, {
      ...logged,
      kind: 'recovery_codes',
      outcome: 'success',
      detail: { count: codes.length },
    });
    recordAudit(sql, {
      userId: options.userId,
      at: sqlDateTime(now),
      entity: 'User',
      entityId: options.userId,
      action: 'regenerate_recovery_codes',
    });
  });
  return codes;
}

/**
 * An admin's reset (a lost phone): the second factor and recovery codes are removed and every
 * session of the account ends. An admin so reset must set it up again at the next sign-in.
 */
export function resetTotp(
  sql: SqlConnection,
  options: { userId: number; actorId: number; context: RequestContext; now?: Date },
): void {
  const now = options.now ?? new Date();
  writeTransaction(sql, () => {
    const row = totpRow(sql, options.userId);
    sql
      .prepare('UPDATE "User" SET totpSecret = NULL, totpEnabledAt = NULL, totpLastStep = NULL WHERE id = ?')
      .run(options.userId);
    const codesRemoved = sql
      .prepare('DELETE FROM "RecoveryCode" WHERE userId = ?')
      .run(options.userId).changes;
    const sessionsEnded = sql.prepare('DELETE FROM "Session" WHERE userId = ?').run(options.userId).changes;
    const detail = { wasOn: row.totpEnabledAt !== null, codesRemoved, sessionsEnded };
    recordSecurityEvent(sql, {
      ...options.context,
      kind: 'totp_reset',
      outcome: 'success',
      userId: options.userId,
      actorId: options.actorId,
      at: now,
      detail,
    });
    recordAudit(sql, {
      userId: options.actorId,
      at: sqlDateTime(now),
      entity: 'User',
      entityId: options.userId,
      action: 'reset_totp',
      after: detail,
    });
  });
}
