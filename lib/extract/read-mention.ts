/**
 * One casualty statement read from its cue and the phrase naming its people (casualties.ts): how
 * many, how sure ("at least"), whose side, who by name. Speculation ("may have been killed") and
 * negation ("no officer was hurt", « a démenti la mort de ») drop it.
 */
import { type Side, sideAround, sideOf } from './affiliation';
import { accusedOfGang } from './affiliation-words';
import { antecedent } from './antecedent';
import type { CasualtyMention } from './casualties';
import { BODY_WORDS, type Cue, SKIP_BACK } from './casualty-cues';
import type { DocContext } from './doc-context';
import { GANG_NOUNS, PERSON_NOUNS, SECURITY_NOUNS } from './lexicon';
import { phraseAfter, phraseBefore } from './noun-phrase';
import { readPersons } from './persons';
import { isHeadNoun } from './phrase-words';
import { readPhrase } from './read-phrase';
import { normsOf, type Token } from './tokens';
import { numberOfPeople } from './toll-cues';
import { isUncertain } from './uncertain';
import { wordSet } from './words';

/** "also", "additional", "supplémentaires", "également": more victims than those already told. */
const MORE_WORDS = wordSet('also additional supplementaires supplementaire egalement');
/**
 * Where to look for the side of a toll told by its own noun ("20 police dead"), from `limit` up to
 * the phrase at `start`: past a subset aside (« six morts, dont trois policiers, et quatre blessés »:
 * the wounded are not police), and past a force that told the toll (« la police évoque six morts »:
 * the police counted them), unless they are its own ("… dans ses rangs"); past who told it (« Selon la
 * police, l'attaque a fait 9 morts »).
 */
function sideWindowStart(tokens: Token[], start: number, limit: number, cueAt: number): number {
  let from = Math.max(0, limit);
  const teller = tokens.findLastIndex((t, k) => k < start && ACCORDING.has(t.norm));
  const close = teller >= 0 ? tokens.findIndex((t, n) => n > teller && n < start && t.text === ',') : -1;
  if (close > 0) from = Math.max(from, close + 1);
  for (let k = from; k < start; k++) {
    const w = tokens[k]?.norm ?? '';
    if (SUBSET_WORDS.has(w) && tokens[k - 1]?.text === ',') {
      const close = tokens.findIndex((t, n) => n > k && n < start && t.text === ',');
      if (close > 0) from = close + 1;
    } else if (TELLING.has(w) && forceBefore(tokens, k) && !ownRanks(tokens, k, cueAt)) from = k + 1;
    // « …, un policier et un assaillant, ainsi que 14 blessés », "…, as well as 14 wounded": a new item.
    else if (NEW_ITEM.has(`${tokens[k - 1]?.norm} ${w} ${tokens[k + 1]?.norm}`)) from = k + 2;
  }
  return from;
}
const SUBSET_WORDS = wordSet('dont including among parmi');
const ACCORDING = wordSet('selon dapre according');
const NEW_ITEM = new Set([', ainsi que', 'as well as']);
const TELLING = wordSet(`
  said says reported reports put puts counted estimated evoque evoquent annonce annoncent rapporte
  rapportent dit disent recense recensent denombre denombrent avance avancent estime estiment
`);
const FORCES = wordSet(
  'police pnh hnp mss gsf army military policiers militaires mission autorites authorities',
);
/** A force names itself as the one telling, just before the verb at `k` ("la police a recensé"). */
function forceBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = tokens[j]?.norm ?? '';
    // « Chez les policiers, on dénombre deux morts »: the police are the topic, "on" tells.
    if (w === ',' || w === 'on') return false;
    if (FORCES.has(w)) return true;
  }
  return false;
}
/** "… dans ses rangs", "among its ranks", « dit avoir eu deux morts »: the teller's own dead. */
function ownRanks(tokens: Token[], telling: number, at: number): boolean {
  const had = tokens.slice(telling + 1, at).some((t) => OWN.has(t.norm));
  // "… dans ses rangs", « parmi les agents », "among its officers".
  const among = tokens.slice(at + 1, at + 8);
  return (
    had ||
    among.some((t) => t.norm === 'rangs' || t.norm === 'ranks') ||
    among.some(
      (t, k) => AMONG.has(t.norm) && among.slice(k + 1, k + 4).some((x) => SECURITY_NOUNS.has(x.norm)),
    )
  );
}
const OWN = wordSet('avoir eu lost perdu had');
const AMONG = wordSet('parmi among');

