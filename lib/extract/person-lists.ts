/**
 * Lists of people: "a Bahamian officer and a Belizean soldier", « deux journalistes et un
 * policier », "two police officers, a soldier and four civilians". Each item is a phrase that ends
 * with a person noun; items are joined by "and" / « et », or by commas with "and" before the last.
 */
import { isCasualtyParticiple } from './casualty-participles-fr';
import { PERSON_NOUNS } from './lexicon';
import { AND_WORDS, POSSESSIVES } from './noun-phrase-words';
import { agedBefore } from './phrase-asides';
import type { Token } from './tokens';

/** A list has at most this many items: a longer run of commas is an enumeration of something else. */
const MAX_ITEMS = 8;
/** An item has at most this many tokens ("a 45-year-old motorcycle taxi driver" has nine). */
const MAX_ITEM_WORDS = 10;

const isAnd = (t: Token | undefined) => AND_WORDS.has(t?.norm ?? '');
const isPerson = (t: Token | undefined) => PERSON_NOUNS.has(t?.norm ?? '');
const plainWord = (t: Token | undefined) => t?.kind === 'word' && !t.cap;
/** A past participle or a gerund ("wounded", "killing", « blessé »): a verb, when it opens an item. */
const isVerb = (t: Token | undefined) =>
  t?.kind === 'word' && (/(?:ed|ing)$/.test(t.norm) || isCasualtyParticiple(t.norm));

/**
 * Where a list of people ends when the comma at `comma` follows its first item ("two police
 * officers, a soldier and four civilians" → after "civilians"), or -1 when the comma opens no such
 * list: every item must end with a person noun and the last one come after "and" (", the mission
 * said" and ", 45," are no list). `isItemWord`: the words a phrase is made of (noun-phrase.ts).
 */
export function listEndAfter(
  tokens: Token[],
  comma: number,
  isItemWord: (t: Token | undefined) => boolean,
): number {
  let at = comma;
  for (let items = 0; items < MAX_ITEMS; items++) {
    // ", and four civilians": the serial comma before the last item.
    if (tokens[at]?.text === ',' && isAnd(tokens[at + 1])) at++;
    const last = isAnd(tokens[at]);
    // ", wounded three soldiers", « , blessé trois agents »: a verb opens another clause, not an item.
    if (isVerb(tokens[at + 1])) return -1;
    let noun = -1;
    for (let k = at + 1; k < tokens.length && k - at <= MAX_ITEM_WORDS; k++) {
      const t = tokens[k];
      // "a street vendor", "a motorcycle taxi driver": plain nouns before the person noun.
      // "a 45-year-old street vendor": the words of an age.
      const age = (t?.norm === 'year' || t?.norm === 'old') && tokens[k - 1]?.text === '-';
      const compound =
        age ||
        (plainWord(t) &&
          !isAnd(t) &&
          !isVerb(t) &&
          (isPerson(tokens[k + 1]) || (plainWord(tokens[k + 1]) && isPerson(tokens[k + 2]))));
      if (!isItemWord(t) && !compound) break;
      if (isPerson(t)) noun = k;
    }
    if (noun < 0) return -1;
    const end = complementEnd(tokens, noun + 1);
    if (last) return end;
    const next = tokens[end];
    if (next?.text !== ',' && !isAnd(next)) return -1;
    at = end;
  }
  return -1;
}

/** The comma before `start` closes the first item of a list of people that runs on from there. */
export function listStartsBefore(
  tokens: Token[],
  start: number,
  isItemWord: (t: Token | undefined) => boolean,
): boolean {
  return isPerson(tokens[start - 2]) && listEndAfter(tokens, start - 1, isItemWord) > 0;
}

const OF = new Set(['of', 'de', 'des', 'du', 'd']);
const ITEM_END = new Set([',', '.', ';', ':']);

/** The item before the "and" at `and` ends with a complement of its person noun. */
function complementBefore(tokens: Token[], and: number, from: number): boolean {
  for (let k = and - 1; k > from && and - k <= 7; k--) {
    if (ITEM_END.has(tokens[k]?.text ?? '')) return false;
    if (OF.has(tokens[k]?.norm ?? '') && isPerson(tokens[k - 1])) return true;
  }
  return servingBefore(tokens, and) > from;
}

const SERVING = new Set(['serving', 'deployed', 'assigned', 'stationed', 'attached', 'posted', 'working']);
const WITH = new Set(['with', 'in', 'for', 'to', 'at']);

/**
 * "a Guatemalan soldier serving with the force and two police officers", "a soldier of the Armed
 * Forces of Haiti (FAd'H) and a Salvadoran member": the person noun before the "and" at `and` is
 * told with where they serve. The index of "serving" or "of", or -1.
 */
export function servingBefore(tokens: Token[], and: number): number {
  for (let k = and - 2; k > 0 && and - k <= 12; k--) {
    if (ITEM_END.has(tokens[k]?.text ?? '') || isAnd(tokens[k])) return -1;
    if (!isPerson(tokens[k - 1])) continue;
    const w = tokens[k]?.norm ?? '';
    if (SERVING.has(w) && WITH.has(tokens[k + 1]?.norm ?? '') && and - k <= 6) return k;
    if (w === 'of' && (tokens[k + 1]?.norm === 'the' || tokens[k + 1]?.cap)) return k;
  }
  return -1;
}

/** "2 militaires des Forces armées d'Haïti", "one member of the mission": past the item's complement. */
function complementEnd(tokens: Token[], k: number): number {
  if (!OF.has(tokens[k]?.norm ?? '')) return k;
  let j = k;
  // "of the Armed Forces of Haiti (FAd'H)": a service's name and its acronym.
  while (j < tokens.length && j - k < 12 && !ITEM_END.has(tokens[j]?.text ?? '') && !isAnd(tokens[j])) j++;
  return j < tokens.length && j - k < 12 ? j : k;
}

/** One range per person or group of a list the range holds (listEndAfter, and "and" alone). */
export function conjuncts(tokens: Token[], [start, end]: [number, number]): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = start;
  for (let i = start + 1; i < end - 1; i++) {
    const t = tokens[i];
    // "Pastor Jean Baptiste and his wife": a name, then a relative of theirs; "…, 58, and his
    // wife": the name's age between them is neither.
    // The "and" here or after a serial comma: « X, 45 ans, chauffeur, et son cousin ».
    const andAt = isAnd(t) ? i : t?.text === ',' && isAnd(tokens[i + 1]) ? i + 1 : -1;
    const agedAt = andAt >= 0 ? agedBefore(tokens, andAt) : -1;
    const name = tokens[i - 1];
    const named =
      agedAt >= 0 ||
      (name?.cap === true && name.kind === 'word' && isAnd(t) && POSSESSIVES.has(tokens[i + 1]?.norm ?? ''));
    // "2 militaires des Forces armées d'Haïti et 1 membre": an item that ends with its complement.
    const ofItem = isAnd(t) && complementBefore(tokens, i, from);
    if (!(isPerson(tokens[i - 1]) || named || ofItem) || !(isAnd(t) || t?.text === ',')) continue;
    parts.push([from, agedAt >= 0 ? agedAt : i]);
    from = t?.text === ',' && isAnd(tokens[i + 1]) ? i + 2 : i + 1;
    i = from - 1;
  }
  parts.push([from, end]);
  return parts;
}
