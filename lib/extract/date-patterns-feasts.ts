/**
 * Feasts on a fixed day as dates: "on Christmas Eve", "New Year's Day 2025", « la veille de
 * Noël », « la Toussaint » — the latest such day by the publication date when no year is given,
 * as for "Dec. 24". "Before Christmas" is no day.
 */
import { dayDate, type Handler, isYear } from './date-mention';
import { L0, L1 } from './date-words';
import { foldWord } from './tokens';

/** Feasts on a fixed day, by the words FEAST_PATTERNS takes (folded, one space apart). */
const FEASTS: Array<[RegExp, number, number]> = [
  [/^christmas eve$|veille de noel|soir de noel/, 12, 24],
  [/^christmas day$|jour de noel/, 12, 25],
  [/^new year.s eve$|saint-sylvestre/, 12, 31],
  [/^new year.s day$/, 1, 1],
  [/toussaint/, 11, 1],
];

function feastDay(name: string): [number, number] {
  const folded = foldWord(name.replace(/\s+/g, ' '));
  const [, month, day] = FEASTS.find(([re]) => re.test(folded)) ?? [null, 12, 25];
  return [month, day];
}

export const FEAST_PATTERNS: Array<[RegExp, Handler, string]> = [
  // "on Christmas Eve", "New Year's Day 2025", « la veille de Noël »: a feast on a fixed day, the
  // latest one by the publication date when no year is given. "Before Christmas" is no day.
  [
    new RegExp(
      `${L0}(?:on\\s+)?(christmas\\s+eve|christmas\\s+day|new\\s+year['’]s\\s+eve|new\\s+year['’]s\\s+day|la\\s+veille\\s+de\\s+no[eë]l|le\\s+(?:jour|soir)\\s+de\\s+no[eë]l|la\\s+saint-sylvestre|la\\s+toussaint)(?:,?\\s+(\\d{4}))?${L1}`,
      'giu',
    ),
    (m, ref, readOn) => {
      const [month, day] = feastDay(m[1] ?? '');
      const year = m[2] ? Number(m[2]) : null;
      return dayDate(year !== null && isYear(year) ? year : null, month, day, ref, undefined, readOn);
    },
    'h',
  ],
];