/** The side of the first person an aside names (", a police officer assigned to …,", « , chauffeur de taxi-moto, »). */
function asideSide(tokens: Token[], from: number, to: number, ctx: DocContext): Side | null {
  // Past an age first: "Jean Pierre, 34, a motorcycle taxi driver,", « , 34 ans, chauffeur … ».
  let first = from;
  // "identified as a police officer", « identifiés comme des agents de la PNH ».
  if (IDENTIFIED.has(tokens[from]?.norm ?? '') && ['as', 'comme'].includes(tokens[from + 1]?.norm ?? ''))
    first = from + 2;
  if (tokens[from]?.kind === 'num') {
    const afterAge = ['ans', 'years'].includes(tokens[from + 1]?.norm ?? '') ? from + 2 : from + 1;
    if (tokens[afterAge]?.text === ',') first = afterAge + 1;
  }
  // The person the aside opens with ("a police officer assigned to …"), not one it goes on to name
  // ("a critic of gang leader Barbecue", "identified by police as …", "an interpreter for the police").
  const phrase = phraseAfter(tokens, first);
  if (!phrase || phrase[1] > to) return null;
  for (let k = phrase[0]; k < phrase[1]; k++) {
    if (!isHeadNoun(tokens, k)) continue;
    const side = sideOf(tokens, readPhrase(tokens, phrase[0], phrase[1]), ctx);
    return side.affiliation === 'unknown' || side.inferred ? null : side;
  }
  return null;
}

/** The side of the people "parmi les …" / "among the …" names right after a toll ending before `at`. */
function amongSide(tokens: Token[], at: number, ctx: DocContext): Side | null {
  if (!AMONG.has(tokens[at]?.norm ?? '')) return null;
  const phrase = phraseAfter(tokens, at + 1);
  // « parmi les civils et les policiers »: several sides, none of them the toll's.
  if (!phrase || tokens.slice(phrase[0], phrase[1]).some((t) => t.norm === 'et' || t.norm === 'and'))
    return null;
  const side = sideOf(tokens, readPhrase(tokens, phrase[0], phrase[1]), ctx);
  return side.affiliation === 'unknown' || side.inferred ? null : side;
}

/**
 * "Gangs killed two people", "two people were killed by gunmen", « des bandits ont tué cinq
 * personnes »: the people the gangs killed, whom no count of gang dead breaks down.
 */
function byGangs(tokens: Token[], cue: Cue, range: [number, number]): boolean {
  if (cue.voice === 'active' || cue.voice === 'to') {
    // The subject right before the verb ("Gangs killed", « des bandits ont tué »); not "Gang
    // violence", "fighting between gangs and police", nor "rival gangs" who kill each other.
    let k = cue.at - 1;
    while (k > 0 && (SKIP_BACK.has(tokens[k]?.norm ?? '') || AUX_FR.has(tokens[k]?.norm ?? ''))) k--;
    // Or the clause's first people, past an aside ("The Gran Grif gang, operating in Savien, killed").
    if (!GANG_NOUNS.has(tokens[k]?.norm ?? ''))
      k = tokens.findIndex((t, j) => j < cue.at && PERSON_NOUNS.has(t.norm));
    return (
      GANG_NOUNS.has(tokens[k]?.norm ?? '') &&
      !GANG_THINGS.has(tokens[k + 1]?.norm ?? '') &&
      !NOT_THE_DOERS.has(tokens[k - 1]?.norm ?? '') &&
      !NOT_THE_DOERS.has(tokens[k - 2]?.norm ?? '')
    );
  }
  const from = Math.max(cue.at, range[1]);
  for (let k = from; k < tokens.length && k <= from + 4; k++)
    if (BY.has(tokens[k]?.norm ?? ''))
      return GANG_NOUNS.has(tokens[k + 1]?.norm ?? '') || GANG_NOUNS.has(tokens[k + 2]?.norm ?? '');
  return false;
}
const STOPS = new Set(['.', ';', ':']);
const IDENTIFIED = wordSet('identified identifie identifies identifiee identifiees');
const AUX_FR = wordSet('ont a avaient avait auraient');
const NOT_THE_DOERS = wordSet('rival rivals rivaux between entre');
/** "gang violence", "gang warfare": a gang word that names no people. */
const GANG_THINGS = wordSet('violence warfare war fighting clashes attacks activity violences');
/**
 * Verbs a teller gives a toll with: « n'ont reconnu que 20 morts », « avancent 24 morts », "gave 16
 * dead", "Police initially reported 14 dead", « La police faisait état de 15 morts ».
 */
