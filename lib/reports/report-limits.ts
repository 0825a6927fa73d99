/**
 * How much one report may hold, checked the same way before the review screen opens and when
 * a machine client submits a report, so no one reviews a draft that could never be saved.
 */
import type { ReportDraft } from '../extract/schema';
import { MAX_REPORT_ITEMS } from './schema';

const KINDS = ['incidents', 'deployments', 'milestones', 'figures'] as const;

/** Why the draft is too big for one report, or null when it fits. */
export function draftOverLimit(draft: Pick<ReportDraft, (typeof KINDS)[number]>): string | null {
  const kind = KINDS.find((k) => draft[k].length > MAX_REPORT_ITEMS);
  if (!kind) return null;
  return `The reader found ${draft[kind].length.toLocaleString('en')} ${kind} in this text; one report holds at most ${MAX_REPORT_ITEMS.toLocaleString('en')}. Split the text and store each part as a report.`;
}
