/**
 * Sources and casualty claims of one incident, changed by hand. A claim always belongs to a
 * report that is a source of the incident: every figure keeps its provenance. Each change
 * refreshes the incident's reconciled casualties and bumps its version in the same transaction.
 */
import { recordAudit } from '../audit/record';
import { insertRow, type SqlRows, sqlDateTime } from '../store/sql-values';
import { type SqlConnection, writeTransaction } from '../store/write-connection';
import { refreshIncidentCasualties } from './casualty-summary';
import type { ClaimEdit } from './claim-edits';
import { InvalidReferenceError } from './edit-errors';
import { type EditContext, touchIncident, updateIncident } from './mutations';
import type { ClaimInput, SourceLink } from './schema';
import { openLiveIncident } from './stored-incident';

type ClaimRow = SqlRows['CasualtyClaim'] & { id: number };

const claimSnapshot = (c: ClaimRow | ClaimInput) => ({
  reportId: c.reportId,
  kind: c.kind,
  count: c.count,
  hedge: c.hedge,
  affiliation: c.affiliation,
  country: c.country ?? null,
});

/** The claim, if it is still on this incident (an id from another incident is refused too). */
function readClaim(sql: SqlConnection, claimId: number, incidentId: number): ClaimRow {
  const claim = sql
    .prepare('SELECT * FROM CasualtyClaim WHERE id = ? AND incidentId = ?')
    .get(claimId, incidentId) as ClaimRow | undefined;
  if (!claim) throw new InvalidReferenceError('claimId', 'That claim is no longer on this incident.');
  return claim;
}

/** Adds (claimId absent) or edits a claim; returns the incident's new version. */
export function saveClaim(
  sql: SqlConnection,
  options: EditContext & { incidentId: number; version: number; claimId?: number; input: ClaimInput },
): number {
  const at = sqlDateTime(options.now ?? new Date());
  return writeTransaction(sql, () => {
    const incident = openLiveIncident(sql, options.incidentId, options.version);
    const { input } = options;
    const isSource = sql
      .prepare('SELECT 1 FROM IncidentSource WHERE incidentId = ? AND reportId = ?')
      .get(incident.id, input.reportId);
    if (!isSource) {
      throw new InvalidReferenceError('reportId', 'A claim must cite one of this incident’s sources.');
    }
    let before: ReturnType<typeof claimSnapshot> | undefined;
    if (options.claimId !== undefined) {
      const old = readClaim(sql, options.claimId, incident.id);
      before = claimSnapshot(old);
      sql
        .prepare(
          'UPDATE CasualtyClaim SET reportId = ?, kind = ?, count = ?, hedge = ?, affiliation = ?, country = ? WHERE id = ?',
        )
        .run(
          input.reportId,
          input.kind,
          input.count,
          input.hedge,
          input.affiliation,
          input.country ?? null,
          old.id,
        );
    } else {
      insertRow(sql, 'CasualtyClaim', {
        incidentId: incident.id,
        reportId: input.reportId,
        kind: input.kind,
        count: input.count,
        hedge: input.hedge,
        affiliation: input.affiliation,
        country: input.country ?? null,
        persons: null,
        excerpt: '',
        createdAt: at,
      });
    }
    refreshIncidentCasualties(sql, [incident.id]);
    touchIncident(sql, incident.id, at);
    recordAudit(sql, {
      userId: options.userId,
      at,
      entity: 'Incident',
      entityId: incident.id,
      action: before ? 'claim_edit' : 'claim_add',
      before,
      after: claimSnapshot(input),
    });
    return incident.version + 1;
  });
}

export function deleteClaim(
  sql: SqlConnection,
  options: EditContext & { incidentId: number; version: number; claimId: number },
): number {
  const at = sqlDateTime(options.now ?? new Date());
  return writeTransaction(sql, () => {
    const incident = openLiveIncident(sql, options.incidentId, options.version);
    const old = readClaim(sql, options.claimId, incident.id);
    sql.prepare('DELETE FROM CasualtyClaim WHERE id = ?').run(old.id);
    refreshIncidentCasualties(sql, [incident.id]);
    touchIncident(sql, incident.id, at);
    recordAudit(sql, {
      userId: options.userId,
      at,
      entity: 'Incident',
      entityId: incident.id,
      action: 'claim_delete',
      before: claimSnapshot(old),
    });
    return incident.version + 1;
  });
}

