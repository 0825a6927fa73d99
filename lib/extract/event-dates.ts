/** The day an event's sentence gives, and the days a date mention covers. */
import type { SentenceFacts } from './analyze';
import { monthEnd, monthOf, sameOrPreviousWeekday, yearOf } from './calendar';
import type { DateMention } from './dates';
import type { EventGroup, SentenceView } from './event-groups';
import { eitherPattern } from './words';

export function dateRange(d: DateMention): [string, string] | null {
  if (!d.date) return null;
  if (d.dateEnd) return [d.date, d.dateEnd];
  if (d.precision === 'month') return [d.date, monthEnd(yearOf(d.date), monthOf(d.date))];
  if (d.precision === 'year') return [d.date, `${yearOf(d.date)}-12-31`];
  return [d.date, d.date];
}

/** The sentence's own event date: the point date nearest its first event word. */
export function eventDate(f: SentenceFacts, anchorAt: number): DateMention | null {
  // "an assault on the town, which has been under siege since April 24": an ongoing event's start.
  const points = f.dates.filter(
    (d) => d.role === 'point' || (d.role === 'since' && d.precision === 'day' && d.resolved),
  );
  let best: DateMention | null = null;
  for (const d of points)
    if (!best || Math.abs(d.start - anchorAt) < Math.abs(best.start - anchorAt)) best = d;
  return best ? (spanWithNext(f, best) ?? best) : null;
}

const SPAN_JOIN =
  /^\s*(?:,|and|or|to|through|and on|et|ou|au|-|–|(?:and\s+)?(?:lasted|continued|went on|ran)(?:\s+(?:until|into|through|till))?(?:\s+on)?|until|into)\s*$/i;

/** "on Saturday and Monday", "Sunday, Monday": the event took those days, told as one span. */
function spanWithNext(f: SentenceFacts, d: DateMention): DateMention | null {
  // "over the weekend and on Monday": a span of days may open the pair too.
  const span = d.dateEnd !== null && d.dateEnd !== undefined && d.precision === 'week' && !/\d/.test(d.label);
  if ((d.precision !== 'day' || d.dateEnd) && !span) return null;
  if (!d.date) return null;
  // "… and lasted until Monday": a deadline after the first day is where the span ends.
  const days = f.dates.filter(
    (x) =>
      x === d ||
      ((x.role === 'point' || x.role === 'deadline') && x.precision === 'day' && x.date && !x.dateEnd),
  );
  const i = days.indexOf(d);
  const pair = (a: DateMention | undefined, b: DateMention | undefined) => {
    if (!a?.date || !b?.date || (a.dateEnd ?? a.date) >= b.date) return null;
    const between = f.sentence.text.slice(a.end - f.sentence.from, b.start - f.sentence.from);
    // "on Saturday and Monday", "began on Saturday and lasted until Monday", "continued into Thursday".
    if (!SPAN_JOIN.test(between)) return null;
    const span = Math.round((Date.parse(b.date) - Date.parse(a.date)) / 86_400_000);
    return span <= 6 ? { ...a, end: b.end, text: `${a.text}${between}${b.text}`, dateEnd: b.date } : null;
  };
  return pair(d, days[i + 1]) ?? pair(days[i - 1], d);
}

/** The sentence tells when the event itself ran: "began", "continued", « a commencé », « s'est poursuivie ». */
export const TIMING = eitherPattern(
  /\b(?:began|begun|started|erupted|broke out|took place|occurred|unfolded|continued|lasted)\b/i,
  /(?<![\p{L}])(?:commencé|débuté|éclaté|eu lieu|produit|poursuivi(?:e|es|s)?|duré)(?![\p{L}])/iu,
);

/**
 * A weekday counted back from the report ("on Wednesday") that falls outside the span of days the
 * event it points back at was told in ("last week"): the same weekday inside that span.
 */
export function weekdayInSpan(span: DateMention | null, d: DateMention | null): DateMention | null {
  if (!span?.date || !span.dateEnd || d?.weekday === undefined || d.explicit || !d.date) return null;
  if (d.date >= span.date && d.date <= span.dateEnd) return null;
  const day = sameOrPreviousWeekday(span.dateEnd, d.weekday);
  return day >= span.date ? { ...d, date: day, dateEnd: null } : null;
}

const BEGAN = eitherPattern(/\b(?:began|begun|started)\b/i, /(?<![\p{L}])(?:commencé|débuté)(?![\p{L}])/iu);
const UNTIL = eitherPattern(/\b(?:until|till|through|into)\b/i, /(?<![\p{L}])jusqu/iu);

/**
 * « Les attaques se sont poursuivies jusqu'au 4 juin », "The fighting continued until Thursday":
 * the event `target` ran until the later day the sentence names; its span grows to it.
 */
export function ranUntil(
  target: { date: DateMention | null },
  v: { date: DateMention | null },
  text: string,
): boolean {
  const from = target.date?.date;
  const until = v.date;
  // A day told, not a week counted back; the event going on, not told from its start ("began on
  // Wednesday and continued into Thursday" dates the Wednesday: event-groups.ts).
  if (!from || !target.date || target.date.dateEnd || !until?.resolved || !until.date || until.date <= from)
    return false;
  if (!TIMING.test(text) || !UNTIL.test(text) || BEGAN.test(text)) return false;
  target.date = { ...target.date, dateEnd: until.date };
  return true;
}

/**
 * « La ville s'est réveillée ce dimanche sous le choc. Trois hommes ont été lynchés … »: the day of
 * the scene set in the sentence just before, which told no event of its own.
 */
export function sceneDay(
  scene: SentenceView | undefined,
  inGroup: ReadonlyMap<number, EventGroup>,
): DateMention | null {
  if (!scene || scene.type || scene.casualties.length > 0 || inGroup.has(scene.facts.sentence.index))
    return null;
  return scene.date?.resolved && scene.date.precision === 'day' ? scene.date : null;
}

/**
 * « une opération menée du dimanche 25 au mardi 27 mai à Solino et à Delmas 30 … Deux agents ont été
 * blessés lors des affrontements de lundi à Delmas 30 »: a day inside the explicit span of days an
 * event was told in.
 */
export function dayInSpan(span: DateMention | null, d: DateMention | null): boolean {
  if (!span?.explicit || !span.date || !span.dateEnd || span.dateEnd === span.date) return false;
  return d?.precision === 'day' && d.date !== null && span.date <= d.date && d.date <= span.dateEnd;
}
