/** Account changes, each with its audit entry in the same transaction. */

import { recordAudit } from '../audit/record';
import { hashPassword } from '../auth/password';
import type { Role } from '../auth/roles';
import type { UserInput } from '../auth/schema';
import { endUserSessions } from '../auth/sessions';
import { recordSecurityEvent } from '../security-log/record';
import { sqlDateTime } from '../store/sql-values';
import { type SqlConnection, writeTransaction } from '../store/write-connection';

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
  sql: SqlConnection,
  options: { input: UserInput; actorId: number | null; now?: Date; context?: RequestContext },
): Promise<number> {
  const { input } = options;
  // Hash outside the transaction: it is slow, and the transaction holds the write lock.
  const passwordHash = await hashPassword(input.password);
  const at = sqlDateTime(options.now ?? new Date());
  return writeTransaction(sql, () => {
    if (sql.prepare('SELECT 1 FROM "User" WHERE email = ?').get(input.email))
      throw new UserExistsError(input.email);
    const id = Number(
      sql
        .prepare('INSERT INTO "User" (email, name, role, passwordHash, createdAt) VALUES (?, ?, ?, ?, ?)')
        .run(input.email, input.name, input.role, passwordHash, at).lastInsertRowid,
    );
    recordAudit(sql, {
      userId: options.actorId,
      at,
      entity: 'User',
      entityId: id,
      action: 'create',
      after: { email: input.email, name: input.name, role: input.role },
    });
    recordSecurityEvent(sql, {
      ...(options.context ?? CLI),
      kind: 'account_create',
      outcome: 'success',
      userId: id,
      actorId: options.actorId,
      at: options.now,
      detail: { role: input.role },
    });
    return id;
  });
}

function otherActiveAdmins(sql: SqlConnection, userId: number): number {
  const row = sql
    .prepare(`SELECT count(*) AS n FROM "User" WHERE role = 'admin' AND disabledAt IS NULL AND id <> ?`)
    .get(userId) as { n: number };
  return row.n;
}

/** Role change, disabling (which ends the user's sessions) or re-enabling, audited. */
export function updateUserAccess(
  sql: SqlConnection,
  options: {
    userId: number;
    role?: Role;
    disabled?: boolean;
    actorId: number | null;
    now?: Date;
    context?: RequestContext;
  },
): void {
  const at = sqlDateTime(options.now ?? new Date());
  const logged = {
    ...(options.context ?? CLI),
    userId: options.userId,
    actorId: options.actorId,
    at: options.now,
  };
  writeTransaction(sql, () => {
    const before = sql
      .prepare('SELECT id, email, name, role, disabledAt FROM "User" WHERE id = ?')
      .get(options.userId) as UserRow | undefined;
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
    // Counted inside the IMMEDIATE transaction, before the change: two admins removing each other
    // from two processes are serialised, and the second finds no other active admin left.
    if (wasActiveAdmin && !isActiveAdmin && otherActiveAdmins(sql, options.userId) === 0) {
      throw new LastAdminError();
    }
    if (role !== before.role) {
      recordSecurityEvent(sql, {
        ...logged,
        kind: 'role_change',
        outcome: 'success',
        detail: { from: before.role, to: role },
      });
    }
    if ((disabledAt === null) !== (before.disabledAt === null)) {
      recordSecurityEvent(sql, {
        ...logged,
        kind: disabledAt === null ? 'account_enable' : 'account_disable',
        outcome: 'success',
      });
    }
    sql
      .prepare('UPDATE "User" SET role = ?, disabledAt = ? WHERE id = ?')
      .run(role, disabledAt, options.userId);
    // The role is read afresh on every request; disabling must also end what is already open.
    if (disabledAt !== null) endUserSessions(sql, options.userId);
    recordAudit(sql, {
      userId: options.actorId,
      at,
      entity: 'User',
      entityId: options.userId,
      action: 'update',
      before: publicUser(before),
      after: publicUser({ ...before, role, disabledAt }),
    });
  });
}

/** An admin's "sign out everywhere" for one user. */
export function endSessionsOf(
  sql: SqlConnection,
  options: { userId: number; actorId: number | null; now?: Date; context?: RequestContext },
): number {
  const at = sqlDateTime(options.now ?? new Date());
  return writeTransaction(sql, () => {
    const ended = endUserSessions(sql, options.userId);
    recordSecurityEvent(sql, {
      ...(options.context ?? CLI),
      kind: 'session_end',
      outcome: 'success',
      userId: options.userId,
      actorId: options.actorId,
      at: options.now,
      detail: { ended, which: 'all' },
    });
    recordAudit(sql, {
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
