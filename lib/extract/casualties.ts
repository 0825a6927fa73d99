/**
 * Casualty statements in one sentence: a cue ("was killed", "succumbed", "went missing",
 * "suffering serious injuries", "neutralized him", "the deaths of") tied to the phrase naming
 * the people it happened to. Speculation ("may have been killed") and negation ("no officer was
 * hurt") are read and the statement dropped.
 */

import { BE, type CasualtyCueKind, type Cue, findCues } from './casualty-cues';
import { countsEvents } from './counted-events';
import { beginsPassive, skipBack } from './cue-context';
import type { DocContext } from './doc-context';
import { afterRelative, alongside, gappedAfter, rivalAfter } from './gapping';
import { PERSON_NOUNS } from './lexicon';
import { phraseAfter, phraseBefore } from './noun-phrase';
import { conjuncts } from './person-lists';
import { isAge } from './phrase-asides';
import { hasHead } from './phrase-words';
import { readMention } from './read-mention';
import { type NounPhrase, readPhrase } from './read-phrase';
import type { Affiliation, Hedge, Person } from './schema';
import type { Token } from './tokens';
import { supersededToll, tollNumberAt } from './toll-cues';
import { isUncertain } from './uncertain';
import { wordSet } from './words';

export type { CasualtyCueKind };

export interface CasualtyMention {
  kind: CasualtyCueKind;
  count: number;
  hedge: Hedge;
  affiliation: Affiliation;
  country: string | null;
  persons: Person[];
  phrase: NounPhrase;
  /** Token index of the cue in its sentence, and its offset in the whole text. */
  at: number;
  cueStart: number;
  /** "succumbed", "died of his injuries": an earlier injury of the same person was fatal. */
  afterInjury: boolean;
  /** The phrase was "people"/"persons" with no side of its own. */
  generic: boolean;
  /** "two of his colleagues", « deux de ses collègues »: the peers of someone told before. */
  colleagues?: boolean;
  /** "Gangs killed two people": people the gangs killed, not broken down by gang dead. */
  byGangs?: boolean;
  /** "also", "other", "another": more victims, not the same ones told again. */
  additional: boolean;
  /** The side came from what the article is about, not from the phrase or its clause. */
  sideInferred: boolean;
  /** Told as a toll ("put the toll at eight", « le bilan s'élève à … »): a number of no side of its own. */
  toll?: boolean;
  /** "…six more bodies, bringing the toll to 20": the event's dead counted anew, on a later day. */
  revised?: boolean;
}

function phraseFor(tokens: Token[], cue: Cue): [number, number] | null {
  switch (cue.voice) {
    case 'active':
      return phraseAfter(tokens, cue.at + 1);
    case 'of':
      return phraseAfter(tokens, cue.at + 2);
    case 'to':
      return phraseAfter(tokens, cue.anchor + 1);
    case 'adjectival': {
      const before = phraseBefore(tokens, cue.at);
      const after = phraseAfter(tokens, cue.at + 1);
      if (!after) return null;
      // "the families of the two injured officers": the injured are the officers.
      let from = before ? before[0] : cue.at;
      for (let k = cue.at - 1; k > from; k--) if (OF.has(tokens[k]?.norm ?? '')) from = k + 1;
      return [from, after[1]];
    }
    case 'self': {
      // « quatre policiers, tués le 2 juin »: the people before the comma the participle follows.
      const before =
        phraseBefore(tokens, Math.min(cue.at, cue.anchor), 0, true) ??
        (tokens[cue.at - 1]?.text === ',' ? phraseBefore(tokens, cue.at - 1) : null);
      return [before ? before[0] : cue.at, cue.at + 1];
    }
    default: {
      const start = skipBack(tokens, cue.anchor);
      // "striking a flight attendant, who suffered minor injuries": the relative pronoun's antecedent.
      const rel = RELATIVE.has(tokens[start]?.norm ?? '') && tokens[start - 1]?.text === ',';
      // "to release the seven people kidnapped on Monday": a participle right after its people
      // names them, whatever clause they sit in; only a verb of their own ("… to fight gangs, died",
      // "… was killed") has a subject to look for before a purpose clause.
      const reduced = start === cue.at && !INTRANSITIVE.has(tokens[cue.at]?.norm ?? '');
      const found =
        (rel ? phraseBefore(tokens, start - 1, 0, false, false) : null) ??
        phraseBefore(tokens, start, 0, false, !reduced) ??
        subjectBeforeConjunction(tokens, start) ??
        sharedSubject(tokens, cue.anchor) ??
        // "Four police officers, killed on June 2 in an ambush, were buried": the people before the comma.
        (reduced && tokens[start - 1]?.text === ',' ? phraseBefore(tokens, start - 1) : null);
      // "A Haitian police officer who was travelling with the patrol was killed": no person just
      // before the verb, but one before the "who" the clause between opens with.
      // "Residents who fled the gangs were shot dead": "the gangs", uncounted, are not the subject.
      // The opener is looked for first: most verbs have none, and need no reading of the phrase.
      const opener = relativeOpener(tokens, start);
      if (opener < 0 || (found && readPhrase(tokens, found[0], found[1]).count !== null)) return found;
      return subjectBefore(tokens, opener) ?? found;
    }
  }
}

