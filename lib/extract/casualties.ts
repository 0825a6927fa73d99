/**
 * Casualty statements in one sentence: a cue ("was killed", "succumbed", "went missing",
 * "suffering serious injuries", "neutralized him", "the deaths of") tied to the phrase naming
 * the people it happened to. Speculation ("may have been killed") and negation ("no officer was
 * hurt") are read and the statement dropped.
 */
import { type DocContext, type Side, sideAround, sideOf } from './affiliation';
import { BE, BODY_WORDS, type CasualtyCueKind, type Cue, findCues, SKIP_BACK } from './casualty-cues';
import { PERSON_NOUNS } from './lexicon';
import { phraseAfter, phraseBefore } from './noun-phrase';
import { conjuncts } from './person-lists';
import { readPersons } from './persons';
import { type NounPhrase, readPhrase } from './read-phrase';
import type { Affiliation, Hedge, Person } from './schema';
import type { Token } from './tokens';
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
  /** "also", "other", "another": more victims, not the same ones told again. */
  additional: boolean;
  /** The side came from what the article is about, not from the phrase or its clause. */
  sideInferred: boolean;
}

function skipBack(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && SKIP_BACK.has(tokens[k]?.norm ?? '')) k--;
  // "suffering serious injuries", "died from gunshot wounds": the words between the verb and the noun.
  return k + 1;
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
      return [before ? before[0] : cue.at, after[1]];
    }
    case 'self': {
      const before = phraseBefore(tokens, cue.at, 0, true);
      return [before ? before[0] : cue.at, cue.at + 1];
    }
    default: {
      const start = skipBack(tokens, cue.anchor);
      // "striking a flight attendant, who suffered minor injuries": the relative pronoun's antecedent.
      const rel = RELATIVE.has(tokens[start]?.norm ?? '') && tokens[start - 1]?.text === ',';
      return (
        (rel ? phraseBefore(tokens, start - 1) : null) ??
        phraseBefore(tokens, start) ??
        subjectBeforeConjunction(tokens, start) ??
        sharedSubject(tokens, cue.anchor)
      );
    }
  }
}

const RELATIVE = wordSet('who which that');
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
    if ((np.head !== null || np.pronoun) && np.count !== null && BE.has(tokens[phrase[1]]?.norm ?? ''))
      return phrase;
  }
  return null;
}

const SPECULATIVE = wordSet(`
  may might could possibly perhaps feared fear fears speculated speculation rumoured rumored
  unconfirmed presumed believed likely would will shall if risk threat threatened vowed whether avoid
  unverified
`);
const NEGATION = wordSet(`
  no not none never without nobody neither nor denied n’t nt
  dementi dementie dementis dement dementent nie nient aucun aucune jamais
`);

/** Speculation or negation in the phrase, the verb group, or the few words that lead into them. */
function isUncertain(tokens: Token[], from: number, to: number): boolean {
  let k = Math.max(0, from - 5);
  // The lead-in stops at a comma: "Last week, another officer went missing".
  for (let c = from - 1; c >= k; c--) {
    if (tokens[c]?.text === ',') {
      k = c + 1;
      break;
    }
  }
  for (; k <= to && k < tokens.length; k++) {
    const w = tokens[k]?.norm ?? '';
    // A capitalised "May" is the month: "on May 11 claimed the lives of …".
    if (w === 'may' && tokens[k]?.cap) continue;
    // Inside a capitalised name: "Doctors Without Borders", "No Man's Land".
    if (tokens[k]?.cap && k > 0 && tokens[k - 1]?.cap && tokens[k - 1]?.kind === 'word') continue;
    if (SPECULATIVE.has(w) || NEGATION.has(w)) return true;
  }
  return false;
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
  for (const cue of findCues(tokens, french)) {
    const whole = phraseFor(tokens, cue);
    if (!whole) continue;
    for (const range of conjuncts(tokens, whole)) {
      const mention = readMention(tokens, cue, range, ctx);
      if (!mention) {
        if (unquantified(tokens, cue, range)) tollsWithoutNumber.push(cue.kind);
        continue;
      }
      // "three officers were killed and two others injured": the others are on the same side.
      const previous = out[out.length - 1];
      if (
        mention.affiliation === 'unknown' &&
        mention.phrase.head === null &&
        previous &&
        /\bothers?\b|\banother\b|\bautres?\b/.test(
          tokens
            .slice(range[0], range[1])
            .map((t) => t.norm)
            .join(' '),
        )
      ) {
        mention.affiliation = previous.affiliation;
        mention.country = previous.country;
        mention.generic = previous.generic;
      }
      out.push(mention);
    }
    const companions = alongside(tokens, cue, ctx, out[out.length - 1]);
    if (companions) out.push(companions);
  }
  return dropFatalInjury(out);
}

