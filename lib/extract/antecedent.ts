/**
 * Whom a pronoun stands for ("two of them", "he"): the nearest people named before it in the
 * sentence, but never the subject that did the harm to them.
 */
import { FORCE_WORDS } from './affiliation-words';
import { PERSON_NOUNS } from './lexicon';

/** Nearest person noun before `before` (the one a "he" or "him" stands for). */
export function antecedent(norms: readonly string[], before: number): number | null {
  for (let i = before - 1; i >= 0; i--) {
    const w = norms[i] ?? '';
    // Not the agent of a passive: "wounded by gunmen; two of them later died" are not gunmen.
    const agent = norms[i - 1] === 'by' || norms[i - 1] === 'par';
    if (PERSON_NOUNS.has(w) && w !== 'people' && !agent && !doerOf(norms, i, before)) return i;
  }
  return null;
}

/** Verbs whose subject does the harm: "officers returned fire, killing five of them". */
const HARMING = new Set([
  'killing',
  'killed',
  'shot',
  'shooting',
  'wounding',
  'injuring',
  'tuant',
  'blessant',
]);
const PASSIVE_BE = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'ete', 'get', 'got']);

/**
 * The sentence's first people, the subject, harming those after the verb: "them" is someone else
 * ("officers returned fire, killing five of them": not the officers). Not in the passive ("five
 * officers were killed, two of them Kenyan").
 */
function doerOf(norms: readonly string[], subject: number, pronoun: number): boolean {
  // The first people named, with the nouns they run into ("gang members").
  let first = 0;
  while (first < subject && !PERSON_NOUNS.has(norms[first] ?? '')) first++;
  for (let i = first; i < subject; i++) if (!PERSON_NOUNS.has(norms[i + 1] ?? '')) return false;
  // The verb takes an object ("killing five of them"), not a phrase of its own ("five officers
  // shot during the ambush …, two of them died": the officers were shot).
  for (let i = subject + 1; i < pronoun; i++)
    if (HARMING.has(norms[i] ?? '') && !PASSIVE_BE.has(norms[i - 1] ?? '') && objectStart(norms[i + 1] ?? ''))
      return true;
  return false;
}

const OBJECT_WORDS = new Set([
  ...'a an the one two three four five six seven eight nine ten several some many dozens at all his her their its'.split(
    ' ',
  ),
  ...'un une deux trois quatre cinq six sept huit neuf dix plusieurs des les'.split(' '),
]);
const objectStart = (w: string) => OBJECT_WORDS.has(w) || /^\d/.test(w);

const OWNERS = new Set(['their', 'its', 'our']);
const TELLING = new Set(['said', 'says', 'say', 'told', 'reported', 'announced', 'confirmed']);

/**
 * "Officers killed six gang members and lost one of their own": whose own they are, the
 * sentence's first people who do not only tell it ("Police said …"); -1 for any other phrase.
 */
export function ownerOf(norms: readonly string[], from: number, to: number): number {
  // The phrase may end before "own" or with it.
  const their = norms[to - 1] === 'own' ? to - 2 : to - 1;
  if (norms[their + 1] !== 'own' || !OWNERS.has(norms[their] ?? '') || norms[their - 1] !== 'of') return -1;
  const owner = (i: number) =>
    (PERSON_NOUNS.has(norms[i] ?? '') || FORCE_WORDS.has(norms[i] ?? '')) && !TELLING.has(norms[i + 1] ?? '');
  // The subject of "lost": the people right before it ("and police lost one of their own")…
  let k = from - 2;
  while (k > 0 && OWNER_SKIP.has(norms[k] ?? '')) k--;
  if (norms[k] !== 'and' && norms[k] !== 'but') {
    for (; k >= 0; k--) if (owner(k)) return k;
    return -1;
  }
  // …or, for a second verb ("officers killed six gang members and lost one"), the sentence's first.
  for (let i = 0; i < from; i++) if (owner(i)) return i;
  return -1;
}
const OWNER_SKIP = new Set(['had', 'have', 'has', 'also', 'reportedly', 'themselves']);
