/**
 * The people a casualty verb is about: the noun phrase before it ("two more officers suffering
 * injuries", "26-year-old Police Constable Samuel Tompoi Kaetuai was fatally wounded") or after
 * it ("neutralized him", "the deaths of over 3000 people"), found as a range of tokens;
 * read-phrase.ts reads it into a count, a head noun and named persons. No tagger: a phrase is a
 * run of words a phrase can be made of.
 */
import { isMonthWord } from './date-words';
import { PERSON_NOUNS } from './lexicon';
import {
  AND_WORDS,
  CLAUSE_OPENERS,
  CLAUSE_VERBS,
  ORDINALS,
  OTHER_WORDS,
  POSSESSIVES,
  RENAMING,
  VERB_LIKE,
} from './noun-phrase-words';
import { parseNumberAt } from './numbers';
import { listEndAfter, listStartsBefore, servingBefore } from './person-lists';
import { acronymAt, agedBefore, ageUnitAt, isAge, isAside, isNameAside } from './phrase-asides';
import {
  elidedArticleAt,
  hasHead,
  isPhraseWord,
  nameThenRelative,
  opensCompound,
  phraseWordAt,
  twoNounsBefore,
} from './phrase-words';
import { beforePurpose, purposeClauseBefore } from './purpose-clauses';
import type { Token } from './tokens';
import { tollNumberAt } from './toll-cues';

/**
 * "A Kenyan officer serving with the Gang Suppression Force was shot": when the words just
 * before the verb name no person, the subject is the person phrase that opens the clause, if a
 * participle links the two.
 */
