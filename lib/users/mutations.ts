/** Account changes, each with its audit entry in the same transaction. */

import { recordAudit } from '../audit/record';
import { hashPassword } from '../auth/password';
import type { Role } from '../auth/roles';
import type { UserInput } from '../auth/schema';
import { endUserSessions } from '../auth/sessions';
import { recordSecurityEvent } from '../security-log/record';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';

export class UserExistsError extends Error {
  constructor(readonly email: string) {
    super(`An account for ${email} already exists.`);
    this.name = 'UserExistsError';
  }
}

export class UserNotFoundError extends Error {
  constructor(readonly userId: number) {
    super(`No account with id ${userId}.`);
    this.name = 'UserNotFoundError';
  }
}

export class LastAdminError extends Error {
  constructor() {
    super('This is the last active admin: make another admin first, or nobody could manage accounts.');
    this.name = 'LastAdminError';
  }
}

/** Where an account change came from, for the security log ("cli" from the command line). */
export interface RequestContext {
  address: string;
  userAgent?: string;
}
const CLI: RequestContext = { address: 'cli' };

interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabledAt: string | null;
}

const publicUser = (u: UserRow) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  disabled: u.disabledAt !== null,
});

export async function createUser(
  sql: Sql,
  options: { input: UserInput; actorId: number | null; now?: Date; context?: RequestContext },
): Promise<number> {
  const { input } = options;
  // Hash outside the transaction: it is slow, and the transaction holds the write lock.
  const passwordHash = await hashPassword(input.password);
  const at = sqlDateTime(options.now ?? new Date());
  return sql.transaction(
    async (tx) => {
      if (await tx.get('SELECT 1 AS "found" FROM "User" WHERE "email" = ?', [input.email]))
        throw new UserExistsError(input.email);
      const created = await tx.get<{ id: number }>(
        `INSERT INTO "User" ("email", "name", "role", "passwordHash", "createdAt") VALUES (?, ?, ?, ?, ?)
         RETURNING "id"`,
        [input.email, input.name, input.role, passwordHash, at],
      );
      const id = Number(created?.id);
      await recordAudit(tx, {
        userId: options.actorId,
        at,
        entity: 'User',
        entityId: id,
        action: 'create',
        after: { email: input.email, name: input.name, role: input.role },
      });
      await recordSecurityEvent(tx, {
        ...(options.context ?? CLI),
        kind: 'account_create',
        outcome: 'success',
        userId: id,
        actorId: options.actorId,
        at: options.now,
        detail: { role: input.role },
      });
      return id;
    },
    // Two servers creating one address: the second finds the first's row.
    { lockKeys: [`user:${input.email.toLowerCase()}`] },
  );
}

async function otherActiveAdmins(sql: Sql, userId: number): Promise<number> {
  const row = await sql.get<{ n: number }>(
    `SELECT count(*) AS "n" FROM "User" WHERE "role" = 'admin' AND "disabledAt" IS NULL AND "id" <> ?`,
    [userId],
  );
  return row?.n ?? 0;
}

/**
 * Role changes and disabling take this lock on PostgreSQL: two admins removing each other from
 * two servers are serialised, as SQLite's one writer serialises them, and the second finds no
 * other active admin left.
 */
export const USER_ACCESS_LOCK = 'user-access';

/** Role change, disabling (which ends the user's sessions) or re-enabling, audited. */
export async function updateUserAccess(
  sql: Sql,
  options: {
    userId: number;
    role?: Role;
    disabled?: boolean;
    actorId: number | null;
    now?: Date;
    context?: RequestContext;
  },
): Promise<void> {
  const at = sqlDateTime(options.now ?? new Date());
  const logged = {
    ...(options.context ?? CLI),
    userId: options.userId,
    actorId: options.actorId,
    at: options.now,
  };
  await sql.transaction(
    async (tx) => {
      const before = await tx.get<UserRow>(
        'SELECT "id", "email", "name", "role", "disabledAt" FROM "User" WHERE "id" = ?',
        [options.userId],
      );
      if (!before) throw new UserNotFoundError(options.userId);
      const role = options.role ?? before.role;
      const disabledAt =
        options.disabled === undefined
          ? before.disabledAt
          : options.disabled
            ? (before.disabledAt ?? at)
            : null;
      const wasActiveAdmin = before.role === 'admin' && before.disabledAt === null;
      const isActiveAdmin = role === 'admin' && disabledAt === null;
      // Counted inside the transaction (IMMEDIATE on SQLite, under USER_ACCESS_LOCK on
      // PostgreSQL), before the change: two admins removing each other are serialised, and the
      // second finds no other active admin left.
      if (wasActiveAdmin && !isActiveAdmin && (await otherActiveAdmins(tx, options.userId)) === 0) {
        throw new LastAdminError();
      }
      if (role !== before.role) {
        await recordSecurityEvent(tx, {
          ...logged,
          kind: 'role_change',
          outcome: 'success',
          detail: { from: before.role, to: role },
        });
      }
      if ((disabledAt === null) !== (before.disabledAt === null)) {
        await recordSecurityEvent(tx, {
          ...logged,
          kind: disabledAt === null ? 'account_enable' : 'account_disable',
          outcome: 'success',
        });
      }
      await tx.run('UPDATE "User" SET "role" = ?, "disabledAt" = ? WHERE "id" = ?', [
        role,
        disabledAt,
        options.userId,
      ]);
      // The role is read afresh on every request; disabling must also end what is already open.
      if (disabledAt !== null) await endUserSessions(tx, options.userId);
      await recordAudit(tx, {
        userId: options.actorId,
        at,
        entity: 'User',
        entityId: options.userId,
        action: 'update',
        before: publicUser(before),
        after: publicUser({ ...before, role, disabledAt }),
      });
    },
    { lockKeys: [USER_ACCESS_LOCK] },
  );
}

/** An admin's "sign out everywhere" for one user. */
export function endSessionsOf(
  sql: Sql,
  options: { userId: number; actorId: number | null; now?: Date; context?: RequestContext },
): Promise<number> {
  const at = sqlDateTime(options.now ?? new Date());
  return sql.transaction(async (tx) => {
    const ended = await endUserSessions(tx, options.userId);
    await recordSecurityEvent(tx, {
      ...(options.context ?? CLI),
      kind: 'session_end',
      outcome: 'success',
      userId: options.userId,
      actorId: options.actorId,
      at: options.now,
      detail: { ended, which: 'all' },
    });
    await recordAudit(tx, {
      userId: options.actorId,
      at,
      entity: 'User',
      entityId: options.userId,
      action: 'end_sessions',
      after: { sessionsEnded: ended },
    });
    return ended;
  });
}
