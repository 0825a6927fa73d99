/**
 * Asides between a phrase and its verb, set off by commas: an age (", 34,", « , 34 ans, »), a name
 * (", Marc Joseph,"), a share
 * (", five of them children,"), a description (", a motorcycle taxi driver,", « , chauffeur de
 * taxi-moto, », ", assigned to the Cabaret station,"). noun-phrase.ts reads past them.
 */
import { PERSON_NOUNS } from './lexicon';
import { ASIDE_STARTS } from './noun-phrase-words';
import { parseNumberAt } from './numbers';
import type { Token } from './tokens';
import { wordSet } from './words';

const AGE_WORDS = wordSet('ans an years year yrs');

/**
 * The words between the commas at `open` and `close` describe the phrase before them: an age
 * ("34", « 34 ans »), a share (", five of them children,"), a description (", a motorcycle taxi
 * driver,", « , chauffeur de taxi-moto, », ", assigned to the Cabaret station,").
 */
export function isAside(tokens: Token[], open: number, close: number): boolean {
  // « , l'agent 2 Ronald Michel, »: past an elided article.
  const elided = tokens[open + 1]?.norm === 'l' && /^['’]$/.test(tokens[open + 2]?.text ?? '');
  const first = tokens[elided ? open + 3 : open + 1];
  // ", five of them children,", « , dont cinq enfants, »: how many of them were who.
  const share =
    parseNumberAt(tokens, open + 1) !== null &&
    tokens.slice(open + 2, close).some((t, k, rest) => t.norm === 'of' && rest[k + 1]?.norm === 'them');
  // « , pour la plupart âgées, », « , en majorité des personnes âgées, »: what most of them were.
  const most =
    (first?.norm === 'pour' && tokens[open + 2]?.norm === 'la' && tokens[open + 3]?.norm === 'plupart') ||
    (first?.norm === 'en' && /^(?:majorite|grande)$/.test(tokens[open + 2]?.norm ?? ''));
  return (
    most ||
    isAge(tokens, open, close) ||
    isNameAside(tokens, open, close) ||
    share ||
    ASIDE_STARTS.has(first?.norm ?? '') ||
    PERSON_NOUNS.has(first?.norm ?? '')
  );
}

const AGED = wordSet('aged age agee ages agees');

/** ", 34,", « , 34 ans, », ", aged 29," or « , âgé de 29 ans, » between the commas at `open` and `close`. */
export function isAge(tokens: Token[], open: number, close: number): boolean {
  let n = open + 1;
  if (AGED.has(tokens[n]?.norm ?? '')) n += tokens[n + 1]?.norm === 'de' ? 2 : 1;
  if (tokens[n]?.kind !== 'num') return false;
  return n + 1 === close || (n + 2 === close && AGE_WORDS.has(tokens[n + 1]?.norm ?? ''));
}

const NAME_INTRO = wordSet(`
  identified as named known called identifie identifiee identifies comme nomme nommee du nom de
`);

/** "a police officer, Marc Joseph,", « un policier, Marc-Arthur Benoît, »: the person's name. */

export function isNameAside(tokens: Token[], open: number, close: number): boolean {
  if (close - open < 2 || close - open > 9 || !PERSON_NOUNS.has(tokens[open - 1]?.norm ?? '')) return false;
  // ", identified as Wilner Saint-Fleur,", « , identifié comme … », « , du nom de … ».
  let from = open + 1;
  while (from < close - 1 && NAME_INTRO.has(tokens[from]?.norm ?? '')) from++;
  if (close - from > 6) return false;
  for (let k = from; k < close; k++) {
    const t = tokens[k];
    if (!t || (!(t.kind === 'word' && t.cap) && t.text !== '-')) return false;
  }
  return true;
}

/**
 * "Pastor Jean Pierre, 58, and his wife", « le père Gérald Fils-Aimé, 58 ans, et trois fidèles »,
 * « Jean-Robert Sanon, 45 ans, chauffeur, et son cousin »: the comma that opens the first person's
 * age (and trade) before the "and" at `and`, when a name or a person noun stands before it; else -1.
 */
export function agedBefore(tokens: Token[], and: number): number {
  const close = and - 1;
  if (tokens[close]?.text !== ',') return -1;
  let open = commaBefore(tokens, close);
  // « , chauffeur, »: a trade of a few small words after the age.
  if (open >= 0 && !isAge(tokens, open, close) && close - open <= 4 && !tokens[open + 1]?.cap)
    open = commaBefore(tokens, open);
  if (open < 0 || !isAge(tokens, open, commaAfter(tokens, open))) return -1;
  const before = tokens[open - 1];
  return before?.cap || PERSON_NOUNS.has(before?.norm ?? '') ? open : -1;
}

const commaBefore = (tokens: Token[], at: number) => {
  for (let k = at - 1; k >= 0 && at - k <= 5; k--) if (tokens[k]?.text === ',') return k;
  return -1;
};
const commaAfter = (tokens: Token[], at: number) => {
  for (let k = at + 1; k < tokens.length && k - at <= 4; k++) if (tokens[k]?.text === ',') return k;
  return -1;
};

const OLD_UNITS = wordSet('month week day');

/** At `j`, "-month-old" (or week, day) after an age's number: "a six-month-old baby". */
export function ageUnitAt(tokens: readonly Token[], j: number): boolean {
  return (
    tokens[j]?.text === '-' &&
    OLD_UNITS.has(tokens[j + 1]?.norm ?? '') &&
    tokens[j + 2]?.text === '-' &&
    tokens[j + 3]?.norm === 'old'
  );
}

/** At `j`, the ")" of "(JDF)", "(PNH)": an acronym in brackets. */
export function acronymAt(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j - 1];
  return (
    tokens[j]?.text === ')' &&
    tokens[j - 2]?.text === '(' &&
    word?.kind === 'word' &&
    word.text.length >= 2 &&
    word.text === word.text.toUpperCase()
  );
}
