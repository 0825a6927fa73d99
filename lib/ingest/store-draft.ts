/**
 * Stores a report and what the reader drafted from it, in one transaction: the report, each
 * incident (new, or another source of a stored one), its casualty claims, the deployments,
 * milestones and figures, the warnings, and audit entries. The editor's form and the ingest
 * command both come through here.
 */
import { recordAudit } from '../audit/record';
import type { IncidentDraft, ReportDraft, WarningDetail } from '../extract/schema';
import { touchIncident } from '../incidents/mutations';
import { refreshSearchText } from '../incidents/search-text';
import type { GazetteerEntry } from '../locations/gazetteer';
import { reportContentHash } from '../reports/content-hash';
import { titleFromText } from '../reports/report-file';
import type { ValidReportInput } from '../reports/schema';
import type { Sql } from '../store/sql';
import { sqlDate, sqlDateTime, sqlJson } from '../store/sql-values';
import { findCandidates, loadCandidate, type SuggestedMatch, suggestMatch } from './candidates';
import { crossReportWarnings } from './cross-checks';
import { findUndatedMatch, matchContext, namedSubjectOf } from './match-subjects';
import { insertContext, insertSourceAndClaims, refineIncident } from './store-findings';

export type IncidentDecision =
  | { action: 'create' }
  | { action: 'merge'; incidentId: number }
  | { action: 'skip' };

export interface StoreDraftOptions {
  input: ValidReportInput;
  draft: ReportDraft;
  gazetteer: readonly GazetteerEntry[];
  /** One per drafted incident, from the editor's review; absent → take the matcher's suggestions. */
  decisions?: readonly IncidentDecision[];
  userId?: number | null;
  /** An editor reviewed the report before it was stored: it does not wait in the inbox. */
  reviewed?: boolean;
}

export interface IncidentOutcome {
  index: number;
  action: 'created' | 'corroborated' | 'skipped';
  incidentId: number | null;
  match: SuggestedMatch | null;
}

export interface StoreDraftResult {
  reportId: number;
  created: boolean;
  incidents: IncidentOutcome[];
  warnings: WarningDetail[];
}

export class MergeTargetError extends Error {
  constructor(readonly incidentId: number) {
    super(`Incident ${incidentId} does not exist or was deleted; it cannot take this report.`);
    this.name = 'MergeTargetError';
  }
}

/**
 * What storing would do, without storing: the suggested merges the review screen shows. `text` is
 * the report's, where full names of the victims are learned from.
 */
export async function suggestMatches(
  sql: Sql,
  draft: ReportDraft,
  gazetteer: readonly GazetteerEntry[],
  text = '',
): Promise<(SuggestedMatch | null)[]> {
  const context = matchContext(gazetteer, text);
  const suggestions: (SuggestedMatch | null)[] = [];
  for (const incident of draft.incidents) {
    if (!incident.date) {
      suggestions.push((await findUndatedMatch(sql, incident, { context, now: new Date() }))?.match ?? null);
      continue;
    }
    const subject = namedSubjectOf(incident, context);
    suggestions.push(suggestMatch(subject, await findCandidates(sql, subject, context)));
  }
  return suggestions;
}

/**
 * The locks storing a report takes: its text (the same report stored twice at once is stored once)
 * and one for all matching, since a report's incidents are matched against candidates read across
 * the store: two servers storing two reports of one event must not both create it.
 */
export const ingestLocks = (contentHash: string) => [`ingest:${contentHash}`, 'ingest-match'];

const dateFromMatch = (incident: IncidentDraft, match: SuggestedMatch): WarningDetail => ({
  code: 'assumed_date',
  message: `“${incident.title}” gave no date of its own; it was joined to incident #${match.incidentId} (“${match.title}”, ${match.date}), which it matches by ${match.reasons.join(', ')}. The date comes from that incident: check it.`,
  evidence: incident.evidence,
});

/**
 * One transaction, matching included (it reads candidates across the store), locked on the
 * report's text and on matching (ingestLocks). The reader runs before, never in here.
 */