const RELATIVE = wordSet('who which that');
const REDUCED_RELATIVE = wordSet(
  'who qui soupconne soupconnes accuse accuses suspected accused presente presentes presentee presentees described identified',
);
const SAYING = wordSet('said say says told reported confirmed added explained dit declare affirme');

/** The "who" (or « qui », « soupçonné ») that opens the clause ending at `start`, else -1. */
function relativeOpener(tokens: Token[], start: number): number {
  for (let k = start - 1; k > 0 && start - k <= 16; k--) {
    const t = tokens[k];
    if (!t || t.text === '.' || t.text === ';' || t.text === ':') return -1;
    // "An officer who was at the scene said two were killed": the one who tells, not the victim.
    if (SAYING.has(t.norm)) return -1;
    // « un jeune homme soupçonné d'être un informateur des gangs avait été lapidé »: a reduced relative.
    if (REDUCED_RELATIVE.has(t.norm)) return k;
  }
  return -1;
}

/** The person phrase before the relative's opener at `k`, if it names someone. */
function subjectBefore(tokens: Token[], k: number): [number, number] | null {
  const at = tokens[k - 1]?.text === ',' ? k - 1 : k;
  const subject = phraseBefore(tokens, at, 0, false, false);
  return subject && hasHead(tokens, subject[0], subject[1]) ? subject : null;
}
const TOLL_WORDS = wordSet('toll bilan');
const AND = wordSet('and et');
const OF = wordSet('of de des du');
const INTRANSITIVE = wordSet('died dies perished succumbed');
const TIME_CONJUNCTIONS = wordSet('after before while since when');

/**
 * "three policemen were recuperating after being injured": the subject of the clause the
 * "after being …" hangs from, found before its verb group.
 */
function subjectBeforeConjunction(tokens: Token[], start: number): [number, number] | null {
  if (!TIME_CONJUNCTIONS.has(tokens[start - 1]?.norm ?? '')) return null;
  for (let k = start - 2; k >= 0 && start - k <= 5; k--) {
    if (BE.has(tokens[k]?.norm ?? '')) return phraseBefore(tokens, k);
  }
  return null;
}
const JOINERS = wordSet('and but then before later unfortunately sadly tragically eventually');

/**
 * "He was airlifted to hospital but, unfortunately, succumbed": a verb joined to an earlier one
 * by "and"/"but" shares that verb's subject, the person phrase that opens the clause.
 */
