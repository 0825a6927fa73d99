import { insertRow, sqlJson } from '../store/sql-values';
import type { SqlConnection } from '../store/write-connection';

export interface AuditRecord {
  userId: number | null;
  at: string;
  entity: string;
  entityId: number;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit entry; call it inside the transaction that makes the change. */
export function recordAudit(sql: SqlConnection, entry: AuditRecord): void {
  insertRow(sql, 'AuditEntry', {
    userId: entry.userId,
    at: entry.at,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    before: sqlJson(entry.before),
    after: sqlJson(entry.after),
  });
}
