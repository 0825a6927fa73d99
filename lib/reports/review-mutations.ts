/**
 * An editor marking a report reviewed: it leaves the inbox. Checks the version the editor read
 * (a report corrected since is looked at again first); audited in the same transaction.
 */
import { recordAudit } from '../audit/record';
import { sqlDateTime } from '../store/sql-values';
import { type SqlConnection, writeTransaction } from '../store/write-connection';
import { openReport } from './correction-mutations';

/** Someone else marked the report reviewed first: nothing is left to do. */
export class ReportAlreadyReviewedError extends Error {
  constructor(
    readonly reportId: number,
    /** An instant (ISO 8601, UTC). */
    readonly reviewedAt: string,
  ) {
    super(`Report ${reportId} was already marked reviewed.`);
    this.name = 'ReportAlreadyReviewedError';
  }
}

export function markReportReviewed(
  sql: SqlConnection,
  options: { reportId: number; version: number; userId: number | null; now?: Date },
): { version: number; reviewedAt: string } {
  const now = options.now ?? new Date();
  const at = sqlDateTime(now);
  return writeTransaction(sql, () => {
    const stored = sql
      .prepare('SELECT reviewedAt, withdrawnAt FROM Report WHERE id = ?')
      .get(options.reportId) as { reviewedAt: string | null; withdrawnAt: string | null } | undefined;
    // Before the version check: "already done" says more than "changed meanwhile" when both hold.
    if (stored?.reviewedAt && !stored.withdrawnAt) {
      throw new ReportAlreadyReviewedError(options.reportId, new Date(stored.reviewedAt).toISOString());
    }
    const report = openReport(sql, options.reportId, options.version);
    sql.prepare('UPDATE Report SET reviewedAt = ?, version = version + 1 WHERE id = ?').run(at, report.id);
    recordAudit(sql, {
      userId: options.userId,
      at,
      entity: 'Report',
      entityId: report.id,
      action: 'mark_reviewed',
      before: { reviewedAt: null },
      after: { reviewedAt: at },
    });
    return { version: report.version + 1, reviewedAt: now.toISOString() };
  });
}