const TOLD = wordSet(`
  reconnu reconnaissent reconnait avance avancent evoque evoquent parle parlent gave give gives
  reported reports counted recorded announced etat signale signalent recense recensent annonce annoncent
`);

function tollTold(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 6; k--) {
    const w = tokens[k]?.norm ?? '';
    if (TOLD.has(w)) return true;
    if (STOPS.has(w) || w === ',') return false;
  }
  return false;
}
const DIED = wordSet('died dies mort morte morts mortes decede decedee decedes decedees mouri');
const COLLEAGUES = wordSet('colleague colleagues collegue collegues');
const POSSESSIVE = wordSet('his her their ses son sa leurs leur');
const BY = wordSet('by par');

/** Heads that say nothing of a side: "people", "personnes", "moun". */
const GENERIC_HEADS = wordSet('people persons individuals personne personnes individu individus moun');

export function readMention(
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
    // "revised the number of gang members killed … to five": the people the number counts.
    const counted = cue.voice === 'to' ? numberOfPeople(tokens, cue.at) : 0;
    if (side.affiliation === 'unknown' && counted > 1)
      side = sideOf(tokens, readPhrase(tokens, cue.at - counted + 1, cue.at), ctx);
    // "20 police dead": the side stands before the count, in the same item of a list (not « dont
    // trois policiers, et de quatre blessés »).
    // « les autorités policières n'ont reconnu que 20 morts »: a teller's toll, of no side of theirs.
    const told = cue.voice === 'self' && tollTold(tokens, range[0]);
    if (side.affiliation === 'unknown' && cue.voice === 'self' && !bodies && !told)
      side = sideAround(tokens, sideWindowStart(tokens, range[0], cue.at - 8, cue.at), cue.at, ctx) ?? side;
    // « une vingtaine de morts parmi les bandits », "20 dead among the gang members": whose dead.
    if (side.affiliation === 'unknown' && !bodies)
      side = amongSide(tokens, Math.max(range[1], cue.at + 1), ctx) ?? side;
    // "four men they accused of belonging to the Grand Ravine gang": the gang's, as the text has it.
    if (
      (side.affiliation === 'unknown' || side.affiliation === 'civilian') &&
      accusedOfGang(tokens, range[1])
    )
      side = { affiliation: 'gang', country: null };
    // "Wilner Jean, a police officer assigned to …, was killed": the aside says who the person was.
    // « Deux hommes, identifiés comme des agents de la PNH, ont été tués »: who they were found to be.
    const identified = IDENTIFIED.has(tokens[range[1] + 1]?.norm ?? '');
    if (
      (side.affiliation === 'unknown' || identified) &&
      range[1] < cue.anchor &&
      tokens[range[1]]?.text === ','
    )
      side = asideSide(tokens, range[1] + 1, cue.anchor, ctx) ?? side;
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
      // "One of them died on Tuesday", « L'un d'eux est mort »: one of the people just told, of their wounds.
      afterInjury: cue.afterInjury || (np.pronoun && DIED.has(tokens[cue.at]?.norm ?? '')),
      // A name its title gives a side ("Pastor Jean Pierre") is that person, not "people".
      generic:
        np.head === null
          ? np.persons.length === 0 || side.affiliation === 'unknown'
          : GENERIC_HEADS.has(np.head),
      byGangs: GENERIC_HEADS.has(np.head ?? '') && byGangs(tokens, cue, range),
      ...(told ? { toll: true } : {}),
      ...(cue.revised ? { revised: true } : {}),
      // Whose colleagues, when the sentence names no people before them ("According to three
      // officers, one of their colleagues …" are the officers').
      colleagues:
        COLLEAGUES.has(np.head ?? '') &&
        tokens.slice(range[0], range[1]).some((t) => POSSESSIVE.has(t.norm)) &&
        antecedent(normsOf(tokens), range[0]) === null,
      additional:
        np.another ||
        np.other ||
        tokens.slice(Math.max(0, lo - 3), hi + 1).some((t) => MORE_WORDS.has(t.norm)),
    };
  }
}
