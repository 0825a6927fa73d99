import type { Sql } from '../store/sql';
import { sqlJson } from '../store/sql-values';

export interface AuditRecord {
  userId: number | null;
  at: string;
  entity: string;
  entityId: number;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit entry; call it inside the transaction that makes the change (its `tx`). */
export async function recordAudit(sql: Sql, entry: AuditRecord): Promise<void> {
  await sql.insert('AuditEntry', {
    userId: entry.userId,
    at: entry.at,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    before: sqlJson(entry.before),
    after: sqlJson(entry.after),
  });
}
