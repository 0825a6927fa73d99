/**
 * An editor's correction of a stored report: its title, outlet, address and publication date.
 * A new publication date re-reads the relative dates the report gave (redate.ts); the incident
 * dates it would move change only when the editor confirmed that very plan, or asked to keep
 * them. Checks the version the editor read; audited in the same transaction.
 */
import { recordAudit } from '../audit/record';
import { incidentLock } from '../incidents/mutations';
import type { GazetteerEntry } from '../locations/gazetteer';
import { dayKey } from '../store/dialect';
import type { Sql } from '../store/sql';
import { sqlDate, sqlDateTime } from '../store/sql-values';
import { planHolds, planRedate, type RedatePlan } from './redate';
import {
  DatesNeedConfirmationError,
  ReportNotFoundError,
  ReportVersionConflictError,
  ReportWithdrawnError,
} from './report-errors';

export interface ReportCorrection {
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
}

/** Keep the incident dates; apply whatever the new date gives (API); or apply the plan shown. */
export type DatesChoice = 'keep' | 'apply' | { confirm: string };

interface ReportRow {
  id: number;
  version: number;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  text: string;
  withdrawnAt: string | null;
}

/** The lock two servers' writes to one report take (lib/store/sql.ts, lockKeys). */
export const reportLock = (id: number) => `report:${id}`;

/** The report as stored, if it can still be changed at the version the editor read. */
export async function openReport(
  sql: Sql,
  reportId: number,
  version: number | undefined,
): Promise<ReportRow> {
  const row = await sql.get<ReportRow>(
    `SELECT "id", "version", "title", "outlet", "url", ${dayKey('"publishedAt"', sql.dialect)} AS "publishedAt", "text",
            "withdrawnAt"
     FROM "Report" WHERE "id" = ?`,
    [reportId],
  );
  if (!row) throw new ReportNotFoundError(reportId);
  if (row.withdrawnAt) throw new ReportWithdrawnError(reportId);
  if (version !== undefined && row.version !== version) {
    const { id: _id, text: _text, withdrawnAt: _w, ...current } = row;
    throw new ReportVersionConflictError(reportId, current);
  }
  return row;
}

const FIELDS = ['title', 'outlet', 'url', 'publishedAt'] as const;

async function applyDates(tx: Sql, plan: RedatePlan, userId: number | null, at: string): Promise<void> {
  for (const c of plan.changes) {
    await tx.run(
      `UPDATE "Incident" SET "date" = ?, "dateEnd" = ?, "datePrecision" = ?, "version" = "version" + 1, "updatedAt" = ?
       WHERE "id" = ?`,
      [sqlDate(c.to.date), c.to.dateEnd ? sqlDate(c.to.dateEnd) : null, c.to.datePrecision, at, c.incidentId],
    );
    await recordAudit(tx, {
      userId,
      at,
      entity: 'Incident',
      entityId: c.incidentId,
      action: 'redate',
      before: c.from,
      after: { ...c.to, reportId: plan.reportId, publishedAt: plan.publishedAt },
    });
  }
}

export async function correctReport(
  sql: Sql,
  options: {
    reportId: number;
    version: number | undefined;
    input: ReportCorrection;
    dates?: DatesChoice;
    gazetteer: readonly GazetteerEntry[];
    userId: number | null;
    now?: Date;
  },
): Promise<{ version: number; datesChanged: number }> {
  const { input, dates } = options;
  const stored = await openReport(sql, options.reportId, options.version);
  // The reader runs here, outside the transaction: reading must never hold the write lock.
  const read =
    input.publishedAt === stored.publishedAt
      ? null
      : await planRedate(sql, {
          report: stored,
          publishedAt: input.publishedAt,
          gazetteer: options.gazetteer,
        });
  // Left empty on a report whose date was estimated: the reader estimates the same day again.
  const plan = read && read.publishedAt !== stored.publishedAt ? read : null;
  const redate = plan !== null && plan.changes.length > 0 && dates !== 'keep';
  if (plan && redate && dates !== 'apply') {
    const confirmed = typeof dates === 'object' && dates.confirm === plan.fingerprint;
    if (!confirmed) throw new DatesNeedConfirmationError(plan, typeof dates === 'object');
  }
  const after = { ...input, publishedAt: plan ? plan.publishedAt : stored.publishedAt };
  const changed = FIELDS.filter((f) => after[f] !== stored[f]);
  if (changed.length === 0 && !plan) return { version: stored.version, datesChanged: 0 };

  const at = sqlDateTime(options.now ?? new Date());
  // The report, and the incidents the plan would redate (its basis, read before the transaction).
  const lockKeys = [reportLock(stored.id), ...(plan?.basis ?? []).map((b) => incidentLock(b.incidentId))];
  const result = await sql.transaction(
    async (tx) => {
      await openReport(tx, options.reportId, stored.version);
      if (plan && redate && !(await planHolds(tx, plan))) return null;
      if (plan && redate) await applyDates(tx, plan, options.userId, at);
      await tx.run(
        `UPDATE "Report" SET "title" = ?, "outlet" = ?, "url" = ?, "publishedAt" = ?, "publishedPrecision" = ?,
         "publishedEstimated" = coalesce(?, "publishedEstimated"), "version" = "version" + 1 WHERE "id" = ?`,
        [
          after.title,
          after.outlet,
          after.url,
          after.publishedAt ? sqlDate(after.publishedAt) : null,
          after.publishedAt ? 'day' : null,
          plan ? plan.estimated : null,
          stored.id,
        ],
      );
      await recordAudit(tx, {
        userId: options.userId,
        at,
        entity: 'Report',
        entityId: stored.id,
        action: 'correct',
        before: Object.fromEntries(changed.map((f) => [f, stored[f]])),
        after: {
          ...Object.fromEntries(changed.map((f) => [f, after[f]])),
          ...(plan
            ? { incidentDates: redate ? 'changed' : 'kept', incidents: plan.changes.map((c) => c.incidentId) }
            : {}),
        },
      });
      return { version: stored.version + 1, datesChanged: redate && plan ? plan.changes.length : 0 };
    },
    { lockKeys },
  );
  if (result) return result;
  // The incidents changed between the reading and the writing: show the editor the new plan.
  const fresh = await planRedate(sql, {
    report: stored,
    publishedAt: input.publishedAt,
    gazetteer: options.gazetteer,
  });
  throw new DatesNeedConfirmationError(fresh, true);
}
