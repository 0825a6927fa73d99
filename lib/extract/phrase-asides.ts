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
  const first = tokens[open + 1];
  // ", five of them children,", « , dont cinq enfants, »: how many of them were who.
  const share =
    parseNumberAt(tokens, open + 1) !== null &&
    tokens.slice(open + 2, close).some((t, k, rest) => t.norm === 'of' && rest[k + 1]?.norm === 'them');
  return (
    isAge(tokens, open, close) ||
    isNameAside(tokens, open, close) ||
    share ||
    ASIDE_STARTS.has(first?.norm ?? '') ||
    PERSON_NOUNS.has(first?.norm ?? '')
  );
}

/** ", 34," or « , 34 ans, » between the commas at `open` and `close`. */
export function isAge(tokens: Token[], open: number, close: number): boolean {
  if (tokens[open + 1]?.kind !== 'num') return false;
  return open + 2 === close || (open + 3 === close && AGE_WORDS.has(tokens[open + 2]?.norm ?? ''));
}

/** "a police officer, Marc Joseph,", « un policier, Marc-Arthur Benoît, »: the person's name. */
export function isNameAside(tokens: Token[], open: number, close: number): boolean {
  if (close - open < 2 || close - open > 6 || !PERSON_NOUNS.has(tokens[open - 1]?.norm ?? '')) return false;
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k];
    if (!t || (!(t.kind === 'word' && t.cap) && t.text !== '-')) return false;
  }
  return true;
}
