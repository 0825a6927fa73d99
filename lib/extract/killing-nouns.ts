/**
 * One killing told as a noun, its victim after "of": "the murder of a police officer", "the
 * assassination of President Jovenel Moïse", « l'assassinat du président ». The noun names one
 * event by its victim, so its count is never a tally; and where it only marks when a period began
 * ("since the assassination of …"), it is that event only when the sentence dates it finer than a year.
 */
import type { CasualtyMention } from './casualties';
import type { DateMention } from './date-mention';
import { isMonthWord, isWeekdayWord } from './date-words';
import type { Token } from './tokens';
import { wordSet } from './words';

export const KILLING_NOUNS = wordSet(`
  murder murders assassination assassinations slaying slayings lynching lynchings execution
  executions beheading beheadings
`);

/** The same nouns in French, found by the French cues (casualty-cues-fr.ts). */
const ONE_DEATH_NOUNS = new Set([...KILLING_NOUNS, 'assassinat', 'meurtre']);

/**
 * Words of a charge; not "arrested", as "arrested in connection with the murder of a pastor last
 * week" tells the murder too.
 */
const CHARGED = wordSet('indicted charged convicted sentenced accused prosecuted wanted responsible');
/** "attempted murder", "foiled the assassination of", "a plot for the assassination of": no one died. */
const TRIED = wordSet(
  'attempted attempt foiled thwarted prevented averted plot plotted plotting planned planning failed tentative',
);

/** "He has been indicted in the U.S. for … the slaying of …": a deed charged, not an event told. */
export function charged(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 30; k--) {
    const t = tokens[k];
    if (!t || t.text === '.' || t.text === ';') break;
    if (CHARGED.has(t.norm)) return true;
  }
  return false;
}

/**
 * Where the victim of the killing noun at `i` is told, after "of" (the token the "of" follows, past a
 * day told between: "the murder on Sunday of a pastor"), or null: not "the 2021 assassination of …"
 * (a past year's event, background), not one tried or foiled, nor a deed someone is charged with.
 */
export function killingOf(tokens: readonly Token[], i: number): number | null {
  const tried = [1, 2, 3].some((k) => TRIED.has(tokens[i - k]?.norm ?? ''));
  const of = ofAfterDay(tokens, i);
  const told =
    tokens[of + 1]?.norm === 'of' &&
    !/^\d{4}$/.test(tokens[i - 1]?.norm ?? '') &&
    !tried &&
    !charged(tokens, i);
  return told ? of : null;
}

/** Whether the mention is the one death such a noun tells of. */
export function oneKilling(m: CasualtyMention, tokens: readonly Token[]): boolean {
  return m.count === 1 && ONE_DEATH_NOUNS.has(tokens[m.at]?.norm ?? '');
}

const SINCE = wordSet('since depuis following');

/**
 * "since the assassination of President Jovenel Moïse in 2021", « depuis l'assassinat du président
 * … en 2021 », "the murder of X in 2022": the killing marks when a period began, or is a past
 * year's. It is an event of the report only when the sentence dates it to a month or a day after
 * the noun ("… in July, 2021"); otherwise its dead are no one's here, neither event nor tally.
 */
export function sinceAnchorUndated(
  m: CasualtyMention,
  tokens: readonly Token[],
  dates: readonly DateMention[],
): boolean {
  if (!oneKilling(m, tokens)) return false;
  let k = m.at - 1;
  while (k >= 0 && /^(?:the|l|le|la|’|')$/.test(tokens[k]?.norm ?? tokens[k]?.text ?? '')) k--;
  const after = tokens[m.at]?.end ?? 0;
  const later = dates.filter((d) => d.start >= after && d.date !== null);
  const dated = later.some((d) => d.precision !== 'year' && d.role === 'point');
  // "The murder of journalist X in 2022 remains unsolved": a past year's killing, background too.
  return !dated && (SINCE.has(tokens[k]?.norm ?? '') || later.some((d) => d.precision === 'year'));
}

const DAY_WORDS = wordSet('last this past early late on in weekend week month year yesterday night morning');

/**
 * "the killing last weekend of a gang leader", "the murder on Sunday of a pastor": the token whose
 * next is the "of" of the noun at `i`, past a day told between them; `i` when there is none.
 */
export function ofAfterDay(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k <= i + 4; k++) {
    const w = tokens[k]?.norm ?? '';
    if (!DAY_WORDS.has(w) && !isWeekdayWord(w) && !isMonthWord(w) && !/^\d{1,2}$/.test(w)) break;
    if (tokens[k + 1]?.norm === 'of') return k;
  }
  return i;
}
