/**
 * The date patterns, most specific first: a day with its month ("Monday evening, August 5",
 * "23 février 2025"), month ranges, months with years, relative phrases, weekdays, a month
 * alone ("in February", "last June"), a year ("in 2024", "since 2021").
 */
import {
  MONTH_NAMES,
  monthEnd,
  monthOf,
  monthStart,
  previousWeekday,
  sameOrPreviousWeekday,
  yearOf,
  ymd,
} from './calendar';
import { base, dayDate, type Handler, isYear, latestMonth, monthDate } from './date-mention';
import { FEAST_PATTERNS } from './date-patterns-feasts';
import { FRENCH_DATE_PATTERNS } from './date-patterns-fr';
import { OFFSET_PATTERNS } from './date-patterns-offsets';
import { MONTH_OF_TOLD_YEAR, PERIOD_PATTERNS, YEAR_PATTERNS } from './date-patterns-periods';
import {
  DAY_PART_RE,
  isStandaloneMonth,
  L0,
  L1,
  MONTH_RE,
  monthNumber,
  WEEKDAY_RE,
  weekdayNumber,
} from './date-words';
import { agoDate, relativePhrase } from './relative-dates';
import { foldWord } from './tokens';
import { wordSet } from './words';

const AMBIGUOUS_WITH_DAY = wordSet('out me mas jen mai');
/** « il y a deux semaines »: the French words "N … ago" counts with, as agoDate reads them. */
const FRENCH_AGO: ReadonlyMap<string, string> = new Map([
  ['un', 'one'],
  ['une', 'one'],
  ['deux', 'two'],
  ['trois', 'three'],
  ['quatre', 'four'],
  ['cinq', 'five'],
  ['six', 'six'],
  ['sept', 'seven'],
  ['huit', 'eight'],
  ['neuf', 'nine'],
  ['dix', 'ten'],
  ['quinze', '15'],
]);
const FRENCH_UNITS: ReadonlyMap<string, string> = new Map([
  ['jour', 'day'],
  ['semaine', 'week'],
  ['moi', 'month'],
  ['mois', 'month'],
]);

/** French and Kreyòl month names, written in lower case but unmistakable next to a day number. */
const FOREIGN_MONTHS = wordSet(`
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre janvye fevriye jiye
  septanm oktob novanm desanm desamm novamm septamm
`);

/** A capitalised word right before `at` that does not open its sentence: "Robest Dimanche". */
function nameBefore(text: string, at: number): boolean {
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(before)) return false;
  const ahead = text.slice(0, Math.max(0, at - before.length)).trimEnd();
  return (
    !/[.!?:"“—–-]$/.test(ahead) &&
    !/^(?:On|Last|This|Since|By|Until|Early|Late|Then|And|But|Or|Overnight)$/.test(before)
  );
}

/** "Dimanche said": a name followed by a verb of saying, not a day. */
function speakerAfter(text: string, end: number): boolean {
  return /^\s+(?:said|says|told|added|explained|stated|noted|confirmed|declared|a|an)\b/.test(
    text.slice(end, end + 12),
  );
}

function cap(word: string): string {
  const month = monthNumber(word);
  return month ? (MONTH_NAMES[month - 1] ?? word) : word;
}

