/**
 * Two-factor sign-in on one's own account (set up, confirm, turn off, new recovery codes) and an
 * admin's reset of someone else's. Each change has its security log and audit entries in the
 * same transaction; secrets are stored sealed (lib/auth/secret-box.ts), recovery codes hashed.
 */
import { recordAudit } from '../audit/record';
import { verifyPassword } from '../auth/password';
import { claimSignInAttempt } from '../auth/rate-limit';
import { hashRecoveryCode, newRecoveryCodes } from '../auth/recovery-codes';
import { type CodeFailure, type CodeMatch, checkCode, claimCode } from '../auth/second-factor';
import { sealTotpSecret } from '../auth/secret-box';
import { newTotpSecret } from '../auth/totp';
import type { SecurityEventKind } from '../security-log/kinds';
import { recordSecurityEvent } from '../security-log/record';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import { type RequestContext, UserNotFoundError } from './mutations';
import { WrongPasswordError } from './password-mutations';
import { TotpCodeError, TotpStateError } from './totp-errors';

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
  sql: Sql,
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

async function totpRow(sql: Sql, userId: number) {
  const row = await sql.get<{
    email: string;
    passwordHash: string;
    totpSecret: string | null;
    totpEnabledAt: string | null;
  }>('SELECT "email", "passwordHash", "totpSecret", "totpEnabledAt" FROM "User" WHERE "id" = ?', [userId]);
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
async function withClaimedCode(
  sql: Sql,
  options: {
    userId: number;
    match: CodeMatch | CodeFailure;
    now: Date;
    kind: SecurityEventKind;
    logged: Logged;
  },
  work: (tx: Sql) => Promise<void>,
): Promise<void> {
  const { match } = options;
  const failure = await sql.transaction(async (tx): Promise<CodeFailure | null> => {
    if (!match.ok) return match;
    if (!(await claimCode(tx, { userId: options.userId, match, now: options.now })))
      return { ok: false, reason: 'replayed' };
    await work(tx);
    return null;
  });
  if (failure) {
    await recordSecurityEvent(sql, {
      ...options.logged,
      kind: options.kind,
      outcome: 'failure',
      detail: { reason: failure.reason },
    });
    throw new TotpCodeError(failure);
  }
}

type Logged = RequestContext & { userId: number; at: Date };

const DELETE_RECOVERY_CODES = 'DELETE FROM "RecoveryCode" WHERE "userId" = ?';
const TURN_OFF =
  'UPDATE "User" SET "totpSecret" = NULL, "totpEnabledAt" = NULL, "totpLastStep" = NULL WHERE "id" = ?';

async function replaceRecoveryCodes(sql: Sql, userId: number, hashes: string[]): Promise<void> {
  await sql.run(DELETE_RECOVERY_CODES, [userId]);
  for (const hash of hashes) {
    await sql.run('INSERT INTO "RecoveryCode" ("userId", "hash") VALUES (?, ?)', [userId, hash]);
  }
}

/** A new secret, kept sealed but not yet in force; replaces an unconfirmed one. Returns it. */
export async function startTotpEnrolment(sql: Sql, options: Options): Promise<string> {
  const now = options.now ?? new Date();
  const secret = newTotpSecret();
  const sealed = sealTotpSecret({
    sessionSecret: options.sessionSecret,
    userId: options.userId,
    plain: secret,
  });
  await sql.transaction(async (tx) => {
    if ((await totpRow(tx, options.userId)).totpEnabledAt !== null) throw new TotpStateError('already_on');
    await tx.run('UPDATE "User" SET "totpSecret" = ?, "totpLastStep" = NULL WHERE "id" = ?', [
      sealed,
      options.userId,
    ]);
    await recordAudit(tx, {
      userId: options.userId,
      at: sqlDateTime(now),
      entity: 'User',
      entityId: options.userId,
      action: 'start_totp',
    });
  });
  return secret;
}

/** The account's own change of its second factor, in the security log and in the audit log alike. */
async function recordOwnChange(
  tx: Sql,
  logged: Logged,
  change: { kind: SecurityEventKind; action: string; detail?: Record<string, unknown> },
): Promise<void> {
  await recordSecurityEvent(tx, {
    ...logged,
    kind: change.kind,
    outcome: 'success',
    ...(change.detail ? { detail: change.detail } : {}),
  });
  await recordAudit(tx, {
    userId: logged.userId,
    at: sqlDateTime(logged.at),
    entity: 'User',
    entityId: logged.userId,
    action: change.action,
  });
}

/** Turns two-factor sign-in on once a code from the new secret checks; returns the recovery codes (shown once). */
export async function confirmTotpEnrolment(sql: Sql, options: Options & { code: string }): Promise<string[]> {
  const now = options.now ?? new Date();
  const row = await totpRow(sql, options.userId);
  if (row.totpEnabledAt !== null) throw new TotpStateError('already_on');
  if (!row.totpSecret) throw new TotpStateError('not_started');
  const logged = { ...options.context, userId: options.userId, at: now };
  const match = await checkOwnCode(sql, options, row.totpSecret, now);
  const { codes, hashes } = match.ok ? await hashedCodes() : { codes: [], hashes: [] };
  await withClaimedCode(
    sql,
    { userId: options.userId, match, now, kind: 'totp_enable', logged },
    async (tx) => {
      await tx.run('UPDATE "User" SET "totpEnabledAt" = ? WHERE "id" = ?', [
        sqlDateTime(now),
        options.userId,
      ]);
      await replaceRecoveryCodes(tx, options.userId, hashes);
      await recordOwnChange(tx, logged, {
        kind: 'totp_enable',
        action: 'enable_totp',
        detail: { recoveryCodes: codes.length },
      });
    },
  );
  return codes;
}

/** Turns it off: needs the password and a current code (a borrowed session alone cannot). */
export async function disableTotp(
  sql: Sql,
  options: Options & { password: string; code: string },
): Promise<void> {
  const now = options.now ?? new Date();
  const row = await totpRow(sql, options.userId);
  if (row.totpEnabledAt === null || !row.totpSecret) throw new TotpStateError('off');
  const logged = { ...options.context, userId: options.userId, at: now };
  const who = { email: row.email, address: options.context.address, now };
  const { throttle } = await claimSignInAttempt(sql, who, (tx) =>
    recordSecurityEvent(tx, {
      ...logged,
      kind: 'totp_disable',
      outcome: 'failure',
      detail: { reason: 'throttled' },
    }),
  );
  if (throttle.retryAfterSeconds > 0) throw new WrongPasswordError(throttle.retryAfterSeconds);
  if (!(await verifyPassword(row.passwordHash, options.password))) {
    await recordSecurityEvent(sql, {
      ...logged,
      kind: 'totp_disable',
      outcome: 'failure',
      detail: { reason: 'wrong password' },
    });
    throw new WrongPasswordError();
  }
  const match = await checkOwnCode(sql, options, row.totpSecret, now);
  await withClaimedCode(
    sql,
    { userId: options.userId, match, now, kind: 'totp_disable', logged },
    async (tx) => {
      await tx.run(TURN_OFF, [options.userId]);
      await tx.run(DELETE_RECOVERY_CODES, [options.userId]);
      await recordOwnChange(tx, logged, { kind: 'totp_disable', action: 'disable_totp' });
    },
  );
}

/** New recovery codes (the old ones stop working), after a current code; returned once. */
export async function regenerateRecoveryCodes(
  sql: Sql,
  options: Options & { code: string },
): Promise<string[]> {
  const now = options.now ?? new Date();
  const row = await totpRow(sql, options.userId);
  if (row.totpEnabledAt === null || !row.totpSecret) throw new TotpStateError('off');
  const logged = { ...options.context, userId: options.userId, at: now };
  const match = await checkOwnCode(sql, options, row.totpSecret, now);
  const { codes, hashes } = match.ok ? await hashedCodes() : { codes: [], hashes: [] };
  await withClaimedCode(
    sql,
    { userId: options.userId, match, now, kind: 'recovery_codes', logged },
    async (tx) => {
      await replaceRecoveryCodes(tx, options.userId, hashes);
      await recordOwnChange(tx, logged, {
        kind: 'recovery_codes',
        action: 'regenerate_recovery_codes',
        detail: { count: codes.length },
      });
    },
  );
  return codes;
}

/**
 * An admin's reset (a lost phone): the second factor and recovery codes are removed and every
 * session of the account ends. An admin so reset must set it up again at the next sign-in.
 */
export async function resetTotp(
  sql: Sql,
  options: { userId: number; actorId: number; context: RequestContext; now?: Date },
): Promise<void> {
  const now = options.now ?? new Date();
  await sql.transaction(async (tx) => {
    const row = await totpRow(tx, options.userId);
    await tx.run(TURN_OFF, [options.userId]);
    const codesRemoved = (await tx.run(DELETE_RECOVERY_CODES, [options.userId])).changes;
    const sessionsEnded = (await tx.run('DELETE FROM "Session" WHERE "userId" = ?', [options.userId]))
      .changes;
    const detail = { wasOn: row.totpEnabledAt !== null, codesRemoved, sessionsEnded };
    await recordSecurityEvent(tx, {
      ...options.context,
      kind: 'totp_reset',
      outcome: 'success',
      userId: options.userId,
      actorId: options.actorId,
      at: now,
      detail,
    });
    await recordAudit(tx, {
      userId: options.actorId,
      at: sqlDateTime(now),
      entity: 'User',
      entityId: options.userId,
      action: 'reset_totp',
      after: detail,
    });
  });
}
