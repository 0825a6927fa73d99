/**
 * From the reader's draft to the editor's review and back. Pure: the server turns a parsed
 * review into exactly what storeDraft takes — the accepted items only, evidence re-quoted from
 * the text by its offsets, places looked up in the gazetteer — and one decision per incident.
 */

import {
  type IncidentDraft,
  type PlaceMatch,
  type PlacePrecision,
  type ReportDraft,
  reportDraftSchema,
} from '../extract/schema';
import type { IncidentDecision } from '../ingest/store-draft';
import type { GazetteerEntry } from '../locations/gazetteer';
import type { Review, ReviewInput } from './review-schema';
import type { ValidReportInput } from './schema';

export interface ReviewFields {
  title: string;
  outlet: string;
  url: string;
  publishedAt: string;
  text: string;
}

/** The editable review of a fresh draft: everything accepted; a suggested match merged into. */
export function draftToReview(
  input: ReviewFields,
  draft: ReportDraft,
  suggestions: readonly ({ incidentId: number } | null)[],
): ReviewInput {
  return {
    input,
    publishedAt: draft.publishedAt,
    publishedAtEstimated: draft.publishedAtEstimated,
    readerOutlet: draft.outlet ?? null,
    warningDetails: draft.warningDetails,
    incidents: draft.incidents.map(({ evidence: _e, place, ...incident }, i) => {
      const match = suggestions[i];
      return {
        ...incident,
        decision: match ? 'merge' : 'create',
        mergeInto: match?.incidentId ?? null,
        placeKey: place?.key ?? null,
        placeMatchedText: place?.matchedText ?? null,
        casualties: incident.casualties.map((c) => ({ ...c, accepted: true })),
      };
    }),
    deployments: draft.deployments.map(({ evidence: _e, ...d }) => ({ ...d, accepted: true })),
    milestones: draft.milestones.map(({ evidence: _e, ...m }) => ({ ...m, accepted: true })),
    figures: draft.figures.map(({ evidence: _e, ...f }) => ({ ...f, accepted: true })),
  };
}

export type ReviewedDraft =
  | {
      ok: true;
      input: ValidReportInput;
      draft: ReportDraft;
      decisions: IncidentDecision[];
      /** What the editor decided, for the audit entry. */
      summary: ReviewSummary;
    }
  | { ok: false; message: string; errors: Record<string, string[]> };

export interface ReviewSummary {
  incidents: {
    title: string;
    decision: 'create' | 'merge';
    mergeInto: number | null;
    /** An incident the reader missed and the editor added. */
    addedByEditor?: true;
  }[];
  rejected: {
    incidents: string[];
    casualties: number;
    deployments: number;
    milestones: number;
    figures: number;
  };
}

const PRECISION_BY_KIND: Record<GazetteerEntry['kind'], PlacePrecision> = {
  country: 'country',
  department: 'department',
  commune: 'commune',
  neighbourhood: 'neighbourhood',
  site: 'exact',
};

export function placeMatch(
  key: string,
  gazetteer: readonly GazetteerEntry[],
  matchedText: string | null,
): PlaceMatch | null {
  const byKey = new Map(gazetteer.map((g) => [g.key, g]));
  const entry = byKey.get(key);
  if (!entry) return null;
  let department: string | null = null;
  for (let g: GazetteerEntry | undefined = entry; g; g = g.parent ? byKey.get(g.parent) : undefined) {
    if (g.kind === 'department') department = g.name;
    if (g.parent === g.key) break;
  }
  return {
    key,
    name: entry.name,
    department,
    lat: entry.lat,
    lng: entry.lng,
    matchedText: matchedText || entry.name,
    precision: PRECISION_BY_KIND[entry.kind],
  };
}

function withoutAccepted<T extends { accepted: boolean }>(item: T): Omit<T, 'accepted'> {
  const { accepted: _accepted, ...rest } = item;
  return rest;
}

const quote = (text: string, spans: readonly { from: number; to: number }[]) =>
  spans.map((s) => text.slice(s.from, s.to)).join(' ');

export function reviewToDraft(review: Review, gazetteer: readonly GazetteerEntry[]): ReviewedDraft {
  const { text } = review.input;
  const errors: Record<string, string[]> = {};
  const incidents: IncidentDraft[] = [];
  const decisions: IncidentDecision[] = [];
  const summary: ReviewSummary = {
    incidents: [],
    rejected: { incidents: [], casualties: 0, deployments: 0, milestones: 0, figures: 0 },
  };

  review.incidents.forEach((incident, i) => {
    if (incident.decision === 'reject') {
      summary.rejected.incidents.push(typeof incident.title === 'string' ? incident.title : `#${i + 1}`);
      return;
    }
    const { decision, mergeInto, placeKey, placeMatchedText, added, ...fields } = incident;
    const place = placeKey ? placeMatch(placeKey, gazetteer, placeMatchedText) : null;
    if (placeKey && !place) {
      errors[`incidents.${i}.placeKey`] = ['is not a known place: choose one from the list'];
      return;
    }
    const casualties = fields.casualties.flatMap((c) => (c.accepted ? [withoutAccepted(c)] : []));
    summary.rejected.casualties += fields.casualties.length - casualties.length;
    incidents.push({ ...fields, place, casualties, evidence: quote(text, fields.evidenceSpans) });
    decisions.push(
      decision === 'merge' && mergeInto ? { action: 'merge', incidentId: mergeInto } : { action: 'create' },
    );
    summary.incidents.push({
      title: fields.title,
      decision,
      mergeInto: decision === 'merge' ? mergeInto : null,
      ...(added ? { addedByEditor: true } : {}),
    });
  });
  if (Object.keys(errors).length > 0)
    return { ok: false, message: 'Some places are not in the gazetteer.', errors };

  const keep = <T extends { accepted: true; evidenceSpans: { from: number; to: number }[] }>(
    list: readonly (T | { accepted: false })[],
    kind: 'deployments' | 'milestones' | 'figures',
  ) => {
    const kept = list.flatMap((item) => (item.accepted ? [withoutAccepted(item as T)] : []));
    summary.rejected[kind] += list.length - kept.length;
    return kept.map((item) => ({ ...item, evidence: quote(text, item.evidenceSpans) }));
  };
  // The header's outlet wins; else the one the dateline names, as the review screen showed it.
  const outlet = review.input.outlet ?? (review.readerOutlet || undefined);
  const draft = reportDraftSchema.safeParse({
    publishedAt: review.input.publishedAt ?? review.publishedAt,
    outlet: outlet ?? null,
    publishedAtEstimated: !review.input.publishedAt && review.publishedAtEstimated,
    incidents,
    deployments: keep(review.deployments, 'deployments'),
    milestones: keep(review.milestones, 'milestones'),
    figures: keep(review.figures, 'figures'),
    warnings: review.warningDetails.map((w) => w.message),
    warningDetails: review.warningDetails,
  });
  // The review schema is stricter than the draft's; this is the shared contract's last word.
  if (!draft.success) {
    return {
      ok: false,
      message: `The reviewed draft is not valid: ${draft.error.issues[0]?.message ?? 'unknown problem'}.`,
      errors: {},
    };
  }
  const { publishedAt, ...input } = review.input;
  return { ok: true, input: { ...input, outlet, publishedAt }, draft: draft.data, decisions, summary };
}
