/**
 * Server-side sessions. The cookie holds a random token; the database holds only
 * HMAC(secret, token), so a copy of the database (or a backup) yields no live session.
 * A session ends when idle too long, when too old whatever its use, at sign-out, when an admin
 * ends it, and when its user is disabled.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import type { Role } from './roles';

export const SESSION_COOKIE = 'hit_session';
/** Its name over HTTPS: the `__Host-` prefix binds it to this host, Secure, Path=/. */
export const SESSION_COOKIE_SECURE = '__Host-hit_session';
export const IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000; // 2 hours without a request
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000; // 12 hours after sign-in
export const PENDING_TOTP_MS = 10 * 60 * 1000; // to type the code after the password
// lastSeenAt is refreshed at most this often, so reads do not each write.
const TOUCH_EVERY_MS = 60 * 1000;

/**
 * What a signed-in user must do before anything else: replace a temporary password an admin set,
 * or (an admin) set up two-factor sign-in. Pages send them there; actions refuse meanwhile.
 */
export type SessionRequirement = 'change_password' | 'enrol_totp' | null;

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** The stored id (HMAC) of the session this request came with. */
  sessionId: string;
  requirement: SessionRequirement;
}

export function sessionId(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}

export async function createSession(
  sql: Sql,
  options: {
    secret: string;
    userId: number;
    now?: Date;
    address?: string;
    userAgent?: string;
    /** Password checked, second factor still to come. */
    pendingTotp?: boolean;
  },
): Promise<{ token: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const token = randomBytes(32).toString('base64url');
  // A session waiting for its second factor lives only as long as it takes to type a code.
  const expiresAt = new Date(now.getTime() + (options.pendingTotp ? PENDING_TOTP_MS : ABSOLUTE_TIMEOUT_MS));
  await sql.run(
    `INSERT INTO "Session" ("id", "userId", "createdAt", "lastSeenAt", "expiresAt", "address", "userAgent", "pendingTotp")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      sessionId(options.secret, token),
      options.userId,
      sqlDateTime(now),
      sqlDateTime(now),
      sqlDateTime(expiresAt),
      options.address ?? '',
      (options.userAgent ?? '').slice(0, 300),
      options.pendingTotp ?? false,
    ],
  );
  // Expired sessions of anyone are swept here rather than by a timer.
  await sql.run('DELETE FROM "Session" WHERE "expiresAt" < ?', [sqlDateTime(now)]);
  return { token, expiresAt };
}

interface SessionRow {
  id: string;
  lastSeenAt: string;
  expiresAt: string;
  userId: number;
  email: string;
  name: string;
  role: Role;
  disabledAt: string | null;
  pendingTotp: number;
  mustChangePassword: number;
  totpEnabledAt: string | null;
}

function requirementOf(row: SessionRow): SessionRequirement {
  if (row.mustChangePassword) return 'change_password';
  // Two-factor sign-in is required for admins, optional for editors and viewers.
  if (row.role === 'admin' && row.totpEnabledAt === null) return 'enrol_totp';
  return null;
}

/**
 * The signed-in user for a cookie token, or null (unknown, expired, idle or disabled). A session
 * still waiting for its second factor is nobody here; `resolvePendingSession` finds it.
 */
export async function resolveSession(
  sql: Sql,
  options: { secret: string; token: string | undefined; now?: Date; pendingTotp?: boolean },
): Promise<SessionUser | null> {
  if (!options.token || options.token.length > 200) return null;
  const now = options.now ?? new Date();
  const id = sessionId(options.secret, options.token);
  // One statement per request (two when the session ends or its lastSeenAt is due).
  const row = await sql.get<SessionRow>(
    `SELECT "s"."id", "s"."lastSeenAt", "s"."expiresAt", "s"."pendingTotp", "u"."id" AS "userId",
            "u"."email", "u"."name", "u"."role", "u"."disabledAt", "u"."mustChangePassword", "u"."totpEnabledAt"
     FROM "Session" "s" JOIN "User" "u" ON "u"."id" = "s"."userId" WHERE "s"."id" = ?`,
    [id],
  );
  if (!row || Boolean(row.pendingTotp) !== Boolean(options.pendingTotp)) return null;
  const lastSeen = Date.parse(row.lastSeenAt);
  const ended =
    row.disabledAt !== null ||
    Date.parse(row.expiresAt) <= now.getTime() ||
    now.getTime() - lastSeen >= IDLE_TIMEOUT_MS;
  if (ended) {
    await sql.run('DELETE FROM "Session" WHERE "id" = ?', [id]);
    return null;
  }
  if (now.getTime() - lastSeen >= TOUCH_EVERY_MS) {
    await sql.run('UPDATE "Session" SET "lastSeenAt" = ? WHERE "id" = ?', [sqlDateTime(now), id]);
  }
  return {
    id: row.userId,
    email: row.email,
    name: row.name,
    role: row.role,
    sessionId: row.id,
    requirement: requirementOf(row),
  };
}

/** The user whose password was checked and who now owes a second factor, or null. */
export function resolvePendingSession(
  sql: Sql,
  options: { secret: string; token: string | undefined; now?: Date },
): Promise<SessionUser | null> {
  return resolveSession(sql, { ...options, pendingTotp: true });
}

export async function endSession(sql: Sql, options: { secret: string; token: string }): Promise<void> {
  await sql.run('DELETE FROM "Session" WHERE "id" = ?', [sessionId(options.secret, options.token)]);
}

/** Ends every session of a user (an admin's "sign out everywhere", or a disabled account). */
export async function endUserSessions(sql: Sql, userId: number): Promise<number> {
  return (await sql.run('DELETE FROM "Session" WHERE "userId" = ?', [userId])).changes;
}
