/**
 * Withdrawing a report an editor judged junk (not an article, a duplicate, the wrong text).
 * The report row stays, marked withdrawn and hidden from lists, so its history stays readable;
 * what it said goes: its incident sources, casualty claims, deployments and figures, each row
 * kept in the audit entry. Incidents it was the only source of are flagged: back to draft, so
 * they show as unreviewed, and their page says they have no source left.
 */
import { recordAudit } from '../audit/record';
import { refreshIncidentCasualties } from '../incidents/casualty-summary';
import { touchIncident } from '../incidents/mutations';
import { sqlDateTime } from '../store/sql-values';
import { type SqlConnection, writeTransaction } from '../store/write-connection';
import { openReport } from './correction-mutations';

export interface WithdrawalImpact {
  sources: number;
  claims: number;
  deployments: number;
  figures: number;
  /** Live incidents that would be left without any source. */
  unsourced: { id: number; title: string }[];
}

const count = (sql: SqlConnection, table: string, reportId: number) =>
  Number(
    (sql.prepare(`SELECT count(*) AS n FROM ${table} WHERE reportId = ?`).get(reportId) as { n: number }).n,
  );

/** What withdrawing the report would remove and leave without a source. */
export function withdrawalImpact(sql: SqlConnection, reportId: number): WithdrawalImpact {
  const unsourced = sql
    .prepare(
      `SELECT i.id, i.title FROM Incident i JOIN IncidentSource s ON s.incidentId = i.id AND s.reportId = ?
       WHERE i.deletedAt IS NULL
         AND NOT EXISTS (SELECT 1 FROM IncidentSource o WHERE o.incidentId = i.id AND o.reportId <> ?)
       ORDER BY i.id`,
    )
    .all(reportId, reportId) as { id: number; title: string }[];
  return {
    sources: count(sql, 'IncidentSource', reportId),
    claims: count(sql, 'CasualtyClaim', reportId),
    deployments: count(sql, 'Deployment', reportId),
    figures: count(sql, 'Figure', reportId),
    unsourced,
  };
}

export function withdrawReport(
  sql: SqlConnection,
  options: {
    reportId: number;
    version: number | undefined;
    reason: string | null;
    userId: number | null;
    now?: Date;
  },
): WithdrawalImpact & { version: number } {
  const at = sqlDateTime(options.now ?? new Date());
  const { reportId, userId } = options;
  return writeTransaction(sql, () => {
    const report = openReport(sql, reportId, options.version);
    const impact = withdrawalImpact(sql, reportId);
    const rowsOf = (table: string) =>
      sql.prepare(`SELECT * FROM ${table} WHERE reportId = ? ORDER BY id`).all(reportId);
    const before = {
      sources: rowsOf('IncidentSource'),
      claims: rowsOf('CasualtyClaim'),
      actors: rowsOf('ActorClaim'),
      deployments: rowsOf('Deployment'),
      figures: rowsOf('Figure'),
    };
    const touched = sql
      .prepare(
        `SELECT DISTINCT i.id, i.status FROM Incident i
         WHERE i.deletedAt IS NULL AND (i.id IN (SELECT incidentId FROM IncidentSource WHERE reportId = ?)
           OR i.id IN (SELECT incidentId FROM CasualtyClaim WHERE reportId = ?))`,
      )
      .all(reportId, reportId) as { id: number; status: string }[];
    for (const table of ['CasualtyClaim', 'ActorClaim', 'IncidentSource', 'Deployment', 'Figure']) {
      sql.prepare(`DELETE FROM ${table} WHERE reportId = ?`).run(reportId);
    }
    refreshIncidentCasualties(
      sql,
      touched.map((i) => i.id),
    );
    const lone = new Set(impact.unsourced.map((i) => i.id));
    for (const incident of touched) {
      const flag = lone.has(incident.id) && incident.status === 'reviewed';
      if (flag) sql.prepare(`UPDATE Incident SET status = 'draft' WHERE id = ?`).run(incident.id);
      touchIncident(sql, incident.id, at);
      recordAudit(sql, {
        userId,
        at,
        entity: 'Incident',
        entityId: incident.id,
        action: 'source_withdrawn',
        before: flag ? { status: incident.status } : undefined,
        after: { reportId, unsourced: lone.has(incident.id), ...(flag ? { status: 'draft' } : {}) },
      });
    }
    sql.prepare('UPDATE Report SET withdrawnAt = ?, version = version + 1 WHERE id = ?').run(at, reportId);
    recordAudit(sql, {
      userId,
      at,
      entity: 'Report',
      entityId: reportId,
      action: 'withdraw',
      before,
      after: { reason: options.reason, unsourced: [...lone] },
    });
    return { ...impact, version: report.version + 1 };
  });
}
