import { isSql } from '../store/is-sql';
import type { Sql } from '../store/sql';
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

/**
 * Writes one audit entry; call it inside the transaction that makes the change. Given the
 * asynchronous interface's `tx` it answers a promise; given the synchronous connection (domains
 * not moved yet, lib/store/is-sql.ts) it writes at once.
 */
export function recordAudit(sql: Sql, entry: AuditRecord): Promise<void>;
export function recordAudit(sql: SqlConnection, entry: AuditRecord): void;
export function recordAudit(sql: Sql | SqlConnection, entry: AuditRecord): Promise<void> | void {
  const row = {
    userId: entry.userId,
    at: entry.at,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    before: sqlJson(entry.before),
    after: sqlJson(entry.after),
  };
  if (isSql(sql)) return sql.insert('AuditEntry', row).then(() => undefined);
  insertRow(sql, 'AuditEntry', row);
}