export async function storeDraft(sql: Sql, options: StoreDraftOptions): Promise<StoreDraftResult> {
  const { input, draft } = options;
  const contentHash = reportContentHash(input.text);
  const context = matchContext(options.gazetteer, input.text);
  const { places } = context;
  const idByKey = new Map(options.gazetteer.map((g) => [g.key, g.id ?? null]));
  const userId = options.userId ?? null;

  return sql.transaction(
    async (tx) => {
      const existing = await tx.get<{ id: number }>('SELECT "id" FROM "Report" WHERE "contentHash" = ?', [
        contentHash,
      ]);
      if (existing) return { reportId: existing.id, created: false, incidents: [], warnings: [] };

      const nowDate = new Date();
      const now = sqlDateTime(nowDate);
      const publishedAt = input.publishedAt ?? draft.publishedAt;
      const reportId = await tx.insert('Report', {
        title: input.title ?? titleFromText(input.text),
        outlet: input.outlet ?? null,
        url: input.url ?? null,
        publishedAt: publishedAt ? sqlDate(publishedAt) : null,
        publishedPrecision: publishedAt ? 'day' : null,
        publishedEstimated: !input.publishedAt && draft.publishedAtEstimated ? 1 : 0,
        text: input.text,
        contentHash,
        warnings: null,
        language: draft.language ?? null,
        ingestedById: userId,
        ingestedAt: now,
        reviewedAt: options.reviewed ? now : null,
      });
      await recordAudit(tx, {
        userId,
        at: now,
        entity: 'Report',
        entityId: reportId,
        action: 'create',
        after: { contentHash },
      });

      const storeIncident = async (incident: IncidentDraft, index: number): Promise<IncidentOutcome> => {
        const decision = options.decisions?.[index];
        const skipped: IncidentOutcome = { index, action: 'skipped', incidentId: null, match: null };
        if (decision?.action === 'skip') return skipped;
        const subject = namedSubjectOf(incident, context);
        let match: SuggestedMatch | null = null;
        let target = null;
        if (decision?.action === 'merge') {
          target = await loadCandidate(tx, decision.incidentId, places);
          if (!target) throw new MergeTargetError(decision.incidentId);
        } else if (!incident.date && !decision) {
          // Undated: join the one stored incident it singles out, or store nothing (warned below).
          const found = await findUndatedMatch(tx, incident, {
            context,
            excludeReportId: reportId,
            now: nowDate,
          });
          if (!found) return skipped;
          ({ match, target } = found);
          dateWarnings.push(dateFromMatch(incident, found.match));
        } else if (!decision) {
          const candidates = await findCandidates(tx, subject, { ...context, excludeReportId: reportId });
          match = suggestMatch(subject, candidates);
          target = candidates.find((c) => c.id === match?.incidentId) ?? null;
        }
        if (target) {
          if (await refineIncident(tx, { target, incident, subject, idByKey, userId, now })) {
            await refreshSearchText(tx, [target.id]);
          } else {
            // Not refined, but it gained a source: open edit forms must notice (refining bumps it already).
            await touchIncident(tx, target.id, now);
          }
          await insertSourceAndClaims(tx, { incidentId: target.id, reportId, incident, now });
          await recordAudit(tx, {
            userId,
            at: now,
            entity: 'Incident',
            entityId: target.id,
            action: 'add_source',
            after: { reportId, match },
          });
          return { index, action: 'corroborated', incidentId: target.id, match };
        }
        // Nothing could place an undated incident on the timeline: it is never created.
        if (!incident.date) return skipped;
        const incidentId = await tx.insert('Incident', {
          date: sqlDate(incident.date),
          dateEnd: incident.dateEnd ? sqlDate(incident.dateEnd) : null,
          datePrecision: incident.datePrecision ?? 'year',
          type: incident.type,
          title: incident.title,
          summary: '',
          locationId: incident.place ? (idByKey.get(incident.place.key) ?? null) : null,
          placePrecision: incident.place?.precision ?? 'country',
          placeText: incident.placeText ?? incident.place?.matchedText ?? null,
          status: 'draft',
          createdAt: now,
          updatedAt: now,
        });
        await insertSourceAndClaims(tx, { incidentId, reportId, incident, now });
        await refreshSearchText(tx, [incidentId]);
        await recordAudit(tx, {
          userId,
          at: now,
          entity: 'Incident',
          entityId: incidentId,
          action: 'create',
          after: { reportId, title: incident.title },
        });
        return { index, action: 'created', incidentId, match: null };
      };
      const dateWarnings: WarningDetail[] = [];
      // One after another: each may join an incident the one before created.
      const incidents: IncidentOutcome[] = [];
      for (const [index, incident] of draft.incidents.entries())
        incidents.push(await storeIncident(incident, index));

      const undated: WarningDetail[] = incidents
        .filter(
          (o) => o.action === 'skipped' && !draft.incidents[o.index]?.date && !options.decisions?.[o.index],
        )
        .map((o) => ({
          code: 'unresolved_date',
          message: `“${draft.incidents[o.index]?.title}” could not be dated and was not stored; add it by hand.`,
          evidence: draft.incidents[o.index]?.evidence ?? null,
        }));
      const notStored = (await insertContext(tx, { reportId, draft, publishedAt, now })).map(
        (message): WarningDetail => ({ code: 'unresolved_date', message, evidence: null }),
      );
      const warnings = [
        ...draft.warningDetails,
        ...undated,
        ...dateWarnings,
        ...notStored,
        ...(await crossReportWarnings(tx, reportId)),
      ];
      await tx.run('UPDATE "Report" SET "warnings" = ? WHERE "id" = ?', [sqlJson(warnings), reportId]);
      return { reportId, created: true, incidents, warnings };
    },
    { lockKeys: ingestLocks(contentHash) },
  );
}