/**
 * The edit page's one save: the incident's fields (merged as updateIncident does), then each
 * claim edited or typed on the page, all in one transaction: everything is stored, or nothing.
 */
export function saveIncidentWithClaims(
  sql: SqlConnection,
  options: Parameters<typeof updateIncident>[1] & { claims: readonly ClaimEdit[] },
): number {
  return writeTransaction(sql, () => {
    let version = updateIncident(sql, options);
    for (const claim of options.claims) {
      version = saveClaim(sql, {
        incidentId: options.id,
        version,
        claimId: claim.claimId,
        input: claim.input,
        userId: options.userId,
        now: options.now,
      });
    }
    return version;
  });
}

/** Cites a stored report as a source of the incident (with the passage that supports it). */
export function linkSource(
  sql: SqlConnection,
  options: EditContext & { incidentId: number; version: number; input: SourceLink },
): number {
  const at = sqlDateTime(options.now ?? new Date());
  return writeTransaction(sql, () => {
    const incident = openLiveIncident(sql, options.incidentId, options.version);
    const report = sql
      .prepare('SELECT text, withdrawnAt FROM Report WHERE id = ?')
      .get(options.input.reportId) as { text: string; withdrawnAt: string | null } | undefined;
    if (!report) throw new InvalidReferenceError('reportId', 'That report does not exist.');
    if (report.withdrawnAt) throw new InvalidReferenceError('reportId', 'That report was withdrawn.');
    if (
      sql
        .prepare('SELECT 1 FROM IncidentSource WHERE incidentId = ? AND reportId = ?')
        .get(incident.id, options.input.reportId)
    ) {
      throw new InvalidReferenceError('reportId', 'That report is already a source of this incident.');
    }
    const from = report.text.indexOf(options.input.excerpt);
    insertRow(sql, 'IncidentSource', {
      incidentId: incident.id,
      reportId: options.input.reportId,
      excerpt: options.input.excerpt,
      excerptFrom: from >= 0 ? from : null,
      excerptTo: from >= 0 ? from + options.input.excerpt.length : null,
      createdAt: at,
    });
    touchIncident(sql, incident.id, at);
    recordAudit(sql, {
      userId: options.userId,
      at,
      entity: 'Incident',
      entityId: incident.id,
      action: 'source_add',
      after: { reportId: options.input.reportId, excerpt: options.input.excerpt },
    });
    return incident.version + 1;
  });
}

/**
 * Marks (or unmarks) a source as saying the event did not happen — a denial, a retraction, a
 * fact-check. The incident is then contested (grade.ts); its claims stay as the source gave them.
 */
export function setSourceDenies(
  sql: SqlConnection,
  options: EditContext & { incidentId: number; version: number; reportId: number; denies: boolean },
): number {
  const at = sqlDateTime(options.now ?? new Date());
  return writeTransaction(sql, () => {
    const incident = openLiveIncident(sql, options.incidentId, options.version);
    const source = sql
      .prepare('SELECT denies FROM IncidentSource WHERE incidentId = ? AND reportId = ?')
      .get(incident.id, options.reportId) as { denies: number } | undefined;
    if (!source)
      throw new InvalidReferenceError('reportId', 'That report is no longer a source of this incident.');
    sql
      .prepare('UPDATE IncidentSource SET denies = ? WHERE incidentId = ? AND reportId = ?')
      .run(options.denies ? 1 : 0, incident.id, options.reportId);
    touchIncident(sql, incident.id, at);
    recordAudit(sql, {
      userId: options.userId,
      at,
      entity: 'Incident',
      entityId: incident.id,
      action: 'source_denies',
      before: { reportId: options.reportId, denies: source.denies === 1 },
      after: { reportId: options.reportId, denies: options.denies },
    });
    return incident.version + 1;
  });
}
