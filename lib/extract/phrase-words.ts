/**
 * The words a person phrase is made of (noun-phrase.ts): its head noun ("officer", "policiers"),
 * and the words that may stand in it — articles, numbers, modifiers, titles, names, elided French
 * articles. No tagger: a phrase is a run of such words.
 */
import { CONTINGENT_DEMONYMS, PERSON_NOUNS } from './lexicon';
import { DETERMINERS, MODIFIERS, PRONOUNS, QUOTES, VAGUE } from './noun-phrase-words';
import { parseNumberAt } from './numbers';
import { TITLES } from './persons';
import type { Token } from './tokens';

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
