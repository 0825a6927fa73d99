/**
 * Month and weekday names in English, French and Kreyòl, and the regular-expression pieces
 * built from them. Kreyòl and French months that are also English words ("me", "out", "mas")
 * are only trusted next to a day number; see `dates.ts`.
 */
import { foldWord } from './tokens';
import { wordNumbers } from './words';

const MONTHS: ReadonlyMap<string, number> = wordNumbers(`
  january:1 jan:1 janv:1 janvier:1 janvye:1 february:2 feb:2 fev:2 fevr:2 fevrier:2 fevriye:2 march:3 mar:3 mars:3 mas:3
  april:4 apr:4 avr:4 avril:4 may:5 mai:5 me:5 june:6 jun:6 juin:6 jen:6 july:7 jul:7 juil:7 juillet:7 jiye:7
  august:8 aug:8 aout:8 out:8 september:9 sep:9 sept:9 septembre:9 septanm:9 october:10 oct:10
  octobre:10 oktob:10 november:11 nov:11 novembre:11 novanm:11 december:12 dec:12 decembre:12
  desanm:12 desamm:12 novamm:11 septamm:9
`);

/**
 * Months written short with a full stop ("Sept.", « oct. », « déc. », « févr. »), folded: the stop
 * ends no sentence and no dateline.
 */
export const SHORT_MONTHS: ReadonlySet<string> = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec janv fev fevr avr juil'.split(' '),
);

/** Month names that read as ordinary words when they stand alone. */
const AMBIGUOUS_MONTHS = new Set(['may', 'mar', 'mas', 'me', 'out', 'jen', 'mai', 'sep', 'dec', 'jan']);

const WEEKDAYS: ReadonlyMap<string, number> = wordNumbers(`
  sunday:0 dimanche:0 dimanch:0 monday:1 lundi:1 lendi:1 tuesday:2 mardi:2 madi:2 wednesday:3
  mercredi:3 mekredi:3 thursday:4 jeudi:4 jedi:4 friday:5 vendredi:5 vandredi:5 saturday:6 samedi:6
  samdi:6
`);

export function monthNumber(word: string): number | null {
  return MONTHS.get(foldWord(word).replace(/\.$/, '')) ?? null;
}

/** Whether a folded word names a month or a weekday (a cheap test before the patterns run). */
export function isMonthWord(folded: string): boolean {
  return MONTHS.has(folded);
}

export function isWeekdayWord(folded: string): boolean {
  return WEEKDAYS.has(folded);
}

export function weekdayNumber(word: string): number | null {
  return WEEKDAYS.get(foldWord(word)) ?? null;
}

/** A month name that may be read on its own ("in June"): English, written with a capital. */
export function isStandaloneMonth(word: string): boolean {
  const folded = foldWord(word);
  if (AMBIGUOUS_MONTHS.has(folded) && folded !== 'may') return false;
  return word[0] !== word[0]?.toLowerCase() && /^[a-z]+$/.test(folded) && folded.length >= 3;
}

// Accented spellings the folded keys stand for, so the patterns match the text as written.
const ACCENTED = ['février', 'févr', 'fév', 'août', 'décembre', 'déc', 'jiyè', 'oktòb', 'mèkredi'];

function alternation(keys: string[]): string {
  return [...keys, ...ACCENTED.filter((w) => keys.includes(foldWord(w)))]
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/** Letters on neither side: JavaScript's \b does not know accented letters. */
export const L0 = '(?<![\\p{L}\\p{N}])';
export const L1 = '(?![\\p{L}\\p{N}])';

export const MONTH_RE = `(${alternation([...MONTHS.keys()])})\\.?`;
export const WEEKDAY_RE = `(${alternation([...WEEKDAYS.keys()])})`;
export const DAY_PART_RE = '(?:\\s+(?:morning|afternoon|evening|night))?';
