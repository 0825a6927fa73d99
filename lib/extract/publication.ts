/**
 * The publication date when the caller does not know it: the latest date the text states in
 * full (with its year), or a stray "date 2025-04-03" at the top. Deadlines and future dates
 * ("by February 2026") are not evidence of when the article was written. Nor is a date older than
 * the mission the text names ("… the MSS, … ever since the assassination of the president in
 * July 2021"): that is background, and such a text gives no date to count "on Tuesday" from.
 */
import { monthEnd, monthOf, yearOf } from './calendar';
import { findDateMentions } from './dates';
import { namedMissionSince } from './reference-facts';
import type { Sentence } from './sentences';

export interface PublicationEstimate {
  /** Null when the text's dates cannot be when it was written: `basis` says why. */
  date: string | null;
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
  let best: (PublicationEstimate & { date: string }) | null = null;
  let stated = '';
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
      if (!best || last > best.date) {
        stated = d.text;
        best = {
          date: last,
          basis: `${exact ? 'the latest date' : 'the end of the latest period'} the text states (“${d.text}”)`,
          lowerBound: true,
        };
      }
    }
  }
  const mission = best && namedMissionSince(sentences.filter((s) => !s.boilerplate).map((s) => s.text));
  // A date no later than that first day is the mission's own history ("authorised on October 2, 2023").
  if (best && mission && best.date <= mission.since)
    return {
      date: null,
      basis: `the latest date it states, “${stated}”, is no later than ${mission.name} it names (${mission.when}), so it tells of the past, not of when the text was written`,
    };
  return best;
}