function sharedSubject(tokens: Token[], anchor: number): [number, number] | null {
  let k = anchor - 1;
  while (k >= 0 && (JOINERS.has(tokens[k]?.norm ?? '') || tokens[k]?.text === ',')) k--;
  if (k === anchor - 1) return null;
  for (let p = k; p >= 0 && anchor - p < 40; p--) {
    if (p > 0 && !/^[,;“"]$/.test(tokens[p - 1]?.text ?? '')) continue;
    const phrase = phraseAfter(tokens, p);
    if (!phrase) continue;
    const np = readPhrase(tokens, phrase[0], phrase[1]);
    if ((np.head !== null || np.pronoun) && np.count !== null && beginsPassive(tokens, phrase[1]))
      return phrase;
  }
  return null;
}

/**
 * People the sentence says were killed, hurt or taken without a number: "several police officers
 * were wounded", « plusieurs personnes ont été tuées ». Not a pronoun, not hedged away.
 */
function unquantified(tokens: Token[], cue: Cue, range: [number, number]): boolean {
  const np = readPhrase(tokens, range[0], range[1]);
  if (np.count !== null || np.head === null || np.pronoun || !PERSON_NOUNS.has(np.head)) return false;
  return !isUncertain(tokens, Math.min(range[0], cue.anchor), Math.max(range[1] - 1, cue.at));
}

/**
 * `french`: the sentence is French or Kreyòl (sentence-language.ts), so its cues are looked for too.
 * `tollsWithoutNumber` receives the kind of each toll told of people without a number.
 */
export function findCasualties(
  tokens: Token[],
  ctx: DocContext,
  french: boolean,
  tollsWithoutNumber: CasualtyCueKind[] = [],
): CasualtyMention[] {
  const out: CasualtyMention[] = [];
  const cues = findCues(tokens, french);
  for (const [n, cue] of cues.entries()) {
    const whole = phraseFor(tokens, cue);
    if (!whole) continue;
    for (const range of conjuncts(tokens, whole)) {
      // "said Marie-Claude Joseph, 52, who fled on foot": her age, not 52 people.
      const aside = tokens[range[0] - 1]?.text === ',' && tokens[range[1]]?.text === ',';
      if (
        aside &&
        tokens[range[0] - 2]?.cap &&
        range[1] - range[0] === 1 &&
        isAge(tokens, range[0] - 1, range[1])
      )
        continue;
      const mention = readMention(tokens, cue, range, ctx);
      if (!mention) {
        if (unquantified(tokens, cue, range)) tollsWithoutNumber.push(cue.kind);
        continue;
      }
      // "Police investigated three homicides": events counted, whose victims' side is not told.
      if (countsEvents(cue.at, tokens)) Object.assign(mention, { affiliation: 'unknown', country: null });
      // "An earlier toll had put the number of dead at seven": replaced by the newer toll.
      if (supersededToll(tokens, range[0])) continue;
      // "Police estimated the toll at around 20 dead": the toll and "20 dead" are one statement.
      if (out.some((o) => sameStatement(o, mention))) continue;
      if (TOLL_WORDS.has(tokens[cue.at]?.norm ?? '') || tollNumberAt(tokens, range[0])) mention.toll = true;
      // "three officers were killed and two others injured", "… and wounding a third": the others
      // are on the same side.
      const previous = out[out.length - 1];
      if (
        mention.affiliation === 'unknown' &&
        mention.phrase.head === null &&
        previous &&
        (mention.phrase.ordinal !== undefined ||
          // "…killed and three wounded", « … et cinq sont portées disparues »: a bare count after "and".
          (range[1] - range[0] === 1 && AND.has(tokens[range[0] - 1]?.norm ?? '')) ||
          /\bothers?\b|\banother\b|\bautres?\b/.test(
            tokens
              .slice(range[0], range[1])
              .map((t) => t.norm)
              .join(' '),
          ))
      ) {
        mention.affiliation = previous.affiliation;
        mention.country = previous.country;
        mention.generic = previous.generic;
      }
      out.push(mention);
    }
    out.push(...alongside(tokens, cue, ctx, out[out.length - 1], cues[n + 1]?.at ?? tokens.length));
    const listed = cue.voice === 'to' ? afterRelative(tokens, cue, ctx, out[out.length - 1]) : null;
    if (listed) out.push(listed);
    const last = out[out.length - 1];
    const gapped =
      last?.at === cue.at ? gappedAfter(tokens, cue, last, ctx, cues[n + 1]?.at ?? tokens.length) : null;
    if (gapped) out.push(gapped);
    const rival = last?.at === cue.at ? rivalAfter(tokens, last, cues[n + 1]?.at ?? tokens.length) : null;
    if (rival) out.push(rival);
  }
  return dropFatalInjury(out.filter((m) => !includedIn(tokens, m, out)));
}

const INCLUDING = wordSet('including dont');
/**
 * "At least eight people were killed, including a nurse who was shot", "put the death toll at 11,
 * including two patients who died": how some of the dead died, not more victims (the breakdown by
 * side is read from the words, subgroups.ts).
 */
function includedIn(tokens: Token[], m: CasualtyMention, all: CasualtyMention[]): boolean {
  if (!INCLUDING.has(tokens[m.phrase.tokStart - 1]?.norm ?? '')) return false;
  return all.some(
    (o) =>
      o !== m &&
      o.kind === 'killed' &&
      o.phrase.tokEnd <= m.phrase.tokStart &&
      o.count !== null &&
      m.count !== null &&
      o.count >= m.count,
  );
}

/** Two cues read the same count of the same people: their phrases overlap. */
function sameStatement(a: CasualtyMention, b: CasualtyMention): boolean {
  return (
    a.kind === b.kind &&
    a.count === b.count &&
    a.phrase.tokStart < b.phrase.tokEnd &&
    b.phrase.tokStart < a.phrase.tokEnd
  );
}

/**
 * "…the first officer to die after he was shot", « un officier est décédé après avoir été blessé »,
 * "A fourth, who was shot in the abdomen, died": the same people wounded and dead, whose wounds were
 * fatal. The wounded stay told (so that a later "the officer was wounded in Ségur" is that one too),
 * but for one more of the dead; the incident's tally counts them once, as dead (incident-casualties.ts).
 */
function dropFatalInjury(out: CasualtyMention[]): CasualtyMention[] {
  const killed = out.find((m) => m.kind === 'killed' && !m.phrase.pronoun);
  if (!killed) return out;
  const fatal = (m: CasualtyMention) => m.kind === 'injured' && m.count === killed.count;
  if (out.some((m) => fatal(m) && m.phrase.tokStart === killed.phrase.tokStart)) killed.afterInjury = true;
  return out.filter((m) => {
    const ordinal = m.phrase.ordinal !== undefined && m.phrase.tokStart === killed.phrase.tokStart;
    const same = fatal(m) && ((m.phrase.pronoun && m.count === 1) || ordinal);
    if (same) killed.afterInjury = true;
    return !same;
  });
}