function clauseSubject(tokens: Token[], before: number): [number, number] | null {
  if (tollNumberAt(tokens, before)) return null;
  let cs = before - 1;
  while (
    cs >= 0 &&
    before - cs < 30 &&
    !/^[,;:—–]$/.test(tokens[cs]?.text ?? '') &&
    !CLAUSE_OPENERS.has(tokens[cs]?.norm ?? '')
  )
    cs--;
  let found = phraseAfter(tokens, cs + 1);
  // "A Jamaica Defence Force (JDF) soldier serving with …": past an acronym in brackets.
  const rest = found && acronymAt(tokens, found[1] + 2) ? phraseAfter(tokens, found[1] + 3) : null;
  if (found && rest) found = [found[0], rest[1]];
  // "A Kenyan officer deployed to Haiti to help fight the gangs": the subject ends before the purpose clause.
  const subject: [number, number] | null = found && [found[0], beforePurpose(tokens, found[0], found[1])];
  if (!subject || !hasHead(tokens, subject[0], subject[1]) || subject[1] > before) return null;
  // What lies between must only describe the subject: a participle, a "(PNH)", an "of the …", a "who …".
  for (let k = subject[1]; k < before; k++) if (CLAUSE_VERBS.has(tokens[k]?.norm ?? '')) return null;
  return subject;
}
const DASHES = new Set(['–', '—', '─']);
const RANGE_OPEN = new Set(['between', 'entre']);
const RANGE_AND = new Set(['and', 'et']);
/** Token range [start, end) of the phrase that ends just before `i`, skipping one aside. */
export function phraseBefore(
  tokens: Token[],
  i: number,
  depth = 0,
  /** The word at `i` is itself the person noun ("deux otages"): the phrase is only its words before. */
  headAt = false,
  /** The verb at `i` has a subject to find before a purpose clause ("… to fight gangs was killed"). */
  finite = true,
): [number, number] | null {
  let end = i;
  let j = i - 1;
  // "Trois membres de la MMAS – deux policiers kényans et un militaire – ont été blessés": the dashes' aside.
  // "Three people — two police officers and a nurse — were killed": the aside, when it is the people.
  if (DASHES.has(tokens[j]?.text ?? '')) {
    let p = j - 1;
    while (p > 0 && j - p < 16 && !DASHES.has(tokens[p]?.text ?? '')) p--;
    const inner = depth < 3 ? phraseBefore(tokens, j, depth + 1) : null;
    if (inner && inner[0] === p + 1 && hasHead(tokens, inner[0], inner[1])) return inner;
    if (DASHES.has(tokens[p]?.text ?? '')) [end, j] = [p, p - 1];
  }
  // ", 26," / ", including 10 women and three infants," / ", identified as Nenel Cassy,"; up to two
  // in a row: « Jean Pierre, 34 ans, chauffeur de taxi-moto, a été tué ».
  if (tokens[j]?.text === ',') {
    for (let comma = j, asides = 0; asides < 2 && tokens[comma]?.text === ','; asides++) {
      let p = comma - 1;
      while (p >= 0 && comma - p < 16 && tokens[p]?.text !== ',') p--;
      // A second aside only as an age before a description: "Jean Pierre, 34, a taxi driver,", or
      // a name before an age: "a police officer, Marc Joseph, 31,".
      const aside =
        asides === 0 ? isAside(tokens, p, comma) : isAge(tokens, p, comma) || isNameAside(tokens, p, comma);
      if (tokens[p]?.text !== ',' || !aside) {
        if (asides === 0) return null;
        break;
      }
      end = p;
      j = p - 1;
      comma = p;
    }
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
      (opensCompound(tokens[j - 1]) ||
        parseNumberAt(tokens, j - 1)?.end === j ||
        // "a Haitian army soldier": a name's adjective between the article and the noun.
        (tokens[j - 1]?.cap === true && opensCompound(tokens[j - 2])));
    // "on February 23 another officer was killed": the day of a date is no count.
    if (tokens[j]?.kind === 'num' && isMonthWord(tokens[j - 1]?.norm ?? '')) break;
    // "two moto-taxi drivers": a hyphenated noun between an article or a number and a person noun.
    const hyphened =
      j + 1 < end &&
      tokens[j]?.kind === 'word' &&
      tokens[j - 1]?.text === '-' &&
      tokens[j - 2]?.kind === 'word' &&
      PERSON_NOUNS.has(tokens[j + 1]?.norm ?? '') &&
      opensCompound(tokens[j - 3]);
    if (hyphened) {
      start = j - 2;
      j -= 3;
      continue;
    }
    // "A Jamaica Defence Force (JDF) soldier": an acronym in brackets inside the phrase.
    if (acronymAt(tokens, j) && j + 1 < end) {
      j -= 3;
      continue;
    }
    // "a six-month-old baby": the age's unit, back to its number.
    if (ageUnitAt(tokens, j - 3)) {
      start = j - 4;
      j -= 5;
      continue;
    }
    if ((elidedArticleAt(tokens, j) && end - j > 1) || (j + 1 < end && twoNounsBefore(tokens, j - 1))) {
      start = j - 1;
      j -= 2;
      continue;
    }
    if (!from && !compound && !phraseWordAt(tokens, j, end)) break;
    start = j;
    j--;
  }
  // "between 15 and 20 people", « entre 15 et 20 personnes »: a range, read from its lower end.
  if (
    start < end &&
    RANGE_AND.has(tokens[start - 1]?.norm ?? '') &&
    parseNumberAt(tokens, start - 2) !== null &&
    RANGE_OPEN.has(tokens[start - 3]?.norm ?? '') &&
    parseNumberAt(tokens, start) !== null
  ) {
    start -= 3;
    j = start - 1;
  }
  // « vingt et une personnes », « soixante et onze »: one number written with « et ».
  const joined =
    start < end && AND_WORDS.has(tokens[start - 1]?.norm ?? '') ? parseNumberAt(tokens, start - 2) : null;
  if (joined && joined.end > start) {
    start = joined.start;
    j = start - 1;
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
  // "… deployed to Haiti to fight the gangs died": the phrase is the purpose clause's object; the
  // subject is the person phrase that opens the clause.
  const purpose = finite && !headAt && depth === 0 && start < end ? purposeClauseBefore(tokens, start) : null;
  const subject = purpose === null ? null : clauseSubject(tokens, purpose);
  if (subject) return subject;
  // "…et trois autres blessés": a count of others stands on its own (their side is the phrase before's).
  // "…blessées et cinq sont portées disparues": a bare count after "and" too (its noun is the one before).
  const others =
    (end - start <= 5 &&
      parseNumberAt(tokens, start) !== null &&
      OTHER_WORDS.has(tokens[end - 1]?.norm ?? '')) ||
    (end - start === 1 &&
      tokens[start]?.kind === 'word' &&
      parseNumberAt(tokens, start) !== null &&
      AND_WORDS.has(tokens[start - 1]?.norm ?? '')) ||
    // « … ont été tués et un troisième a été blessé », « et un autre »: one more, on its own.
    (end - start === 2 &&
      /^(?:a|an|un|une|yon)$/.test(tokens[start]?.norm ?? '') &&
      (ORDINALS.has(tokens[start + 1]?.norm ?? '') || OTHER_WORDS.has(tokens[start + 1]?.norm ?? '')));
  if (!headAt && !hasHead(tokens, start, end) && !others) {
    const subject = clauseSubject(tokens, start);
    if (subject) return [subject[0], beforePurpose(tokens, subject[0], Math.max(end, subject[1]))];
  }
  // Coordinated phrases: "10 women and three infants", « deux journalistes et un policier ».
  // ", and four civilians": the serial comma before the last item.
  const serial = tokens[j - 1]?.text === ',' && PERSON_NOUNS.has(tokens[j - 2]?.norm ?? '');
  // "Pastor Jean Baptiste and his wife": a name, then a relative of theirs.
  // "Pastor Jean Pierre, 58, and his wife": the name's age between them.
  // « le père Gérald Fils-Aimé, 58 ans, et trois fidèles »: whoever follows a person and their age.
  const agedAt = AND_WORDS.has(tokens[j]?.norm ?? '') ? agedBefore(tokens, j) : -1;
  const named = agedAt >= 0 || (tokens[j - 1]?.cap === true && POSSESSIVES.has(tokens[j + 1]?.norm ?? ''));
  // « six morts, dont trois policiers, et de quatre blessés »: "quatre blessés" are a group of their
  // own, named by the cue word, as « … et une vingtaine d'autres »; only people named before it join.
  const ownGroup = (headAt && !PERSON_NOUNS.has(tokens[end - 1]?.norm ?? '')) || others;
  // "a Guatemalan soldier serving with the force and two police officers": the item ends at "serving".
  const serving = AND_WORDS.has(tokens[j]?.norm ?? '') ? servingBefore(tokens, j) : -1;
  const person = serving >= 0 || (isPhraseWord(tokens[j - 1]) && PERSON_NOUNS.has(tokens[j - 1]?.norm ?? ''));
  if (
    depth < 3 &&
    !ownGroup &&
    AND_WORDS.has(tokens[j]?.norm ?? '') &&
    start < end &&
    (serial || named || person)
  ) {
    const itemEnd = agedAt >= 0 ? agedAt : serving >= 0 ? serving : serial ? j - 1 : j;
    const more = phraseBefore(tokens, itemEnd, depth + 1);
    if (more) start = more[0];
    // "Two police officers, a soldier and four civilians": the items before, one comma each.
    for (
      let items = 0;
      items < 6 && tokens[start - 1]?.text === ',' && listStartsBefore(tokens, start, isPhraseWord);
      items++
    ) {
      const first = phraseBefore(tokens, start - 1, 3);
      if (!first) break;
      start = first[0];
    }
  }
  return start < end ? [start, beforePurpose(tokens, start, end)] : null;
}

const AT_MOST = new Set(['least', 'most']);

/** Pronouns that open a clause about the people just named, never one of them. */
const CLAUSE_SUBJECTS = new Set(['they', 'he', 'she', 'we', 'police']);

export function phraseAfter(tokens: Token[], i: number): [number, number] | null {
  let j = i;
  // "killed between 15 and 20 people": a range, read from its lower end.
  const low = RANGE_OPEN.has(tokens[i]?.norm ?? '') ? parseNumberAt(tokens, i + 1) : null;
  if (low && RANGE_AND.has(tokens[low.end]?.norm ?? '') && parseNumberAt(tokens, low.end + 1))
    j = low.end + 1;
  // « vingt et une personnes »: a number written with « et » is read whole.
  const words =
    AND_WORDS.has(tokens[j + 1]?.norm ?? '') && tokens[j]?.kind === 'word' ? parseNumberAt(tokens, j) : null;
  if (words && words.end > j + 1) j = words.end;
  while (j < tokens.length && j - i < 14) {
    const after = tokens[j - 1]?.norm ?? '';
    // "four men they accused of …", "two officers he had trained": a clause about the people.
    if (j > i && PERSON_NOUNS.has(after) && CLAUSE_SUBJECTS.has(tokens[j]?.norm ?? '')) break;
    // "a six-month-old baby": an age in months, weeks or days is part of the phrase.
    if (ageUnitAt(tokens, j)) {
      j += 4;
      continue;
    }
    // "the assassination of Mayor Jean Dupont at his residence": "at" other than "at least" is a place.
    if (tokens[j]?.norm === 'at' && !AT_MOST.has(tokens[j + 1]?.norm ?? '') && tokens[j + 1]?.kind !== 'num')
      break;
    const from = tokens[j]?.norm === 'from' && PERSON_NOUNS.has(after);
    // "a Canadian missionary and her two children"
    const and =
      AND_WORDS.has(tokens[j]?.norm ?? '') &&
      PERSON_NOUNS.has(after) &&
      isPhraseWord(tokens[j + 1]) &&
      !VERB_LIKE.has(tokens[j + 1]?.norm ?? '');
    // "killed Pastor Jean Pierre, 58, and his son": a name, its age, then a relative of theirs.
    if (j > i && nameThenRelative(tokens, j)) {
      j += tokens[j]?.text === ',' ? 4 : 1;
      continue;
    }
    // "a flight attendant": a noun between an article and a person noun.
    const compound =
      j > i &&
      tokens[j]?.kind === 'word' &&
      PERSON_NOUNS.has(tokens[j + 1]?.norm ?? '') &&
      opensCompound(tokens[j - 1]);
    // "two police officers, a soldier and four civilians": the whole list.
    const list =
      tokens[j]?.text === ',' && PERSON_NOUNS.has(after) ? listEndAfter(tokens, j, isPhraseWord) : -1;
    if (list > 0) return [i, list];
    if (j > i && twoNounsBefore(tokens, j)) {
      j += 2;
      continue;
    }
    if (!from && !and && !compound && !phraseWordAt(tokens, j) && !elidedArticleAt(tokens, j)) break;
    j++;
  }
  return j > i ? [i, j] : null;
}
