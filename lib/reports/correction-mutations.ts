/**
 * An editor's correction of a stored report: its title, outlet, address and publication date.
 * A new publication date re-reads the relative dates the report gave (redate.ts); the incident
 * dates it would move change only when the editor confirmed that very plan, or asked to keep
 * them. Checks the version the editor read; audited in the same transaction.
 */
import { recordAudit } from '../audit/record';
import type { GazetteerEntry } from '../locations/gazetteer';
import { sqlDate, sqlDateTime } from '../store/sql-values';
import { type SqlConnection, writeTransaction } from '../store/write-connection';
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

/** The report as stored, if it can still be changed at the version the editor read. */
export function openReport(sql: SqlConnection, reportId: number, version: number | undefined): ReportRow {
  const row = sql
    .prepare(
      `SELECT id, version, title, outlet, url, substr(publishedAt, 1, 10) AS publishedAt, text, withdrawnAt
       FROM Report WHERE id = ?`,
    )
    .get(reportId) as ReportRow | undefined;
  if (!row) throw new ReportNotFoundError(reportId);
  if (row.withdrawnAt) throw new ReportWithdrawnError(reportId);
  if (version !== undefined && row.version !== version) {
    const { id: _id, text: _text, withdrawnAt: _w, ...current } = row;
    throw new ReportVersionConflictError(reportId, current);
  }
  return row;
}

const FIELDS = ['title', 'outlet', 'url', 'publishedAt'] as const;

function applyDates(sql: SqlConnection, plan: RedatePlan, userId: number | null, at: string): void {
  const update = sql.prepare(
    `UPDATE Incident SET date = ?, dateEnd = ?, datePrecision = ?, version = version + 1, updatedAt = ?
     WHERE id = ?`,
  );
  for (const c of plan.changes) {
    update.run(
      sqlDate(c.to.date),
      c.to.dateEnd ? sqlDate(c.to.dateEnd) : null,
      c.to.datePrecision,
      at,
      c.incidentId,
    );
    recordAudit(sql, {
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

export function correctReport(
  sql: SqlConnection,
  options: {
    reportId: number;
    version: number | undefined;
    input: ReportCorrection;
    dates?: DatesChoice;
    gazetteer: readonly GazetteerEntry[];
    userId: number | null;
    now?: Date;
  },
): { version: number; datesChanged: number } {
  const { input, dates } = options;
  const stored = openReport(sql, options.reportId, options.version);
  // The reader runs here, outside the transaction: reading must never hold the write lock.
  const read =
    input.publishedAt === stored.publishedAt
      ? null
      : planRedate(sql, { report: stored, publishedAt: input.publishedAt, gazetteer: options.gazetteer });
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
  const result = writeTransaction(sql, () => {
    openReport(sql, options.reportId, stored.version);
    if (plan && redate && !planHolds(sql, plan)) return null;
    if (plan && redate) applyDates(sql, plan, options.userId, at);
    sql
      .prepare(
        `UPDATE Report SET title = ?, outlet = ?, url = ?, publishedAt = ?, publishedPrecision = ?,
           publishedEstimated = coalesce(?, publishedEstimated), version = version + 1 WHERE id = ?`,
      )
      .run(
        after.title,
        after.outlet,
        after.url,
        after.publishedAt ? sqlDate(after.publishedAt) : null,
        after.publishedAt ? 'day' : null,
        plan ? Number(plan.estimated) : null,
        stored.id,
      );
    recordAudit(sql, {
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
  });
  if (result) return result;
  // The incidents changed between the reading and the writing: show the editor the new plan.
  const fresh = planRedate(sql, {
    report: stored,
    publishedAt: input.publishedAt,
    gazetteer: options.gazetteer,
  });
  throw new DatesNeedConfirmationError(fresh, true);
}
