/** Password changes: one's own (current password required) and an admin's reset to a temporary one. */
import { randomBytes } from 'node:crypto';
import { recordAudit } from '../audit/record';
import { hashPassword, verifyPassword } from '../auth/password';
import { claimSignInAttempt } from '../auth/rate-limit';
import { recordSecurityEvent } from '../security-log/record';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import { type RequestContext, UserNotFoundError } from './mutations';

export class WrongPasswordError extends Error {
  constructor(readonly retryAfterSeconds = 0) {
    super(
      retryAfterSeconds
        ? `Too many wrong passwords. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`
        : 'That is not your current password.',
    );
    this.name = 'WrongPasswordError';
  }
}

/**
 * Replaces the user's password after checking the current one (throttled like a sign-in, so a
 * borrowed session cannot guess it), clears a forced change, and ends the user's other sessions.
 */
export async function changeOwnPassword(
  sql: Sql,
  options: {
    userId: number;
    current: string;
    password: string;
    keepSessionId: string;
    context: RequestContext;
    now?: Date;
  },
): Promise<{ sessionsEnded: number }> {
  const now = options.now ?? new Date();
  const user = await sql.get<{ email: string; passwordHash: string }>(
    'SELECT "email", "passwordHash" FROM "User" WHERE "id" = ?',
    [options.userId],
  );
  if (!user) throw new UserNotFoundError(options.userId);
  const who = { email: user.email, address: options.context.address, now };
  const logged = { ...options.context, userId: options.userId, at: now };
  const { throttle } = await claimSignInAttempt(sql, who, (tx) =>
    recordSecurityEvent(tx, {
      ...logged,
      kind: 'password_change',
      outcome: 'failure',
      detail: { reason: 'throttled' },
    }),
  );
  if (throttle.retryAfterSeconds > 0) throw new WrongPasswordError(throttle.retryAfterSeconds);
  if (!(await verifyPassword(user.passwordHash, options.current))) {
    await recordSecurityEvent(sql, {
      ...logged,
      kind: 'password_change',
      outcome: 'failure',
      detail: { reason: 'wrong current password' },
    });
    throw new WrongPasswordError();
  }
  const passwordHash = await hashPassword(options.password);
  return sql.transaction(async (tx) => {
    await tx.run(
      'UPDATE "User" SET "passwordHash" = ?, "mustChangePassword" = ?, "passwordChangedAt" = ? WHERE "id" = ?',
      [passwordHash, false, sqlDateTime(now), options.userId],
    );
    const sessionsEnded = (
      await tx.run('DELETE FROM "Session" WHERE "userId" = ? AND "id" <> ?', [
        options.userId,
        options.keepSessionId,
      ])
    ).changes;
    await recordSecurityEvent(tx, {
      ...logged,
      kind: 'password_change',
      outcome: 'success',
      detail: { sessionsEnded },
    });
    await recordAudit(tx, {
      userId: options.userId,
      at: sqlDateTime(now),
      entity: 'User',
      entityId: options.userId,
      action: 'change_password',
      after: { sessionsEnded },
    });
    return { sessionsEnded };
  });
}

/** 16 characters from an alphabet without look-alikes, in groups of four: ~80 bits. */
function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return chars.match(/.{4}/g)?.join('-') ?? chars;
}

/**
 * An admin's reset: a temporary password (returned once, to be handed over), which must be
 * replaced at the next sign-in; every session of the account ends.
 */
export async function resetPassword(
  sql: Sql,
  options: { userId: number; actorId: number; context: RequestContext; now?: Date },
): Promise<string> {
  const now = options.now ?? new Date();
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await sql.transaction(async (tx) => {
    const found = (
      await tx.run(
        'UPDATE "User" SET "passwordHash" = ?, "mustChangePassword" = ?, "passwordChangedAt" = ? WHERE "id" = ?',
        [passwordHash, true, sqlDateTime(now), options.userId],
      )
    ).changes;
    if (!found) throw new UserNotFoundError(options.userId);
    const sessionsEnded = (await tx.run('DELETE FROM "Session" WHERE "userId" = ?', [options.userId]))
      .changes;
    await recordSecurityEvent(tx, {
      ...options.context,
      kind: 'password_reset',
      outcome: 'success',
      userId: options.userId,
      actorId: options.actorId,
      at: now,
      detail: { sessionsEnded },
    });
    await recordAudit(tx, {
      userId: options.actorId,
      at: sqlDateTime(now),
      entity: 'User',
      entityId: options.userId,
      action: 'reset_password',
      after: { mustChangePassword: true, sessionsEnded },
    });
  });
  return password;
}
