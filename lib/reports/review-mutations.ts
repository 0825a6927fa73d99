/**
 * An editor marking a report reviewed: it leaves the inbox. Checks the version the editor read
 * (a report corrected since is looked at again first); audited in the same transaction.
 */
import { recordAudit } from '../audit/record';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import { openReport, reportLock } from './correction-mutations';

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

export async function markReportReviewed(
  sql: Sql,
  options: { reportId: number; version: number; userId: number | null; now?: Date },
): Promise<{ version: number; reviewedAt: string }> {
  const now = options.now ?? new Date();
  const at = sqlDateTime(now);
  return sql.transaction(
    async (tx) => {
      const stored = await tx.get<{ reviewedAt: string | null; withdrawnAt: string | null }>(
        'SELECT "reviewedAt", "withdrawnAt" FROM "Report" WHERE "id" = ?',
        [options.reportId],
      );
      // Before the version check: "already done" says more than "changed meanwhile" when both hold.
      if (stored?.reviewedAt && !stored.withdrawnAt) {
        throw new ReportAlreadyReviewedError(options.reportId, new Date(stored.reviewedAt).toISOString());
      }
      const report = await openReport(tx, options.reportId, options.version);
      await tx.run('UPDATE "Report" SET "reviewedAt" = ?, "version" = "version" + 1 WHERE "id" = ?', [
        at,
        report.id,
      ]);
      await recordAudit(tx, {
        userId: options.userId,
        at,
        entity: 'Report',
        entityId: report.id,
        action: 'mark_reviewed',
        before: { reviewedAt: null },
        after: { reviewedAt: at },
      });
      return { version: report.version + 1, reviewedAt: now.toISOString() };
    },
    { lockKeys: [reportLock(options.reportId)] },
  );
}
