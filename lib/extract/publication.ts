/**
 * The publication date when the caller does not know it: the latest date the text states in
 * full (with its year), or a stray "date 2025-04-03" at the top. Deadlines and future dates
 * ("by February 2026") are not evidence of when the article was written.
 */
import { monthEnd, monthOf, yearOf } from './calendar';
import { findDateMentions } from './dates';
import type { Sentence } from './sentences';

export interface PublicationEstimate {
  date: string;
  basis: string;
  /** Only the latest date the text states: the report came out then or some days later. */
  lowerBound?: boolean;
}

export function estimatePublication(
  sentences: Sentence[],
  readOn: string | null = null,
): PublicationEstimate | null {
  const meta = sentences.find((s) => s.metaDate)?.metaDate;
  if (meta) return { date: meta, basis: `the date written at the top of the text (${meta})` };
  let best: PublicationEstimate | null = null;
  for (const s of sentences) {
    if (s.boilerplate) continue;
    for (const d of findDateMentions(s.text, s.from, null, undefined, readOn)) {
      if (
        !d.date ||
        !d.hasYear ||
        (d.role !== 'point' && d.role !== 'period' && d.role !== 'report') ||
        d.precision === 'year'
      )
        continue;
      const last =
        d.dateEnd ?? (d.precision === 'month' ? monthEnd(yearOf(d.date), monthOf(d.date)) : d.date);
      const exact = d.precision === 'day' && !d.dateEnd;
      if (!best || last > best.date)
        best = {
          date: last,
          basis: `${exact ? 'the latest date' : 'the end of the latest period'} the text states (“${d.text}”)`,
          lowerBound: true,
        };
    }
  }
  return best;
}
