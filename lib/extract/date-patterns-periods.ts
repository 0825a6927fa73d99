/**
 * Spans of months that figures cover: quarters and halves ("the first half of 2025"), and spans
 * named without a year or in French ("between January and March", « entre avril et juin », « de
 * janvier à mars 2025 », "in the second quarter", « au deuxième trimestre »). A count over such a
 * span sums many events: a figure, never an incident. Without a year, the span is the latest one
 * that has begun by the publication date.
 */
import { addDays, monthEnd, monthOf, monthStart, yearOf, ymd } from './calendar';
import { base, dayDate, type Found, type Handler, isYear, monthDate } from './date-mention';
import { L0, L1, MONTH_RE, monthNumber } from './date-words';

/** The span from month `a` to month `b` (of the next year when `b` comes first), ending in `year` when given. */
function monthSpan(
  a: number,
  b: number,
  year: number | null,
  ref: string | null,
  label: string,
): Found | null {
  const wraps = b < a;
  let endYear = year;
  if (endYear === null) {
    if (!ref) return { ...base('month', false, false), role: 'period', label };
    // The latest such span that has begun by the publication date and ends within a quarter of it:
    // "between January and December" told in May is last year's; "between June and August" told
    // in June, this year's.
    let startYear = a <= monthOf(ref) ? yearOf(ref) : yearOf(ref) - 1;
    const endsAfter = (wraps ? startYear + 1 : startYear) * 12 + b - (yearOf(ref) * 12 + monthOf(ref));
    if (endsAfter > 3) startYear--;
    endYear = wraps ? startYear + 1 : startYear;
  }
  return {
    ...base('month', year !== null, year !== null),
    date: monthStart(wraps ? endYear - 1 : endYear, a),
    dateEnd: monthEnd(endYear, b),
    role: 'period',
    label,
  };
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  premier: 1,
  '1er': 1,
  deuxieme: 2,
  '2e': 2,
  troisieme: 3,
  '3e': 3,
  quatrieme: 4,
  '4e': 4,
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export const PERIOD_PATTERNS: Array<[RegExp, Handler, string]> = [
  // "between January and March", « entre avril et juin », « de janvier à mars 2025 », « d'avril à juin ».
  [
    new RegExp(
      `${L0}(?:(?:between|from|entre|de|d['’])\\s*${MONTH_RE}\\s+(?:and|to|through|until|et|à|au)|(?:in|during|over|en)\\s+${MONTH_RE}\\s+(?:and|et))\\s+${MONTH_RE}(?:,?\\s+((?:19|20)\\d\\d))?${L1}`,
      'giu',
    ),
    (m, ref) => {
      // "in April and May", « en avril et mai »: two months told together, one span.
      const first = m[1] ?? m[2];
      const a = monthNumber(first ?? '');
      const b = monthNumber(m[3] ?? '');
      const year = m[4] ? Number(m[4]) : null;
      if (a === null || b === null || a === b || (year !== null && !isYear(year))) return null;
      // Not "in April and May 12": the second month opens a day.
      if (m[2] && (b !== a + 1 || /^\s*\d{1,2}(?!\d)/.test(m.input.slice(m.index + m[0].length))))
        return null;
      const word = (w: string | undefined) => (w ?? '').replace(/\.$/, '');
      return monthSpan(a, b, year, ref, `${word(first)}–${word(m[3])}${year ? ` ${year}` : ''}`);
    },
    'm',
  ],
  // "in the second quarter", « au deuxième trimestre (2025) », « au premier semestre »: with no "of 2025".
  [
    new RegExp(
      `${L0}(?:the\\s+)?(first|second|third|fourth|premier|1er|deuxième|deuxieme|2e|troisième|troisieme|3e|quatrième|quatrieme|4e)\\s+(quarter|trimestre|semestre)(?!\\s+of)(?:\\s+(?:de\\s+|d['’])?((?:19|20)\\d\\d))?${L1}`,
      'giu',
    ),
    (m, ref) => {
      const n = ORDINALS[fold(m[1] ?? '')] ?? 1;
      const size = fold(m[2] ?? '') === 'semestre' ? 6 : 3;
      const first = (n - 1) * size + 1;
      if (first > 12) return null;
      const year = m[3] ? Number(m[3]) : null;
      return monthSpan(first, first + size - 1, year, ref, m[0].replace(/^the\s+/i, ''));
    },
    'q',
  ],
  // "the first ten months of 2025", « au cours des dix premiers mois de l'année 2025 »: January on.
  [
    new RegExp(
      `${L0}(?:the\\s+first\\s+(\\w+)\\s+months\\s+of|(?:les|des)\\s+(\\w+)\\s+premiers\\s+mois\\s+de(?:\\s+l['’]\\s*année)?)\\s+(\\d{4})${L1}`,
      'giu',
    ),
    (m) => {
      const n = MONTH_COUNTS.get((m[1] ?? m[2] ?? '').toLowerCase()) ?? Number(m[1] ?? m[2]);
      if (!Number.isInteger(n) || n < 2 || n > 11) return null;
      const year = Number(m[3]);
      return {
        ...base('month', true, true),
        date: monthStart(year, 1),
        dateEnd: monthEnd(year, n),
        role: 'period',
        label: m[0].replace(/^(?:the|les|des)\s+/i, ''),
      };
    },
    'y',
  ],
  // "the first half of 2025", "the last quarter of last year".
  [
    new RegExp(
      `${L0}(?:the\\s+)?(first|second|third|fourth|last)\\s+(quarter|half)\\s+of\\s+(\\d{4}|this year|last year)${L1}`,
      'giu',
    ),
    (m, ref) => {
      const relative = m[3]?.toLowerCase().endsWith('year');
      if (relative && !ref) return { ...base('month', false, false), role: 'period' };
      const year =
        relative && ref ? yearOf(ref) - (m[3]?.toLowerCase().startsWith('last') ? 1 : 0) : Number(m[3]);
      const n = { first: 1, second: 2, third: 3, fourth: 4, last: 0 }[m[1]?.toLowerCase() ?? 'first'] ?? 1;
      const size = m[2]?.toLowerCase() === 'half' ? 6 : 3;
      const index = n === 0 ? 12 / size : n;
      const startMonth = (index - 1) * size + 1;
      if (startMonth > 12) return null;
      return {
        ...base('month', true, true),
        date: monthStart(year, startMonth),
        dateEnd: monthEnd(year, startMonth + size - 1),
        role: 'period',
        label: m[0].replace(/^the\s+/i, ''),
      };
    },
    'q',
  ],
  // "in the week to Nov. 15", "over the two weeks ending March 3", "in the month to June 30":
  // a span of days that ends on the day named.
  [
    new RegExp(
      `${L0}(?:in|during|over)\\s+the\\s+(?:(two|three|four|seven|14|30)\\s+)?(weeks?|days|fortnight|month)\\s+(?:to|ending|through|up\\s+to|until)\\s+${MONTH_RE}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?${L1}`,
      'giu',
    ),
    (m, ref) => {
      const month = monthNumber(m[3] ?? '');
      if (month === null) return null;
      const end = dayDate(m[5] ? Number(m[5]) : null, month, Number(m[4]), ref);
      if (!end?.date) return end ? { ...end, role: 'period' } : null;
      const n = { two: 2, three: 3, four: 4, seven: 7, '14': 14, '30': 30 }[m[1]?.toLowerCase() ?? ''] ?? 1;
      const unit = (m[2] ?? '').toLowerCase();
      const days = unit === 'month' ? 30 : unit === 'fortnight' ? 14 : unit === 'days' ? n : 7 * n;
      return {
        ...base('week', true, end.hasYear),
        date: addDays(end.date, 1 - days),
        dateEnd: end.date,
        role: 'period',
        label: m[0].replace(/^(?:in|during|over)\s+the\s+/i, ''),
      };
    },
    'mdk',
  ],
  // "in the first two weeks of February", "the last week of January", "the first half of March".
  [
    new RegExp(
      `${L0}(?:the\\s+)?(first|last|final|second)\\s+(?:(two|three)\\s+)?(weeks?|half|fortnight)\\s+of\\s+${MONTH_RE}(?:,?\\s+(\\d{4}))?${L1}`,
      'giu',
    ),
    (m, ref) => {
      const month = monthNumber(m[4] ?? '');
      if (month === null) return null;
      const year = m[5] ? Number(m[5]) : null;
      const span = monthSpan(month, month, year, ref, '');
      const label = m[0].replace(/^the\s+/i, '').replace(/(\p{L}{3,})\.$/u, '$1');
      if (!span?.date) return span ? { ...span, label } : null;
      const y = yearOf(span.date);
      const last = Number(monthEnd(y, month).slice(8, 10));
      const unit = (m[3] ?? '').toLowerCase();
      const days =
        unit === 'half'
          ? Math.ceil(last / 2)
          : unit === 'fortnight'
            ? 14
            : 7 * (m[2]?.toLowerCase() === 'three' ? 3 : m[2] ? 2 : 1);
      const which = (m[1] ?? '').toLowerCase();
      const fromEnd = which === 'last' || which === 'final' || (which === 'second' && unit === 'half');
      const startDay = fromEnd ? Math.max(1, last - days + 1) : which === 'second' ? days + 1 : 1;
      const endDay = fromEnd ? last : Math.min(last, startDay + days - 1);
      return {
        ...span,
        precision: 'week',
        date: ymd(y, month, startDay) ?? span.date,
        dateEnd: ymd(y, month, endDay) ?? span.dateEnd,
        label,
      };
    },
    'mk',
  ],
];

/** The whole of `year`, as a period summed over or the year an event named happened in; null if no year. */
function wholeYear(year: number, role: 'period' | 'point'): Found | null {
  if (!isYear(year)) return null;
  return {
    ...base('year', true, true),
    date: `${year}-01-01`,
    dateEnd: `${year}-12-31`,
    role,
    label: String(year),
  };
}

/** A year: "in 2024", "since 2021", "2024 alone"; and "the 2021 abduction", the year of the event named. */
export const YEAR_PATTERNS: Array<[RegExp, Handler, string]> = [
  [
    new RegExp(
      `${L0}(?:(?:in|since|during|throughout|of|from|by|until|for|early|mid|late|before|after)\\s+(\\d{4})(\\s+alone)?|(\\d{4})\\s+alone)${L1}`,
      'giu',
    ),
    (m) => {
      return wholeYear(Number(m[1] ?? m[3]), 'period');
    },
    'y',
  ],
  [
    // "best known for the 2021 abduction of 17 missionaries": the year of the event the count is of
    // (not "since the 2021 assassination", nor an event the sentence only compares itself to).
    new RegExp(
      `${L0}(?:for|of|after|before|like|including|recalled|recalling)\\s+the\\s+(\\d{4})\\s+(?:abduction|kidnapping|massacre|attack|assault|ambush|killing)\\s+of\\s+(?:at\\s+least\\s+|more\\s+than\\s+|some\\s+|about\\s+)?(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)`,
      'giu',
    ),
    (m) => {
      return wholeYear(Number(m[1]), 'point');
    },
    'y',
  ],
];

const MONTH_COUNTS = new Map(
  'two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11'
    .split(' ')
    .map((p) => [p.split(':')[0] ?? '', Number(p.split(':')[1])] as const),
);

/**
 * "in October last year", "February of this year", « en octobre de l'année dernière », « en mars
 * l'an dernier »: the month of the year told, not a month and a year-long period.
 */
export const MONTH_OF_TOLD_YEAR: [RegExp, Handler, string] = [
  new RegExp(
    `${L0}${MONTH_RE}\\s+(?:of\\s+|de\\s+)?(last|this|next|l['’]ann[ée]e\\s+derni[èe]re|l['’]an\\s+dernier|cette\\s+ann[ée]e)(?:\\s+year)?${L1}`,
    'giu',
  ),
  (m, ref) => {
    const month = monthNumber(m[1] ?? '');
    const which = (m[2] ?? '').toLowerCase();
    if (month === null || !ref || (!/year$/i.test(m[0]) && /^(?:last|this|next)$/.test(which))) return null;
    const shift = /^(?:last|l)/.test(which) ? -1 : which === 'next' ? 1 : 0;
    return monthDate(yearOf(ref) + shift, month);
  },
  'm',
];
