/**
 * A phrase found by noun-phrase.ts read into what a casualty needs: how many people (a number,
 * "a", « un », "both", "dozens of", a list of names), how sure ("at least"), the head noun, and
 * whether it points back ("the officer", "him", "another").
 */
import { ACTORS } from '../actors/register';
import { isMonthWord } from './date-words';
import { CONTINGENT_DEMONYMS } from './lexicon';
import { DEFINITE, OF_WORDS, ORDINALS, OTHER_WORDS, PRONOUNS, SCALE_WORDS, VAGUE } from './noun-phrase-words';
import { hedgeBefore, parseNumberAt } from './numbers';
import { readPersons } from './persons';
import { isHeadNoun, isPhraseWord, ofWhom } from './phrase-words';
import type { Hedge, Person } from './schema';
import { foldWord, type Token } from './tokens';

const AGE_UNITS = new Set(['year', 'month', 'week', 'day']);
const AGE_AFTER = new Set(['ans', 'an']);
/** Pronouns never a determiner of the words after them (« l'un d'eux a … »). */
const STANDALONE = new Set(['he', 'she', 'eux', 'elles']);
/** "aged 15 and 16": a number after "and" whose pair is an age. */
const agedPair = (tokens: readonly Token[], i: number) =>
  ['and', 'et'].includes(tokens[i - 1]?.norm ?? '') &&
  tokens[i - 2]?.kind === 'num' &&
  (tokens[i - 3]?.norm === 'aged' || tokens[i - 3]?.norm === 'ages');
const FRACTION_BEFORE = new Set(['than', 'over', 'about', 'nearly', 'almost', 'some', 'roughly', 'around']);

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
  /** "a third (officer)": the count of such victims that one makes (3). */
  ordinal?: number;
  /** "the fourth …": the place in a count ("the fourth officer to die" makes four). */
  rank?: number;
  /** "thousands of", "hundreds of": a lower bound, not a count. */
  vague: boolean;
  persons: Person[];
}

/** French words that make a phrase one person when they come before its noun: "le policier", "l’agent", "une femme", "sa femme". */
const FRENCH_SINGULAR = new Set('le la l une ce cet cette yon son sa leur notre'.split(' '));
/** After a person noun, "de" opens its complement: "l’officier de police" is an officer, not the police. */
const FRENCH_OF = new Set(['de', 'du', 'des', 'd']);

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

/** Ranks the Haitian police number ("Agent 2", "Inspecteur 1"): the number is the grade. */
const GRADED = new Set(['agent', 'inspecteur', 'inspector', 'commissaire']);

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
    // Capitalised only where it opens the sentence: "Son fils …", « Yon polisye … ».
    if (np.head === null && FRENCH_SINGULAR.has(w) && (i === 0 || t.text === t.text.toLowerCase()))
      singularCue = true;
    if (!complement && isHeadNoun(tokens, i)) np.head = w;
    if (np.head === null && w === 'un' && t.text !== 'UN') singularCue = true;
    // "her two children": a possessive before more words is a determiner, not the person.
    // "two of whom", not "four people whom a source described as …".
    const pronoun = PRONOUNS.has(w) || ofWhom(tokens, i);
    if (pronoun && (i === end - 1 || !isPhraseWord(tokens[i + 1]) || STANDALONE.has(w))) {
      np.pronoun = true;
      np.head = w;
      // "one of them": the number already read stands.
      np.count = np.count ?? PRONOUNS.get(w) ?? null;
      np.definite = true;
    }
    if (w === 'another') np.another = true;
    // "a third", « un troisième »: one more of the people just told, with or without its noun (not
    // a share: "more than a third were killed", "a third of them").
    const share = FRACTION_BEFORE.has(tokens[i - 2]?.norm ?? '') || tokens[i + 1]?.norm === 'of';
    if (ORDINALS.has(w) && ['a', 'an', 'un', 'une', 'yon'].includes(tokens[i - 1]?.norm ?? '') && !share) {
      np.other = true;
      np.ordinal = ORDINALS.get(w);
    }
    // "the fourth member of the contingent to die": the rank a figure counts up to.
    if (ORDINALS.has(w) && tokens[i - 1]?.norm === 'the') np.rank = ORDINALS.get(w);
    if (OTHER_WORDS.has(w)) np.other = true;
    // "A woman shot during the attack": only a determiner before the person makes them definite.
    if (DEFINITE.has(w) && np.head === null) np.definite = true;
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
    // « … Jovenel Moïse le 7 juillet 2021 »: the day of a date, not a count.
    if (t.kind === 'num' && isMonthWord(tokens[i + 1]?.norm ?? '')) continue;
    // « l'agent 2 Jean Ricot Dorsainvil »: the police grade before a name, not a count.
    if (t.kind === 'num' && GRADED.has(tokens[i - 1]?.norm ?? '') && tokens[i + 1]?.cap) continue;
    if (np.count === null && (t.kind === 'num' || (w !== 'a' && w !== 'an') || scaled)) {
      // Skip ages: "26-year-old", "a ten-year-old girl", "a six-month-old baby".
      if (AGE_UNITS.has(tokens[i + 2]?.norm ?? '') && (t.kind === 'num' || tokens[i + 1]?.text === '-'))
        continue;
      // « de 15 et 16 ans », "aged 15 and 16": the second of two ages.
      if (t.kind === 'num' && (AGE_AFTER.has(tokens[i + 1]?.norm ?? '') || agedPair(tokens, i))) continue;
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
    // "the gunmen", "two policemen": plurals without an "s".
    !np.head.endsWith('men') &&
    !['people', 'police', 'personnel', 'children'].includes(np.head);
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
  // "a missionary couple", "an elderly couple": two people.
  if ((np.count === null || np.count === 1) && tokens[end - 1]?.norm === 'couple' && np.persons.length === 0)
    np.count = 2;
  // "…and another injured", "… and wounding a third": another one of the same.
  if (np.count === null && (np.another || np.ordinal) && np.head === null) np.count = 1;
  if (np.count === null && np.head === null) {
    // A bare name: "Samuel Kaetuai was killed", « Jean-Robert Sanon ».
    const words = tokens.slice(start, end);
    const isName = (t: Token, k: number) =>
      (t.kind === 'word' && t.cap && !CONTINGENT_DEMONYMS.has(t.norm)) ||
      (t.text === '-' && words[k - 1]?.cap === true && words[k + 1]?.cap === true);
    // Two names apart at least: "Pont-Sondé" alone is a town.
    const apart = words.filter((t, k) => k > 0 && t.start > (words[k - 1]?.end ?? 0)).length;
    if (apart >= 1 && words.every(isName)) {
      np.persons.push({
        name: words
          .map((t, k) => (k > 0 && t.start > (words[k - 1]?.end ?? 0) ? ` ${t.text}` : t.text))
          .join(''),
        age: null,
      });
      np.count = 1;
    }
  }
  return np;
}
