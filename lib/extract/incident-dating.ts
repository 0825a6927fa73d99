/**
 * When an event happened, as the incident states it: the date its sentences give; an ongoing event
 * from its start; otherwise, said so in `dateNote`, the month of the nearest date the report gives,
 * or for an earlier event told after the article's own, the month before publication or since.
 */
import { addDays, monthOf, monthStart, shiftMonth, yearOf } from './calendar';
import type { DateMention } from './dates';
import type { EventGroup } from './event-groups';
import type { BuildOptions } from './incident-draft';
import type { DatePrecision } from './schema';

export interface Dating {
  /** What the editor should check about the date, when the reader had to assume or estimate it. */
  flag?: 'date_assumed' | 'date_estimated';
  weekday?: number | null;
  monthDay?: string | null;
  date: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision | null;
  dateNote: string | null;
  penalty: number;
}

export function dating(g: EventGroup, o: BuildOptions): Dating {
  const d = g.date;
  if (d?.date && d.role === 'since' && o.publishedAt && d.date < o.publishedAt) {
    return {
      date: d.date,
      dateEnd: o.publishedAt,
      datePrecision: 'week',
      dateNote: `ongoing “${d.text}” until the report`,
      penalty: 0.1,
    };
  }
  if (d?.date) {
    const ranged = d.precision === 'week' || (d.precision === 'day' && d.dateEnd !== null);
    const estimated = o.publishedAtEstimated && !d.explicit;
    const inherited = g.inheritedDate
      ? `not stated; taken to be the day of the event told just before (“${d.text}”)`
      : null;
    return {
      date: d.date,
      dateEnd: ranged ? d.dateEnd : null,
      datePrecision: d.precision === 'day' && d.dateEnd ? 'week' : d.precision,
      dateNote: inherited ?? (estimated ? `“${d.text}” counted from the estimated publication date` : null),
      penalty: (estimated ? 0.15 : 0) + (d.weekdayMismatch ? 0.05 : 0) + (inherited ? 0.15 : 0),
      ...(inherited
        ? { flag: 'date_assumed' as const }
        : estimated
          ? { flag: 'date_estimated' as const }
          : {}),
    };
  }
  const first = Math.min(...g.core.map((f) => f.sentence.index));
  const unresolved = [...g.core, ...g.support]
    .flatMap((f) => f.dates)
    .find((x) => x.role === 'point' && !x.resolved);
  // "…, the mission said on Wednesday": the telling in the event's own sentences comes first.
  // A dateline read apart from its sentence (analyze.ts) still tells that sentence's day of filing.
  const dateline = o.facts.filter(
    (f) =>
      f.skip &&
      f.sentence.clauseOf !== undefined &&
      g.core.some((c) => c !== f && c.sentence.clauseOf === f.sentence.clauseOf),
  );
  const reported = [...g.core, ...g.support, ...dateline]
    .flatMap((f) => f.dates)
    .find((x) => x.role === 'report' && x.resolved && x.precision !== 'year');
  let earlier: DateMention | null = null;
  for (const f of o.facts) {
    if (f.sentence.index >= first) break;
    for (const x of f.dates) {
      const told = x.role === 'point' || x.role === 'report';
      if (told && x.resolved && x.precision !== 'year') earlier = x;
    }
  }
  // "…, the mission said in a statement on Tuesday": it happened that day or in the days before.
  if (reported?.date && reported.precision === 'day') {
    return {
      date: addDays(reported.date, -6),
      dateEnd: reported.date,
      datePrecision: 'week',
      dateNote: `not stated; on or in the week before “${reported.text}”, when it was reported`,
      penalty: 0.2,
      flag: 'date_assumed',
    };
  }
  const anchor = reported ?? earlier;
  const base = anchor?.date ?? o.publishedAt;
  const evidence = g.core[0]?.sentence.text ?? null;
  // "under siege since April 24": an ongoing event dated from its start.
  const since = g.core
    .flatMap((f) => f.dates)
    .find((x) => x.role === 'since' && x.resolved && x.precision === 'day' && x.date);
  if (since?.date && o.publishedAt && since.date <= o.publishedAt) {
    return {
      date: since.date,
      dateEnd: o.publishedAt > since.date ? o.publishedAt : null,
      datePrecision: o.publishedAt > since.date ? 'week' : 'day',
      dateNote: `ongoing “${since.text}” until the report`,
      penalty: 0.1,
    };
  }
  if (unresolved) {
    o.warnings.add(
      'unresolved_date',
      `“${unresolved.text}” cannot be dated without a publication date.`,
      evidence,
    );
  }
  // "On Tuesday" with no publication date to count from: no other date the report gives says
  // which Tuesday (that one is when something else happened).
  if (!base || (unresolved && !o.publishedAt))
    return {
      date: null,
      dateEnd: null,
      datePrecision: null,
      dateNote: unresolved
        ? `“${unresolved.text}”, with no publication date to count from`
        : 'no date stated',
      weekday: unresolved?.weekday ?? null,
      monthDay: unresolved?.monthDay ?? null,
      penalty: 0.35,
    };
  const note = anchor
    ? `not stated; dated to the month of “${anchor.text}”, the nearest date the report gives`
    : 'not stated; dated to the month of publication';
  const told = evidence && evidence.length > 90 ? `${evidence.slice(0, 87)}…` : evidence;
  o.warnings.add(
    'assumed_date',
    `The report does not say when this happened (“${told}”): ${note}.`,
    evidence,
  );
  // Only when the nearest date is the report's own day: "in late March, … They also attacked
  // Saut d'Eau" stays in late March.
  const sinceReport = !anchor || (o.publishedAt !== null && base >= addDays(o.publishedAt, -7));
  if (!o.mainEvent && !reported && sinceReport) {
    // Told after the article's own event, with no date ("part of a surge that included deadly
    // attacks in Mirebalais"): some time before the report, most likely within the month before.
    const [y, m] = shiftMonth(yearOf(base), monthOf(base), -1);
    const wider = 'not stated; told as an earlier event, dated to the month before publication or since';
    return {
      date: monthStart(y, m),
      dateEnd: base,
      datePrecision: 'month',
      dateNote: wider,
      penalty: 0.3,
      flag: 'date_assumed',
    };
  }
  return {
    date: `${base.slice(0, 7)}-01`,
    dateEnd: null,
    datePrecision: 'month',
    dateNote: note,
    penalty: 0.25,
    flag: 'date_assumed',
  };
}
