/**
 * The publication date when the caller does not know it: the latest date the text states in
 * full (with its year), or a stray "date 2025-04-03" at the top. Deadlines and future dates
 * ("by February 2026") are not evidence of when the article was written. Nor is a date older than
 * the mission the text names ("… the MSS, … ever since the assassination of the president in
 * July 2021"): that is background, and such a text gives no date to count "on Tuesday" from.
 */
import { monthEnd, monthOf, weekdayOf, yearOf, ymd } from './calendar';
import { L0, L1, MONTH_RE, monthNumber, WEEKDAY_RE, weekdayNumber } from './date-words';
import { findDateMentions } from './dates';
import { MSS_AUTHORISED_ON, namedMissionSince } from './reference-facts';
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
  if (!best) return weekdayYear(sentences, readOn);
  const mission = best && namedMissionSince(sentences.filter((s) => !s.boilerplate).map((s) => s.text));
  // A date no later than that first day is the mission's own history ("authorised on October 2, 2023").
  if (best && mission && best.date <= mission.since)
    return {
      date: null,
      basis: `the latest date it states, “${stated}”, is no later than ${mission.name} it names (${mission.when}), so it tells of the past, not of when the text was written`,
    };
  // "endorsed … in October 2023" beside "on Tuesday, March 25": the weekday fixes a later year.
  const weekday = weekdayYear(sentences, readOn);
  return weekday?.date && weekday.date > best.date ? weekday : best;
}

/** « ce vendredi 9 mai », "Friday, May 9", « Jedi 16 oktòb »: a day told with its weekday. */
const WEEKDAY_DAY_MONTH = new RegExp(
  `${L0}${WEEKDAY_RE},?\\s+(?:(\\d{1,2})(?:er)?\\s+${MONTH_RE}|${MONTH_RE}\\s+(\\d{1,2}))${L1}`,
  'giu',
);
/** How many years after the mission's authorisation a weekday may place an undated report. */
const YEARS_AFTER = 6;

/**
 * With no year anywhere, a day told with its weekday falls on that weekday in few years: the one
 * year since the MSS was authorised (the period this tracker covers, and no later than the day it
 * is read) in which it does is the year of the report. Two such years: no estimate.
 */
function weekdayYear(sentences: Sentence[], readOn: string | null): PublicationEstimate | null {
  const first = yearOf(MSS_AUTHORISED_ON);
  const last = readOn ? yearOf(readOn) : first + YEARS_AFTER;
  for (const s of sentences) {
    if (s.boilerplate) continue;
    for (const m of s.text.matchAll(WEEKDAY_DAY_MONTH)) {
      const weekday = weekdayNumber(m[1] ?? '');
      const month = monthNumber(m[3] ?? m[4] ?? '');
      const day = Number(m[2] ?? m[5]);
      if (weekday === null || month === null) continue;
      const years: string[] = [];
      for (let y = first; y <= last; y++) {
        const iso = ymd(y, month, day);
        if (iso && iso >= MSS_AUTHORISED_ON && (!readOn || iso <= readOn) && weekdayOf(iso) === weekday)
          years.push(iso);
      }
      if (years.length === 1 && years[0])
        return {
          date: years[0],
          basis: `the only year since the MSS was authorised in which “${m[0]}” falls on that weekday`,
          lowerBound: true,
        };
    }
  }
  return null;
}
