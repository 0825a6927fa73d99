/**
 * The people a casualty verb is about: the noun phrase before it ("two more officers suffering
 * injuries", "26-year-old Police Constable Samuel Tompoi Kaetuai was fatally wounded") or after
 * it ("neutralized him", "the deaths of over 3000 people"), read into a count, a head noun and
 * named persons. No tagger: a phrase is a run of words a phrase can be made of.
 */
import { ACTORS } from '../actors/register';
import { isMonthWord } from './date-words';
import { CONTINGENT_DEMONYMS, PERSON_NOUNS } from './lexicon';
import {
  AND_WORDS,
  ASIDE_STARTS,
  CLAUSE_OPENERS,
  CLAUSE_VERBS,
  DEFINITE,
  DETERMINERS,
  MODIFIERS,
  OF_WORDS,
  OTHER_WORDS,
  PRONOUNS,
  QUOTES,
  RENAMING,
  SCALE_WORDS,
  VAGUE,
  VERB_LIKE,
} from './noun-phrase-words';
import { hedgeBefore, parseNumberAt } from './numbers';
import { listEndAfter } from './person-lists';
import { readPersons, TITLES } from './persons';
import type { Hedge, Person } from './schema';
import { foldWord, type Token } from './tokens';

export interface NounPhrase {
  tokStart: number;
  tokEnd: number;
  count: number | null;
  hedge: Hedge;
  /** The last person noun ("officers"), or the pronoun, or null for a bare name or number. */
  head: string | null;
  pronoun: boolean;
  /** "the officer", "he": points back at someone already described. */
  definite: boolean;
  /** "another officer": someone new of the same kind. */
  another: boolean;
  /** "15 other people", "others": more victims of the event just told. */
  other: boolean;
  /** "thousands of", "hundreds of": a lower bound, not a count. */
  vague: boolean;
  persons: Person[];
}

/**
 * Whether token `i` is the noun a phrase is about. A capitalised person noun followed by another
 * capitalised word is part of a name ("Gang Suppression Force", "Police Constable Samuel …").
 */
export function isHeadNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !PERSON_NOUNS.has(t.norm)) return false;
  const next = tokens[i + 1];
  return !(t.cap && i > 0 && next?.kind === 'word' && next.cap);
}

function hasHead(tokens: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isHeadNoun(tokens, k)) return true;
  return false;
}

/**
 * "A Kenyan officer serving with the Gang Suppression Force was shot": when the words just
 * before the verb name no person, the subject is the person phrase that opens the clause, if a
 * participle links the two.
 */
