/** Reading the security log: newest first, filtered, a page at a time (keyset on id). */
import { position } from '../store/dialect';
import type { Sql } from '../store/sql';
import type { SecurityEventKind, SecurityOutcome } from './kinds';
import type { SecurityLogFilter } from './schema';

export const SECURITY_LOG_PAGE_SIZE = 50;

export interface SecurityEventView {
  id: number;
  at: string;
  kind: SecurityEventKind;
  outcome: SecurityOutcome;
  /** The account's address, or the address typed at a failed sign-in. */
  account: string | null;
  actor: string | null;
  address: string;
  userAgent: string | null;
  detail: Record<string, unknown> | null;
}

interface Row extends Omit<SecurityEventView, 'detail' | 'at'> {
  at: string;
  detail: string | null;
}

export async function listSecurityEvents(
  sql: Sql,
  filter: SecurityLogFilter,
  pageSize = SECURITY_LOG_PAGE_SIZE,
): Promise<{ events: SecurityEventView[]; nextBefore: number | null }> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.kind) where.push('"e"."kind" = ?') && params.push(filter.kind);
  if (filter.outcome) where.push('"e"."outcome" = ?') && params.push(filter.outcome);
  if (filter.user) {
    where.push(`${position(`lower(coalesce("u"."email", "e"."email", ''))`, '?', sql.dialect)} > 0`);
    params.push(filter.user);
  }
  if (filter.from) where.push('"e"."at" >= ?') && params.push(`${filter.from}T00:00:00.000+00:00`);
  if (filter.to) {
    const next = new Date(`${filter.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    where.push('"e"."at" < ?') && params.push(next.toISOString().replace('Z', '+00:00'));
  }
  if (filter.before) where.push('"e"."id" < ?') && params.push(filter.before);
  const rows = await sql.all<Row>(
    `SELECT "e"."id", "e"."at", "e"."kind", "e"."outcome", coalesce("u"."email", "e"."email") AS "account",
            "a"."email" AS "actor", "e"."address", "e"."userAgent", "e"."detail"
     FROM "SecurityEvent" "e"
     LEFT JOIN "User" "u" ON "u"."id" = "e"."userId"
     LEFT JOIN "User" "a" ON "a"."id" = "e"."actorId"
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY "e"."id" DESC LIMIT ?`,
    [...params, pageSize + 1],
  );
  const page = rows.slice(0, pageSize);
  return {
    events: page.map((r) => ({
      ...r,
      at: new Date(r.at).toISOString(),
      detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
    })),
    nextBefore: rows.length > pageSize ? (page.at(-1)?.id ?? null) : null,
  };
}