/** "was held captive for 27 days alongside six others": the others share what happened to the subject. */
function alongside(
  tokens: Token[],
  cue: Cue,
  ctx: DocContext,
  subject: CasualtyMention | undefined,
): CasualtyMention | null {
  if (!subject || subject.at !== cue.at) return null;
  for (let k = cue.at + 1; k < tokens.length && k <= cue.at + 10; k++) {
    const w = tokens[k]?.norm ?? '';
    if (w === '.' || w === ';') return null;
    const joined =
      w === 'alongside'
        ? k + 1
        : (w === 'along' || w === 'together') && tokens[k + 1]?.norm === 'with'
          ? k + 2
          : -1;
    if (joined < 0) continue;
    const range = phraseAfter(tokens, joined);
    if (!range) return null;
    const more = readMention(tokens, { ...cue, voice: 'active' }, range, ctx);
    if (!more) return null;
    if (more.affiliation === 'unknown' && more.phrase.head === null) {
      more.affiliation = subject.affiliation;
      more.country = subject.country;
    }
    return { ...more, cueStart: subject.cueStart, additional: true };
  }
  return null;
}

/**
 * "…the first officer to die after he was shot": the "he" who was shot is the one who died.
 * « un officier est décédé après avoir été blessé »: the same people wounded and dead, whose
 * wounds were fatal. The wounded stay told; the incident's tally counts them once, as dead
 * (incident-casualties.ts), so that a later "the officer was wounded in Ségur" is that one too.
 */
function dropFatalInjury(out: CasualtyMention[]): CasualtyMention[] {
  const killed = out.find((m) => m.kind === 'killed' && !m.phrase.pronoun);
  if (!killed) return out;
  const fatal = (m: CasualtyMention) => m.kind === 'injured' && m.count === killed.count;
  if (out.some((m) => fatal(m) && m.phrase.tokStart === killed.phrase.tokStart)) killed.afterInjury = true;
  return out.filter((m) => {
    const same = fatal(m) && m.phrase.pronoun && m.count === 1;
    if (same) killed.afterInjury = true;
    return !same;
  });
}

/** "also", "additional", "supplémentaires", "également": more victims than those already told. */
const MORE_WORDS = wordSet('also additional supplementaires supplementaire egalement');

/**
 * Where the list item holding the phrase at `start` begins, looking back no further than `limit`:
 * after a comma, an "and", or a verb of telling (« la police évoque six morts »: the police told the
 * toll, they are not its side).
 */
function itemStart(tokens: Token[], start: number, limit: number): number {
  for (let k = start - 1; k >= Math.max(0, limit); k--) {
    const t = tokens[k];
    if (t?.text === ',' || t?.text === ';' || ITEM_BREAKS.has(t?.norm ?? '')) return k + 1;
  }
  return limit;
}
const ITEM_BREAKS = wordSet(`
  and et ak said says reported reports put puts counted estimated evoque evoquent annonce annoncent
  rapporte rapportent dit disent recense recensent denombre denombrent avance avancent estime estiment
`);

/** Heads that say nothing of a side: "people", "personnes", "moun". */
const GENERIC_HEADS = wordSet('people persons individuals personne personnes individu individus moun');

function readMention(
  tokens: Token[],
  cue: Cue,
  range: [number, number],
  ctx: DocContext,
): CasualtyMention | null {
  {
    const np = readPhrase(tokens, range[0], range[1]);
    // "The officer, identified as Police Constable Benedict Kabiru, went missing": the name sits in an aside.
    if (np.count === 1 && np.persons.length === 0 && range[1] < cue.anchor) {
      np.persons = readPersons(tokens, range[1], cue.anchor).slice(0, 1);
    }
    // "Police Constable Samuel Kaetuai became the first Kenyan officer to die"
    const copula = tokens[range[0] - 1]?.norm ?? '';
    if (
      np.count === 1 &&
      np.persons.length === 0 &&
      (copula === 'became' || copula === 'was' || copula === 'is')
    ) {
      const subject = phraseBefore(tokens, range[0] - 1);
      if (subject) np.persons = readPersons(tokens, subject[0], subject[1]).slice(0, 1);
    }
    // "its first fatality", "a fatality": one.
    if (cue.voice === 'self' && np.count === null && tokens[cue.at]?.norm === 'fatality') np.count = 1;
    if (np.count === null || np.count < 1) return null;
    const lo = Math.min(range[0], cue.anchor);
    const hi = Math.max(range[1] - 1, cue.at);
    if (isUncertain(tokens, lo, hi)) return null;
    // "police found six bodies": whose they were is said only by the phrase itself ("the bodies of
    // two officers"), never by the words or the article around them.
    const bodies = cue.voice === 'self' && BODY_WORDS.has(tokens[cue.at]?.norm ?? '');
    let side: Side = bodies ? { affiliation: 'unknown', country: null } : sideOf(tokens, np, ctx);
    // "20 police dead": the side stands before the count, in the same item of a list (not « dont
    // trois policiers, et de quatre blessés »).
    if (side.affiliation === 'unknown' && cue.voice === 'self' && !bodies)
      side = sideAround(tokens, itemStart(tokens, range[0], cue.at - 8), cue.at, ctx) ?? side;
    return {
      kind: cue.kind,
      count: np.count,
      hedge: np.hedge,
      affiliation: side.affiliation,
      country: side.country,
      sideInferred: side.inferred === true,
      persons: np.persons,
      phrase: np,
      at: cue.at,
      cueStart: tokens[cue.at]?.start ?? 0,
      afterInjury: cue.afterInjury,
      generic: np.head === null || GENERIC_HEADS.has(np.head),
      additional:
        np.another ||
        np.other ||
        tokens.slice(Math.max(0, lo - 3), hi + 1).some((t) => MORE_WORDS.has(t.norm)),
    };
  }
}