function clauseSubject(tokens: Token[], before: number): [number, number] | null {
  let cs = before - 1;
  while (
    cs >= 0 &&
    before - cs < 30 &&
    !/^[,;:—–]$/.test(tokens[cs]?.text ?? '') &&
    !CLAUSE_OPENERS.has(tokens[cs]?.norm ?? '')
  )
    cs--;
  const subject = phraseAfter(tokens, cs + 1);
  if (!subject || !hasHead(tokens, subject[0], subject[1]) || subject[1] >= before) return null;
  // What lies between must only describe the subject: a participle, a "(PNH)", an "of the …", a "who …".
  for (let k = subject[1]; k < before; k++) if (CLAUSE_VERBS.has(tokens[k]?.norm ?? '')) return null;
  return subject;
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
function elidedArticleAt(tokens: Token[], apostrophe: number): boolean {
  const [article, mark, word] = [tokens[apostrophe - 1], tokens[apostrophe], tokens[apostrophe + 1]];
  return (
    (mark?.text === '’' || mark?.text === "'") &&
    (article?.norm === 'l' || article?.norm === 'd') &&
    article.end === mark.start &&
    word !== undefined &&
    mark.end === word.start
  );
}

/** French words that make a phrase one person when they come before its noun: "le policier", "l’agent", "une femme", "sa femme". */
const FRENCH_SINGULAR = new Set(['le', 'la', 'l', 'une', 'ce', 'cet', 'cette', 'yon', 'son', 'sa']);
/** After a person noun, "de" opens its complement: "l’officier de police" is an officer, not the police. */
const FRENCH_OF = new Set(['de', 'du', 'des', 'd']);

/** The comma before `start` closes the first item of a list of people that runs on from there. */
function listStartsBefore(tokens: Token[], start: number): boolean {
  return PERSON_NOUNS.has(tokens[start - 2]?.norm ?? '') && listEndAfter(tokens, start - 1, isPhraseWord) > 0;
}

/** Token range [start, end) of the phrase that ends just before `i`, skipping one aside. */
export function phraseBefore(tokens: Token[], i: number, depth = 0): [number, number] | null {
  let end = i;
  let j = i - 1;
  // ", 26," / ", including 10 women and three infants," / ", identified as Nenel Cassy,"
  if (tokens[j]?.text === ',') {
    let p = j - 1;
    while (p >= 0 && j - p < 16 && tokens[p]?.text !== ',') p--;
    const first = tokens[p + 1];
    const isAge = p + 2 === j && first?.kind === 'num';
    // ", five of them children,", « , dont cinq enfants, »: how many of them were who.
    const share =
      parseNumberAt(tokens, p + 1) !== null &&
      tokens.slice(p + 2, j).some((t, k, rest) => t.norm === 'of' && rest[k + 1]?.norm === 'them');
    if (tokens[p]?.text === ',' && (isAge || share || ASIDE_STARTS.has(first?.norm ?? ''))) {
      end = p;
      j = p - 1;
    } else return null;
  }
  let start = end;
  while (j >= 0 && end - j <= 14) {
    // "officers from the Kenyan contingent": a "from" right after a person noun stays in the phrase.
    const from = tokens[j]?.norm === 'from' && PERSON_NOUNS.has(tokens[j - 1]?.norm ?? '');
    // A noun before a person noun, after an article: "a flight attendant", "two aid workers".
    const compound =
      tokens[j]?.kind === 'word' &&
      PERSON_NOUNS.has(tokens[j + 1]?.norm ?? '') &&
      j + 1 < end &&
      (DETERMINERS.has(tokens[j - 1]?.norm ?? '') || tokens[j - 1]?.kind === 'num');
    // "on February 23 another officer was killed": the day of a date is no count.
    if (tokens[j]?.kind === 'num' && isMonthWord(tokens[j - 1]?.norm ?? '')) break;
    if (elidedArticleAt(tokens, j) && end - j > 1) {
      start = j - 1;
      j -= 2;
      continue;
    }
    if (!from && !compound && !isPhraseWord(tokens[j])) break;
    start = j;
    j--;
  }
  // "a gang leader known as “Ti Lapli”": the phrase before the new name says who it is.
  // Renamings and coordinations nest at most a few deep: "a, b and c" does, a 100 KB list does not.
  if (depth < 3 && RENAMING.has(tokens[j]?.norm ?? '') && start < end) {
    const k = tokens[j]?.norm === 'as' && tokens[j - 1]?.norm === 'known' ? j - 1 : j;
    const renamed = phraseBefore(tokens, k, depth + 1);
    if (renamed && hasHead(tokens, renamed[0], renamed[1])) {
      start = renamed[0];
      j = renamed[0] - 1;
    }
  }
  // "…et trois autres blessés": a count of others stands on its own (their side is the phrase before's).
  const others =
    end - start === 2 &&
    parseNumberAt(tokens, start) !== null &&
    OTHER_WORDS.has(tokens[start + 1]?.norm ?? '');
  if (!hasHead(tokens, start, end) && !others) {
    const subject = clauseSubject(tokens, start);
    if (subject) return [subject[0], Math.max(end, subject[1])];
  }
  // Coordinated phrases: "10 women and three infants", « deux journalistes et un policier ».
  if (
    depth < 3 &&
    AND_WORDS.has(tokens[j]?.norm ?? '') &&
    start < end &&
    isPhraseWord(tokens[j - 1]) &&
    PERSON_NOUNS.has(tokens[j - 1]?.norm ?? '')
  ) {
    const more = phraseBefore(tokens, j, depth + 1);
    if (more) start = more[0];
    // "Two police officers, a soldier and four civilians": the items before, one comma each.
    for (
      let items = 0;
      items < 6 && tokens[start - 1]?.text === ',' && listStartsBefore(tokens, start);
      items++
    ) {
      const first = phraseBefore(tokens, start - 1, 3);
      if (!first) break;
      start = first[0];
    }
  }
  return start < end ? [start, end] : null;
}

export function phraseAfter(tokens: Token[], i: number): [number, number] | null {
  let j = i;
  while (j < tokens.length && j - i < 14) {
    const after = tokens[j - 1]?.norm ?? '';
    const from = tokens[j]?.norm === 'from' && PERSON_NOUNS.has(after);
    // "a Canadian missionary and her two children"
    const and =
      AND_WORDS.has(tokens[j]?.norm ?? '') &&
      PERSON_NOUNS.has(after) &&
      isPhraseWord(tokens[j + 1]) &&
      !VERB_LIKE.has(tokens[j + 1]?.norm ?? '');
    // "a flight attendant": a noun between an article and a person noun.
    const compound =
      j > i &&
      tokens[j]?.kind === 'word' &&
      PERSON_NOUNS.has(tokens[j + 1]?.norm ?? '') &&
      (DETERMINERS.has(after) || tokens[j - 1]?.kind === 'num');
    // "two police officers, a soldier and four civilians": the whole list.
    const list =
      tokens[j]?.text === ',' && PERSON_NOUNS.has(after) ? listEndAfter(tokens, j, isPhraseWord) : -1;
    if (list > 0) return [i, list];
    if (!from && !and && !compound && !isPhraseWord(tokens[j]) && !elidedArticleAt(tokens, j)) break;
    j++;
  }
  return j > i ? [i, j] : null;
}

/** Armed groups whose name starts with a number (the actor register): the number, then the words after it. */
const NUMBERED_NAMES = new Map<string, Set<string>>();
for (const actor of ACTORS)
  for (const alias of actor.aliases) {
    const m = /^(\d+)\s+(\S+)/.exec(alias);
    if (!m?.[1] || !m[2]) continue;
    const after = NUMBERED_NAMES.get(m[1]) ?? new Set<string>();
    after.add(foldWord(m[2]));
    NUMBERED_NAMES.set(m[1], after);
  }

export function readPhrase(tokens: Token[], start: number, end: number): NounPhrase {
  const np: NounPhrase = {
    tokStart: start,
    tokEnd: end,
    count: null,
    hedge: 'exact',
    head: null,
    pronoun: false,
    definite: false,
    another: false,
    other: false,
    vague: false,
    persons: readPersons(tokens, start, end),
  };
  let singularCue = false;
  let complement = false;
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (!t) continue;
    const w = t.norm;
    if (np.head !== null && FRENCH_OF.has(w)) complement = true;
    // "le policier", "l’agent", "une femme" (not "UN", the United Nations); read before the head,
    // for « son » is also the English noun.
    if (np.head === null && FRENCH_SINGULAR.has(w) && t.text === t.text.toLowerCase()) singularCue = true;
    if (!complement && isHeadNoun(tokens, i)) np.head = w;
    if (np.head === null && w === 'un' && t.text !== 'UN') singularCue = true;
    // "her two children": a possessive before more words is a determiner, not the person.
    if (PRONOUNS.has(w) && (i === end - 1 || !isPhraseWord(tokens[i + 1]) || w === 'he' || w === 'she')) {
      np.pronoun = true;
      np.head = w;
      // "one of them": the number already read stands.
      np.count = np.count ?? PRONOUNS.get(w) ?? null;
      np.definite = true;
    }
    if (w === 'another') np.another = true;
    if (OTHER_WORDS.has(w)) np.other = true;
    if (DEFINITE.has(w)) np.definite = true;
    if (w === 'a' || w === 'an' || w === 'another' || w === 'the' || w === 'this' || w === 'that')
      singularCue = true;
    // "her 4-year-old son", "his brother": a possessive before a singular person noun is one person.
    if ((w === 'his' || w === 'her' || w === 'their' || w === 'its') && i < end - 1) singularCue = true;
    if (np.count === null && w === 'both') np.count = 2;
    if (np.count === null && VAGUE.has(w) && OF_WORDS.has(tokens[i + 1]?.norm ?? '')) {
      np.count = VAGUE.get(w) ?? null;
      np.hedge = 'at_least';
      np.vague = true;
    }
    const scaled = (w === 'a' || w === 'an') && SCALE_WORDS.has(tokens[i + 1]?.norm ?? '');
    // "the leader of the 5 Segonn gang", "400 Mawozo": a name, not a count.
    if (t.kind === 'num' && NUMBERED_NAMES.get(t.text)?.has(tokens[i + 1]?.norm ?? '')) continue;
    if (np.count === null && (t.kind === 'num' || (w !== 'a' && w !== 'an') || scaled)) {
      // Skip ages: "26-year-old".
      if (t.kind === 'num' && tokens[i + 2]?.norm === 'year') continue;
      const n = parseNumberAt(tokens, i);
      if (n && n.end <= end + 1) {
        np.count = n.value;
        np.hedge = hedgeBefore(tokens, i).hedge;
        if (n.approximate && np.hedge === 'exact') np.hedge = 'about';
        i = n.end - 1;
      }
    }
  }
  // "son fils": a French noun the same in both numbers, singular after a singular word.
  const singularHead =
    np.head !== null &&
    (!np.head.endsWith('s') || np.head === 'fils') &&
    !['people', 'police', 'personnel', 'men', 'women', 'children'].includes(np.head);
  if (np.count === null && np.persons.length > 0) np.count = np.persons.length;
  // "Mayo woman Gena Heraty": a singular person noun followed by a name is one person.
  if (np.count === null && singularHead) {
    let h = end - 1;
    while (h >= start && tokens[h]?.norm !== np.head) h--;
    const name = tokens.slice(h + 1, end).filter((t) => t.kind === 'word');
    if (h >= start && name.length >= 2 && name.every((t) => t.cap)) {
      np.count = 1;
      np.persons.push({ name: name.map((t) => t.text).join(' '), age: null });
    }
  }
  if (np.count === null && singularCue && singularHead) np.count = 1;
  // "…and another injured": another one of the same.
  if (np.count === null && np.another && np.head === null) np.count = 1;
  if (np.count === null && np.head === null) {
    // A bare name: "Samuel Kaetuai was killed".
    const caps = tokens
      .slice(start, end)
      .filter((t) => t.kind === 'word' && t.cap && !CONTINGENT_DEMONYMS.has(t.norm));
    if (caps.length >= 2 && caps.length === end - start) {
      np.persons.push({ name: caps.map((t) => t.text).join(' '), age: null });
      np.count = 1;
    }
  }
  return np;
}
