/**
 * Sources and casualty claims of one incident, changed by hand. A claim always belongs to a
 * report that is a source of the incident: every figure keeps its provenance. Each change
 * refreshes the incident's reconciled casualties and bumps its version in the same transaction.
 */
import type { Sql } from '../store/sql';
import type { SqlRows } from '../store/sql-values';
import { refreshIncidentCasualties } from './casualty-summary';
import type { ClaimEdit } from './claim-edits';
import { InvalidReferenceError } from './edit-errors';
import { editLiveIncident } from './incident-edit';
import { type EditContext, incidentLock, updateIncident } from './mutations';
import type { ClaimInput, SourceLink } from './schema';

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
async function readClaim(sql: Sql, claimId: number, incidentId: number): Promise<ClaimRow> {
  const claim = await sql.get<ClaimRow>('SELECT * FROM "CasualtyClaim" WHERE "id" = ? AND "incidentId" = ?', [
    claimId,
    incidentId,
  ]);
  if (!claim) throw new InvalidReferenceError('claimId', 'That claim is no longer on this incident.');
  return claim;
}

/** Adds (claimId absent) or edits a claim; returns the incident's new version. */
export function saveClaim(
  sql: Sql,
  options: EditContext & { incidentId: number; version: number; claimId?: number; input: ClaimInput },
): Promise<number> {
  const { input } = options;
  return editLiveIncident(sql, options, async (tx, incident, at) => {
    const isSource = await tx.get(
      'SELECT 1 AS "found" FROM "IncidentSource" WHERE "incidentId" = ? AND "reportId" = ?',
      [incident.id, input.reportId],
    );
    if (!isSource) {
      throw new InvalidReferenceError('reportId', 'A claim must cite one of this incident’s sources.');
    }
    let before: ReturnType<typeof claimSnapshot> | undefined;
    if (options.claimId !== undefined) {
      const old = await readClaim(tx, options.claimId, incident.id);
      before = claimSnapshot(old);
      await tx.run(
        `UPDATE "CasualtyClaim" SET "reportId" = ?, "kind" = ?, "count" = ?, "hedge" = ?, "affiliation" = ?, "country" = ?
         WHERE "id" = ?`,
        [
          input.reportId,
          input.kind,
          input.count,
          input.hedge,
          input.affiliation,
          input.country ?? null,
          old.id,
        ],
      );
    } else {
      await tx.insert('CasualtyClaim', {
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
    await refreshIncidentCasualties(tx, [incident.id]);
    return { action: before ? 'claim_edit' : 'claim_add', before, after: claimSnapshot(input) };
  });
}

export function deleteClaim(
  sql: Sql,
  options: EditContext & { incidentId: number; version: number; claimId: number },
): Promise<number> {
  return editLiveIncident(sql, options, async (tx, incident) => {
    const old = await readClaim(tx, options.claimId, incident.id);
    await tx.run('DELETE FROM "CasualtyClaim" WHERE "id" = ?', [old.id]);
    await refreshIncidentCasualties(tx, [incident.id]);
    return { action: 'claim_delete', before: claimSnapshot(old) };
  });
}

/**
 * The edit page's one save: the incident's fields (merged as updateIncident does), then each
 * claim edited or typed on the page, all in one transaction: everything is stored, or nothing.
 */
export async function saveIncidentWithClaims(
  sql: Sql,
  options: Parameters<typeof updateIncident>[1] & { claims: readonly ClaimEdit[] },
): Promise<number> {
  // updateIncident's and saveClaim's transactions join this one (lib/store/sql.ts).
  return sql.transaction(
    async (tx) => {
      let version = await updateIncident(tx, options);
      for (const claim of options.claims) {
        version = await saveClaim(tx, {
          incidentId: options.id,
          version,
          claimId: claim.claimId,
          input: claim.input,
          userId: options.userId,
          now: options.now,
        });
      }
      return version;
    },
    { lockKeys: [incidentLock(options.id)] },
  );
}

/** Cites a stored report as a source of the incident (with the passage that supports it). */
export function linkSource(
  sql: Sql,
  options: EditContext & { incidentId: number; version: number; input: SourceLink },
): Promise<number> {
  const { input } = options;
  return editLiveIncident(sql, options, async (tx, incident, at) => {
    const report = await tx.get<{ text: string; withdrawnAt: string | null }>(
      'SELECT "text", "withdrawnAt" FROM "Report" WHERE "id" = ?',
      [input.reportId],
    );
    if (!report) throw new InvalidReferenceError('reportId', 'That report does not exist.');
    if (report.withdrawnAt) throw new InvalidReferenceError('reportId', 'That report was withdrawn.');
    if (
      await tx.get('SELECT 1 AS "found" FROM "IncidentSource" WHERE "incidentId" = ? AND "reportId" = ?', [
        incident.id,
        input.reportId,
      ])
    ) {
      throw new InvalidReferenceError('reportId', 'That report is already a source of this incident.');
    }
    const from = report.text.indexOf(input.excerpt);
    await tx.insert('IncidentSource', {
      incidentId: incident.id,
      reportId: input.reportId,
      excerpt: input.excerpt,
      excerptFrom: from >= 0 ? from : null,
      excerptTo: from >= 0 ? from + input.excerpt.length : null,
      createdAt: at,
    });
    return { action: 'source_add', after: { reportId: input.reportId, excerpt: input.excerpt } };
  });
}

/**
 * Marks (or unmarks) a source as saying the event did not happen — a denial, a retraction, a
 * fact-check. The incident is then contested (grade.ts); its claims stay as the source gave them.
 */
export function setSourceDenies(
  sql: Sql,
  options: EditContext & { incidentId: number; version: number; reportId: number; denies: boolean },
): Promise<number> {
  return editLiveIncident(sql, options, async (tx, incident) => {
    const source = await tx.get<{ denies: number }>(
      'SELECT "denies" FROM "IncidentSource" WHERE "incidentId" = ? AND "reportId" = ?',
      [incident.id, options.reportId],
    );
    if (!source)
      throw new InvalidReferenceError('reportId', 'That report is no longer a source of this incident.');
    await tx.run('UPDATE "IncidentSource" SET "denies" = ? WHERE "incidentId" = ? AND "reportId" = ?', [
      options.denies,
      incident.id,
      options.reportId,
    ]);
    return {
      action: 'source_denies',
      before: { reportId: options.reportId, denies: source.denies === 1 },
      after: { reportId: options.reportId, denies: options.denies },
    };
  });
}
