/**
 * Spans of months that figures cover: quarters and halves ("the first half of 2025"), and spans
 * named without a year or in French ("between January and March", « entre avril et juin », « de
 * janvier à mars 2025 », "in the second quarter", « au deuxième trimestre »). A count over such a
 * span sums many events: a figure, never an incident. Without a year, the span is the latest one
 * that has begun by the publication date.
 */
import { monthEnd, monthOf, monthStart, yearOf } from './calendar';
import { base, type Found, type Handler, isYear } from './date-mention';
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
      `${L0}(?:between|from|entre|de|d['’])\\s*${MONTH_RE}\\s+(?:and|to|through|until|et|à|au)\\s+${MONTH_RE}(?:,?\\s+((?:19|20)\\d\\d))?${L1}`,
      'giu',
    ),
    (m, ref) => {
      const a = monthNumber(m[1] ?? '');
      const b = monthNumber(m[2] ?? '');
      const year = m[3] ? Number(m[3]) : null;
      if (a === null || b === null || a === b || (year !== null && !isYear(year))) return null;
      const word = (w: string | undefined) => (w ?? '').replace(/\.$/, '');
      return monthSpan(a, b, year, ref, `${word(m[1])}–${word(m[2])}${year ? ` ${year}` : ''}`);
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
];
