/**
 * The words a person phrase is made of (noun-phrase.ts): its head noun ("officer", "policiers"),
 * and the words that may stand in it — articles, numbers, modifiers, titles, names, elided French
 * articles. No tagger: a phrase is a run of such words.
 */
import { CONTINGENT_DEMONYMS, PERSON_NOUNS } from './lexicon';
import { AND_WORDS, DETERMINERS, MODIFIERS, POSSESSIVES, PRONOUNS, QUOTES, VAGUE } from './noun-phrase-words';
import { KREYOL_SMALL, TENS, UNITS } from './number-words';
import { parseNumberAt } from './numbers';
import { TITLES } from './persons';
import type { Token } from './tokens';
import { wordSet } from './words';

/**
 * Whether token `i` is the noun a phrase is about. A capitalised person noun followed by another
 * capitalised word is part of a name ("Gang Suppression Force", "Police Constable Samuel …").
 */
export function isHeadNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !PERSON_NOUNS.has(t.norm)) return false;
  const next = tokens[i + 1];
  // "Gérald Fils-Aimé": a capitalised noun joined to a capitalised word is part of a name.
  const hyphened =
    t.cap &&
    ((next?.text === '-' && tokens[i + 2]?.cap) || (tokens[i - 1]?.text === '-' && tokens[i - 2]?.cap));
  return !hyphened && !(t.cap && i > 0 && next?.kind === 'word' && next.cap);
}

export function hasHead(tokens: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isHeadNoun(tokens, k)) return true;
  return false;
}

/** "two of whom were wounded": "whom" stands for the people before, as "them" does. */
export function ofWhom(tokens: readonly Token[], j: number): boolean {
  return tokens[j]?.norm === 'whom' && tokens[j - 1]?.norm === 'of';
}

/**
 * A word of a noun phrase at `j`: "whom" after "of", the "and" of "aged 15 and 16", the « entre »
 * of « deux d'entre eux », included.
 */
export function phraseWordAt(tokens: readonly Token[], j: number, end = -1): boolean {
  const agedAnd =
    tokens[j]?.norm === 'and' &&
    tokens[j + 1]?.kind === 'num' &&
    tokens[j - 1]?.kind === 'num' &&
    tokens[j - 2]?.norm === 'aged';
  // « deux d'entre eux »
  const among =
    tokens[j]?.norm === 'entre' && (tokens[j + 1]?.norm === 'eux' || tokens[j + 1]?.norm === 'elles');
  // "…, and that more than a dozen people were wounded": "that" after "and" opens a clause.
  if (tokens[j]?.norm === 'that' && tokens[j - 1]?.norm === 'and') return false;
  // « un agent pénitentiaire a été blessé »: an adjective after the person noun, right before the verb (`end`).
  const postNominal =
    j + 1 === end &&
    tokens[j]?.kind === 'word' &&
    !tokens[j]?.cap &&
    PERSON_NOUNS.has(tokens[j - 1]?.norm ?? '');
  // Kreyòl « sèt lòt jounalis », « de moun »: a number only before its people (numbers.ts).
  const kreyol = KREYOL_SMALL.has(tokens[j]?.norm ?? '') && parseNumberAt(tokens as Token[], j) !== null;
  return isPhraseWord(tokens[j]) || ofWhom(tokens, j) || agedAnd || among || postNominal || kreyol;
}

export function isPhraseWord(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'num') return true;
  if (t.kind === 'punct') return t.text === '-' || t.text === '’' || t.text === "'" || QUOTES.has(t.text);
  const w = t.norm;
  // The "s" of a possessive: "one of Haiti’s most powerful gangs".
  if (w === 's' && !t.cap) return true;
  return (
    DETERMINERS.has(w) ||
    PRONOUNS.has(w) ||
    MODIFIERS.has(w) ||
    PERSON_NOUNS.has(w) ||
    TITLES.has(w) ||
    CONTINGENT_DEMONYMS.has(w) ||
    VAGUE.has(w) ||
    (t.cap && w !== 'according') ||
    parseNumberAt([t], 0) !== null
  );
}

/** "l’" / "d’" written against the next word: the French article elided, part of the phrase. */
export function elidedArticleAt(tokens: Token[], apostrophe: number): boolean {
  const [article, mark, word] = [tokens[apostrophe - 1], tokens[apostrophe], tokens[apostrophe + 1]];
  return (
    (mark?.text === '’' || mark?.text === "'") &&
    (article?.norm === 'l' || article?.norm === 'd') &&
    article.end === mark.start &&
    word !== undefined &&
    mark.end === word.start
  );
}

const CLOCK = new Set(['am', 'pm', 'h', 'hrs', 'hours', 'o']);
/** Words that open a phrase of their own, never one of two nouns before a person noun. */
const PREPOSITIONS = wordSet('by in on at from with for near during to into after');

/**
 * "a motorcycle taxi driver", "a 45-year-old street food vendor": two plain nouns from `k`, between an
 * article, a number or an age and a person noun (one such noun is a compound of its own).
 */
/** An article or a count, before the nouns that qualify a person noun ("a taxi driver", "three bus drivers"). */
export function opensCompound(t: Token | undefined): boolean {
  const w = t?.norm ?? '';
  return DETERMINERS.has(w) || t?.kind === 'num' || UNITS.has(w) || TENS.has(w);
}

export function twoNounsBefore(tokens: Token[], k: number): boolean {
  const [before, a, b] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  const opens = opensCompound(before) || before?.norm === 'old';
  // "at around 4 am market vendors were shot": a clock time is no count.
  const plain = (t: Token | undefined) =>
    t?.kind === 'word' &&
    !t.cap &&
    !PERSON_NOUNS.has(t.norm) &&
    !isPhraseWord(t) &&
    !CLOCK.has(t.norm) &&
    // "two tourists by gangs": a preposition is no noun.
    !PREPOSITIONS.has(t.norm);
  return opens && plain(a) && plain(b) && PERSON_NOUNS.has(tokens[k + 2]?.norm ?? '');
}

/** At `j`: "and his …" (or ", 58, and his …") right after a capitalised name. */
export function nameThenRelative(tokens: Token[], j: number): boolean {
  const aged = tokens[j]?.text === ',' && tokens[j + 1]?.kind === 'num' && tokens[j + 2]?.text === ',';
  const and = aged ? j + 3 : j;
  const name = tokens[j - 1];
  return (
    name?.kind === 'word' &&
    name.cap &&
    AND_WORDS.has(tokens[and]?.norm ?? '') &&
    POSSESSIVES.has(tokens[and + 1]?.norm ?? '') &&
    (!aged || Number(tokens[j + 1]?.text) < 120)
  );
}
