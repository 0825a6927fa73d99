/**
 * What an editor should check first on each drafted incident: the reader's own flags, plus
 * what the draft itself shows (no date, no place matched, low confidence). Pure, so the review
 * screen and its tests agree on what "needs a check" means.
 */
import type { ReaderFlagCode } from '../extract/schema';
import type { ReviewIncidentInput } from './review-schema';

/** Below this the reader itself doubts the incident (it scores clear, stated events ~0.85+). */
export const LOW_CONFIDENCE = 0.6;

export type ReviewCheckCode = ReaderFlagCode | 'no_date' | 'low_confidence';

export interface ReviewCheck {
  code: ReviewCheckCode;
  message: string;
}

type CheckedIncident = Pick<
  ReviewIncidentInput,
  'date' | 'dateNote' | 'placeKey' | 'placeText' | 'confidence' | 'flags' | 'added'
>;

export function incidentChecks(incident: CheckedIncident): ReviewCheck[] {
  // The editor's own incident is what the editor said; nothing of the reader's to doubt.
  if (incident.added) return [];
  const checks: ReviewCheck[] = [...(incident.flags ?? [])];
  const has = (code: ReviewCheckCode) => checks.some((c) => c.code === code);
  if (!incident.date) {
    checks.unshift({
      code: 'no_date',
      message: `No date: ${incident.dateNote ?? 'the report does not say when it happened'}. Give one, or reject the incident.`,
    });
  }
  if (incident.placeText && !incident.placeKey && !has('place_not_found')) {
    checks.push({
      code: 'place_not_found',
      message: `Place not found: the report says “${incident.placeText}”, which is not in the gazetteer. Choose the nearest place.`,
    });
  }
  if (incident.confidence < LOW_CONFIDENCE) {
    checks.push({
      code: 'low_confidence',
      message: `Low confidence (${Math.round(incident.confidence * 100)}%): the reader is not sure this is an incident of its own.`,
    });
  }
  return checks;
}

/** Short names for the badge list ("Check first: date, place"). */
export const CHECK_LABELS: Record<ReviewCheckCode, string> = {
  no_date: 'no date',
  low_confidence: 'low confidence',
  place_from_context: 'place from another sentence',
  place_not_found: 'place not found',
  date_estimated: 'date estimated',
  date_assumed: 'date assumed',
  side_inferred: 'side inferred',
  competing_tolls: 'competing tolls',
  split_scene: 'split scene',
  toll_uncounted: 'toll without a number',
};