/** Each pattern, its reading, and what the sentence must hold for it to be worth trying: y(ear number), d(ay number), m(onth), w(eekday), r(elative word), q(uarter), a(go). */
export const DATE_PATTERNS: Array<[RegExp, Handler, string]> = [
  ...PERIOD_PATTERNS,
  MONTH_OF_TOLD_YEAR,
  ...FRENCH_DATE_PATTERNS,
  ...FEAST_PATTERNS,
  ...OFFSET_PATTERNS,
  [
    new RegExp(`${L0}(\\d{4})-(\\d{2})-(\\d{2})${L1}`, 'gu'),
    (m) => {
      const date = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
      return date ? { ...base('day', true, true), date } : null;
    },
    'y',
  ],
  [
    new RegExp(
      `${L0}(?:between|from)\\s+${MONTH_RE},?\\s+(\\d{4})\\s+(?:and|to|until|through|–|-)\\s+${MONTH_RE},?\\s+(\\d{4})${L1}`,
      'giu',
    ),
    (m) => {
      const a = monthNumber(m[1] ?? '');
      const b = monthNumber(m[3] ?? '');
      const y1 = Number(m[2]);
      const y2 = Number(m[4]);
      if (a === null || b === null || y2 < y1 || (y1 === y2 && b < a)) return null;
      return {
        ...base('month', true, true),
        date: monthStart(y1, a),
        dateEnd: monthEnd(y2, b),
        role: 'period',
        label: `${cap(m[1] ?? '')} ${y1}–${cap(m[3] ?? '')} ${y2}`,
      };
    },
    'my',
  ],
  [
    new RegExp(
      `${L0}(?:${WEEKDAY_RE}${DAY_PART_RE},?\\s+)?${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?${L1}(?:\\s*(?:-|–|to|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?${L1})?(?:,?\\s+(\\d{4})${L1})?`,
      'giu',
    ),
    (m, ref, readOn) => {
      const month = monthNumber(m[2] ?? '');
      if (month === null || (AMBIGUOUS_WITH_DAY.has(m[2]?.toLowerCase() ?? '') && !m[5])) return null;
      if (!m[5] && m[2] === m[2]?.toLowerCase()) return null;
      const first = dayDate(m[5] ? Number(m[5]) : null, month, Number(m[3]), ref, m[1], readOn);
      if (!first || !m[4] || !first.date) return first;
      const last = ymd(yearOf(first.date), month, Number(m[4]));
      return last && last > first.date ? { ...first, dateEnd: last, precision: 'week' } : first;
    },
    'md',
  ],
  [
    new RegExp(
      `${L0}(?:${WEEKDAY_RE},?\\s+)?(?:le\\s+)?(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:of\\s+)?${MONTH_RE}${L1}(?:,?\\s+(\\d{4})${L1})?`,
      'giu',
    ),
    (m, ref, readOn) => {
      const word = m[3] ?? '';
      const month = monthNumber(word);
      if (month === null) return null;
      const folded = foldWord(word).replace(/\.$/, '');
      const capitalised = word !== word.toLowerCase() && !AMBIGUOUS_WITH_DAY.has(folded);
      // « Samdi 7 jen »: a weekday before the day makes even "jen", "me" a month.
      if (!m[4] && !capitalised && !FOREIGN_MONTHS.has(folded) && !m[1]) return null;
      return dayDate(m[4] ? Number(m[4]) : null, month, Number(m[2]), ref, m[1], readOn);
    },
    'md',
  ],
  [
    new RegExp(
      `${L0}(?:between\\s+|from\\s+)?${MONTH_RE}\\s*(?:and|to|–|-|through|until)\\s*${MONTH_RE},?\\s+(\\d{4})${L1}`,
      'giu',
    ),
    (m) => {
      const a = monthNumber(m[1] ?? '');
      const b = monthNumber(m[2] ?? '');
      const year = Number(m[3]);
      if (a === null || b === null || b < a) return null;
      const names = `${cap(m[1] ?? '')}–${cap(m[2] ?? '')} ${year}`;
      return {
        ...base('month', true, true),
        date: monthStart(year, a),
        dateEnd: monthEnd(year, b),
        role: 'period',
        label: names,
      };
    },
    'my',
  ],
  [
    new RegExp(
      `${L0}(?:(?:early|mid|late|end of|beginning of|the end of)[\\s-]+)?${MONTH_RE},?\\s+(\\d{4})${L1}`,
      'giu',
    ),
    (m) => {
      const month = monthNumber(m[1] ?? '');
      if (month === null || (m[1] === m[1]?.toLowerCase() && !/^(?:[a-zéèû]{4,}|mai)$/i.test(m[1] ?? '')))
        return null;
      return monthDate(Number(m[2]), month);
    },
    'my',
  ],
  [
    new RegExp(`${L0}(?:between|from)\\s+(\\d{4})\\s+(?:and|to|–|-)\\s+(\\d{4})${L1}`, 'giu'),
    (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (!isYear(a) || !isYear(b) || b < a) return null;
      return {
        ...base('year', true, true),
        date: `${a}-01-01`,
        dateEnd: `${b}-12-31`,
        role: 'period',
        label: `${a}–${b}`,
      };
    },
    'y',
  ],
  [
    new RegExp(
      `${L0}(yesterday|today|tonight|earlier today|this (?:morning|afternoon|evening)|last night|overnight(?!\\s+(?:on\\s+|from\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\\p{L}\\p{N}]))|(?:this past|last|over the|this|the previous|previous|past) weekend|(?:over|in|during|within) the (?:past|last) (?:week|seven days|7 days|few days|several days|two weeks|fortnight|month|30 days|year|12 months|24 hours|48 hours|two days|three days)|in recent days|(?:earlier|later) this (?:week|month|year)|so far this year|(?:since )?the (?:start|beginning) of (?:the|this) year|(?:last|this|past|previous|the previous) (?:week|month|year))${L1}`,
      'giu',
    ),
    (m, ref) => {
      const found = relativePhrase((m[1] ?? '').toLowerCase().replace(/\s+/g, ' '), ref);
      // "in an overnight attack": which night, the sentence does not say.
      const attributive = /\b(?:an?|the|its|their)\s+$/i.test(
        m.input.slice(Math.max(0, m.index - 7), m.index),
      );
      return found && attributive && /^overnight$/i.test(m[1] ?? '') ? { ...found, vague: true } : found;
    },
    'r',
  ],
  [
    new RegExp(
      `${L0}(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(days?|weeks?|months?)\\s+ago${L1}`,
      'giu',
    ),
    (m, ref) => agoDate(m[1] ?? '', m[2] ?? '', ref),
    'a',
  ],
  [
    // « il y a deux semaines », « il y a trois jours »: so long before the report.
    new RegExp(
      `${L0}il y a\\s+(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|\\d{1,2})\\s+(jours?|semaines?|mois)${L1}`,
      'giu',
    ),
    (m, ref) =>
      agoDate(
        FRENCH_AGO.get((m[1] ?? '').toLowerCase()) ?? m[1] ?? '',
        FRENCH_UNITS.get((m[2] ?? '').toLowerCase().replace(/s$/, '')) ?? 'month',
        ref,
      ),
    'F',
  ],
  [
    new RegExp(
      `${L0}(?:(last|this past|this|next|on|early|late|since|by|until)\\s+)?${WEEKDAY_RE}(?:['’]s)?${DAY_PART_RE}${L1}`,
      'giu',
    ),
    (m, ref) => {
      const day = weekdayNumber(m[2] ?? '');
      if (day === null || !/^\p{Lu}/u.test(m[2] ?? '')) return null;
      // "Robest Dimanche, a spokesman": a surname after a first name, not a day.
      if (!m[1] && (nameBefore(m.input, m.index) || speakerAfter(m.input, m.index + m[0].length)))
        return null;
      if (m[1]?.toLowerCase() === 'next') return { ...base('day', false, false), role: 'future' };
      if (!ref) return { ...base('day', false, false), weekday: day };
      // "on Monday" in a report published on a Monday is that day; "last Monday" is a week before.
      const lead = m[1]?.toLowerCase();
      const last = lead === 'last' || lead === 'this past';
      const back = last ? previousWeekday(ref, day) : sameOrPreviousWeekday(ref, day);
      return {
        ...base('day', false, false),
        date: back,
        weekday: day,
        ...(last ? { lastWeekday: true } : {}),
      };
    },
    'w',
  ],
  [
    new RegExp(
      `${L0}(last|this past|this|since|in|early|mid|late|during|of|until|by|from|between|and|to|or|through|throughout|mwa)[\\s-]+${MONTH_RE}${L1}(?!\\s*\\d)`,
      'giu',
    ),
    (m, ref) => {
      const word = m[2] ?? '';
      const month = monthNumber(word);
      // Kreyòl « nan mwa me »: "the month of May", whatever "me" reads as alone.
      if (month === null || (!isStandaloneMonth(word) && m[1]?.toLowerCase() !== 'mwa')) return null;
      const found = base('month', true, false);
      if (!ref) return found;
      const lead = (m[1] ?? '').toLowerCase();
      const strictlyBefore = lead === 'last' || lead === 'this past';
      const refMonth = monthOf(ref);
      // "by June", "until March": the next such month, not the last one.
      // "spared the violence until March, when gunmen attacked": a March that has come.
      const when = /^\s*,?\s*(?:when|lorsque|quand)\b/i.test(m.input.slice(m.index + m[0].length));
      if ((lead === 'by' || lead === 'until') && !when) {
        return { ...found, date: monthStart(month >= refMonth ? yearOf(ref) : yearOf(ref) + 1, month) };
      }
      return { ...found, date: latestMonth(month, ref, strictlyBefore) };
    },
    'm',
  ],
  ...YEAR_PATTERNS,
];
