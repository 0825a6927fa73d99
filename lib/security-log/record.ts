/**
 * Writes one security log entry. Call it inside the transaction that makes the change, so the
 * change and its entry are stored together. Entries are never swept (unlike throttle counters).
 */
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import type { SecurityEventKind, SecurityOutcome } from './kinds';

export interface SecurityEventInput {
  kind: SecurityEventKind;
  outcome: SecurityOutcome;
  /** The account concerned, when known. */
  userId?: number | null;
  /** Who acted, when not the account's owner (an admin). */
  actorId?: number | null;
  /** The address typed at sign-in. */
  email?: string | null;
  /** The client's network address ("unknown" when the server could not tell). */
  address: string;
  userAgent?: string | null;
  detail?: Record<string, unknown>;
  at?: Date;
}

const MAX_USER_AGENT = 300;

const INSERT = `INSERT INTO "SecurityEvent" ("at", "kind", "outcome", "userId", "actorId", "email", "address", "userAgent", "detail")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Records one security event (inside the transaction that makes the change, when there is one). */
export async function recordSecurityEvent(sql: Sql, event: SecurityEventInput): Promise<void> {
  const params = [
    sqlDateTime(event.at ?? new Date()),
    event.kind,
    event.outcome,
    event.userId ?? null,
    event.actorId ?? null,
    event.email?.toLowerCase().slice(0, 254) ?? null,
    event.address.slice(0, 100),
    event.userAgent ? event.userAgent.slice(0, MAX_USER_AGENT) : null,
    event.detail ? JSON.stringify(event.detail) : null,
  ];
  await sql.run(INSERT, params);
}
