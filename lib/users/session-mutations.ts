/** A user's own sessions: listing them, and ending one, the others, or all. */

import { recordAudit } from '../audit/record';
import { IDLE_TIMEOUT_MS } from '../auth/sessions';
import { recordSecurityEvent } from '../security-log/record';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import type { RequestContext } from './mutations';

export interface OwnSessionView {
  /** A short handle for the form: the first characters of the stored id (never the cookie). */
  handle: string;
  createdAt: string;
  lastSeenAt: string;
  address: string;
  userAgent: string;
  current: boolean;
}

const HANDLE_LENGTH = 12;

export async function listOwnSessions(
  sql: Sql,
  options: { userId: number; currentSessionId: string; now?: Date },
): Promise<OwnSessionView[]> {
  const now = options.now ?? new Date();
  const rows = await sql.all<{
    id: string;
    createdAt: string;
    lastSeenAt: string;
    address: string;
    userAgent: string;
  }>(
    `SELECT "id", "createdAt", "lastSeenAt", "address", "userAgent" FROM "Session"
     WHERE "userId" = ? AND "pendingTotp" = ? AND "expiresAt" > ? AND "lastSeenAt" > ?
     ORDER BY "lastSeenAt" DESC`,
    [options.userId, false, sqlDateTime(now), sqlDateTime(new Date(now.getTime() - IDLE_TIMEOUT_MS))],
  );
  return rows.map((r) => ({
    handle: r.id.slice(0, HANDLE_LENGTH),
    createdAt: new Date(r.createdAt).toISOString(),
    lastSeenAt: new Date(r.lastSeenAt).toISOString(),
    address: r.address,
    userAgent: r.userAgent,
    current: r.id === options.currentSessionId,
  }));
}

/** Ends one of the user's own sessions (by handle), all the others, or all of them. */
export function endOwnSessions(
  sql: Sql,
  options: {
    userId: number;
    currentSessionId: string;
    which: 'others' | 'all' | { handle: string };
    context: RequestContext;
    now?: Date;
  },
): Promise<number> {
  return sql.transaction(async (tx) => {
    const { userId, currentSessionId, which } = options;
    const { changes: ended } =
      which === 'all'
        ? await tx.run('DELETE FROM "Session" WHERE "userId" = ?', [userId])
        : which === 'others'
          ? await tx.run('DELETE FROM "Session" WHERE "userId" = ? AND "id" <> ?', [userId, currentSessionId])
          : await tx.run('DELETE FROM "Session" WHERE "userId" = ? AND substr("id", 1, ?) = ?', [
              userId,
              HANDLE_LENGTH,
              which.handle.slice(0, HANDLE_LENGTH),
            ]);
    await recordSecurityEvent(tx, {
      ...options.context,
      kind: 'session_end',
      outcome: ended > 0 ? 'success' : 'failure',
      userId,
      at: options.now,
      detail: { ended, which: typeof which === 'string' ? which : 'one' },
    });
    await recordAudit(tx, {
      userId,
      at: sqlDateTime(options.now ?? new Date()),
      entity: 'User',
      entityId: userId,
      action: 'end_sessions',
      after: { sessionsEnded: ended, which: typeof which === 'string' ? which : 'one' },
    });
    return ended;
  });
}
