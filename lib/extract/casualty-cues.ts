/**
 * Casualty cues: the words that say someone was killed, hurt, went missing, was taken or fled
 * ("was killed", "succumbed", "went missing", "suffering serious injuries", "neutralized him",
 * "the deaths of", "among the dead"), and which way to look for the people they are about.
 */
import { findFrenchCues } from './casualty-cues-fr';
import { COUNTED_WORDS, countedEventAt } from './counted-events';
import {
  BE,
  beBefore,
  displacedByViolence,
  HOSPITALISED,
  HURT,
  injuryNounCue,
  inThePocket,
  pastDayAfter,
  personBeforeVerb,
  SKIP_BACK,
  shotOfTheListed,
  startsObject,
  toFlee,
  verbVoice,
  woundedAfter,
  woundSaid,
} from './cue-context';
import { KILLING_NOUNS, killingOf, ofAfterDay } from './killing-nouns';
import { PERSON_NOUNS } from './lexicon';
import { parseNumberAt } from './numbers';
import { diedOfWounds } from './place-role-words';
import { TAKING_WORDS, takenCue } from './taken-cues';
import { timelineEntry, timelineVerb } from './timeline-entries';
import type { Token } from './tokens';
import { deathTollCue, numberOfDead, numberOfPeople } from './toll-cues';
import { wordSet } from './words';

export { BE, SKIP_BACK, startsObject };

export type CasualtyCueKind = 'killed' | 'injured' | 'missing' | 'kidnapped' | 'displaced';

/** to: the people come after a "to" at `anchor` ("minor injuries to one of its crew members"). */
export type Voice = 'passive' | 'active' | 'of' | 'adjectival' | 'self' | 'to';
export interface Cue {
  kind: CasualtyCueKind;
  at: number;
  /** Where to look back from for the subject (the auxiliary verb group is skipped from here). */
  anchor: number;
  voice: Voice;
  afterInjury: boolean;
  /** "…six more bodies, bringing the toll to 20": the event's dead, counted anew. */
  revised?: boolean;
}

const KILL = wordSet(`
  killed murdered executed assassinated lynched massacred slain neutralized neutralised beheaded
  slaughtered kills
`);
const DIE = new Set(['died', 'dies', 'perished', 'succumbed']);
const VIOLENCE_WORDS = wordSet(`
  shot shooting shootings gunfire gunshot gunshots bullet bullets gunmen gunman gang gangs attack
  attacked attacks ambush ambushed clash clashes fired wounded injured killed died dead violence
  explosion explosive stabbed machete assailants bandits
`);
/** "victims" are read as dead; the wounded of an event that killed no one are made so later (event-agreement.ts). */
const AMONG = wordSet('dead killed injured wounded victims');
const SEEKING = wordSet('looking searching search seeking cherchait cherche chercher');
const THOSE = wordSet('the those');
const INCLUDED = wordSet('included include includes');
const INJURY_NOUNS = wordSet('injuries injury wounds wound');
const HURTING = new Set(['injuring', 'wounding']);
/** "hacked to death", "beaten to death": a killing told by how. */
const TO_DEATH = wordSet(`
  hacked beaten beat stabbed stoned bludgeoned clubbed burned burnt macheted lynched shot tortured
`);

/** "killed Saturday at least 12 people": the object after the day, read from there (voice "to"). */
function objectPastDay(tokens: Token[], i: number): number {
  if (beBefore(tokens, i)) return -1;
  const k = pastDayAfter(tokens, i);
  return k > 0 && startsObject(tokens[k]) ? k : -1;
}

/** The dead, found: "six bodies were found", "the bodies of 11 people", "the body of a police officer". */
const BODIES = wordSet('body bodies corpse corpses');
/** The same in every language read: whose bodies they were, only the phrase itself says (casualties.ts). */
export const BODY_WORDS = new Set([...BODIES, ...wordSet('corps cadavre cadavres kadav')]);

/** `french`: the sentence is French or Kreyòl, so the French and Kreyòl cues are looked for too. */
/** Every word a cue below can be made of: any other token is passed over at once. */
const CUE_WORDS = new Set([
  ...KILL,
  ...DIE,
  ...HURT,
  ...AMONG,
  ...INJURY_NOUNS,
  ...HURTING,
  ...TAKING_WORDS,
  ...wordSet(`
    lost die dead death deaths fatality fatalities killing killings slaughter massacre fatally shot struck missing
    unaccounted captive hostage kidnapping kidnappings abduction abducting displaced lives fled forced forcing toll bilan victims alive hit number
    survive survived survecu gunned mowed
  `),
  ...BODIES,
  ...KILLING_NOUNS,
]);

export function findCues(tokens: Token[], french: boolean): Cue[] {
  const cues: Cue[] = [];
  const push = (kind: CasualtyCueKind, at: number, voice: Voice, anchor = at, afterInjury = false) =>
    cues.push({ kind, at, anchor, voice, afterInjury });
  const timeline = timelineEntry(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]?.norm ?? '';
    // "June 3, 2025: Members of the Gran Grif gang kill at least 40 people in Pont-Sondé."
    const told = timeline ? timelineVerb(tokens, i) : null;
    if (told) push(told, i, 'active');
    if (!CUE_WORDS.has(w) && !COUNTED_WORDS.has(w)) continue;
    // "143 kidnappings", « 25 assassinats »: events counted, their victims told by the number.
    const counted = countedEventAt(tokens, i);
    if (counted) {
      push(counted, i, 'self');
      continue;
    }
    const prev = tokens[i - 1]?.norm ?? '';
    const next = tokens[i + 1]?.norm ?? '';
    const tallied = numberOfDead(tokens, i) || numberOfPeople(tokens, i);
    if (w === 'toll' || w === 'bilan' || tallied || (w === 'number' && next === 'at')) {
      const toll = deathTollCue(tokens, i);
      if (toll) cues.push(toll);
      continue;
    }
    // "Two police officers were among the dead"; "Those killed included two officers".
    const among = THOSE.has(prev) && tokens[i - 2]?.norm === 'among';
    const listed = THOSE.has(prev) && INCLUDED.has(next) && (i === 1 || tokens[i - 2]?.kind === 'punct');
    if (AMONG.has(w) && (among || listed)) {
      // "Among the victims were two children who were shot in the legs": the wound tells their kind.
      if (w === 'victims' && woundedAfter(tokens, i)) continue;
      // "looking for her brother among the wounded": someone sought, not counted.
      if (among && tokens.slice(Math.max(0, i - 8), i - 2).some((t) => SEEKING.has(t.norm))) continue;
      const kind = w === 'dead' || w === 'killed' || w === 'victims' ? 'killed' : 'injured';
      // "Among the dead were two police officers", "Among those killed were …": the people after the verb.
      const opens = i === 2 || tokens[i - 3]?.kind === 'punct';
      // "Among the dead were also a police officer …": past the "also".
      const also = tokens[i + 2]?.norm === 'also' ? 1 : 0;
      if (listed || (opens && (BE.has(next) || INCLUDED.has(next)))) push(kind, i, 'to', i + 1 + also);
      else push(kind, i, 'passive', i - 2);
      continue;
    }
    // "was shot and wounded", "shot and killed": the second verb is the one that counts.
    const shotAnd = prev === 'and' && tokens[i - 2]?.norm === 'shot';
    if (shotAnd && (KILL.has(w) || HURT.has(w))) {
      push(
        KILL.has(w) ? 'killed' : 'injured',
        i,
        beBefore(tokens, i - 2) ? 'passive' : verbVoice(tokens, i),
        i - 2,
      );
      continue;
    }
    if (BODIES.has(w)) {
      // "the bodies of six men", "the body of a police officer" (not "a body of evidence"); "six
      // bodies", "dozens of bodies" (not "the UN body"): a count is the dead themselves.
      const after = tokens[i + 2];
      if (next === 'of' && after && (after.kind === 'num' || startsObject(after)) && after.norm !== 'the')
        push('killed', i, 'of');
      else if (
        parseNumberAt(tokens, i - 1) !== null ||
        (prev === 'of' && parseNumberAt(tokens, i - 2) !== null)
      )
        push('killed', i, 'self');
      continue;
    }
    const pastDay = KILL.has(w) || HURT.has(w) ? objectPastDay(tokens, i) : -1;
    if (KILL.has(w) && pastDay > 0) push('killed', i, 'to', pastDay - 1);
    else if (KILL.has(w))
      push('killed', i, w === 'slain' && PERSON_NOUNS.has(next) ? 'adjectival' : verbVoice(tokens, i));
    else if (DIE.has(w))
      push('killed', i, 'passive', i, w === 'succumbed' || prev === 'later' || diedOfWounds(tokens, i));
    else if (w === 'lost' && !['his', 'her', 'their', 'its'].includes(next) && startsObject(tokens[i + 1])) {
      // "the PNH has lost at least 20 officers"
      push('killed', i, 'active');
    } else if (w === 'die' && prev === 'to') {
      // "became the first Kenyan officer to die"
      push('killed', i, 'passive', i - 1);
    } else if (w === 'dead') {
      if (PERSON_NOUNS.has(next)) push('killed', i, 'adjectival');
      else if (
        ['confirmed', 'found', 'declared', 'pronounced', 'reported', 'left', 'shot'].includes(prev) ||
        BE.has(prev)
      ) {
        // "the officers shot dead at least 20 gang members": the victims follow.
        const active = prev === 'shot' && startsObject(tokens[i + 1]) && !beBefore(tokens, i - 1);
        push('killed', i, active ? 'active' : 'passive', prev === 'shot' ? i - 1 : i);
      } else if (parseNumberAt(tokens, i - 1) !== null || PERSON_NOUNS.has(prev))
        push('killed', i, 'passive');
    } else if (w === 'death' && prev === 'to' && TO_DEATH.has(tokens[i - 2]?.norm ?? '')) {
      // "two men were hacked to death", "gangs beat a vendor to death".
      push('killed', i, beBefore(tokens, i - 2) ? 'passive' : 'active', i - 2);
    } else if ((w === 'death' || w === 'deaths') && next !== 'toll') {
      push('killed', i, next === 'of' ? 'of' : 'passive', prev === 's' ? i - 2 : i);
    } else if ((w === 'gunned' || w === 'mowed') && next === 'down') {
      // "was gunned down", "gunmen gunned down three people": killed; the people after "down".
      const active = !beBefore(tokens, i) && startsObject(tokens[i + 2]);
      push('killed', i, active ? 'to' : 'passive', active ? i + 1 : i);
    } else if (w === 'fatality' || w === 'fatalities') push('killed', i, 'self');
    else if (w === 'killing' || w === 'killings' || w === 'slaughter' || w === 'massacre') {
      // "the killing last weekend of a gang leader", "ordered the slaughter of at least 184 people":
      // the people after "of", past a day told between; "killing" alone, the people after it.
      const of = ofAfterDay(tokens, i);
      if (tokens[of + 1]?.norm === 'of') push('killed', of, 'of');
      else if (w !== 'slaughter' && w !== 'massacre') push('killed', i, 'active');
    } else if (KILLING_NOUNS.has(w)) {
      const of = killingOf(tokens, i);
      if (of !== null) push('killed', of, 'of');
    } else if (
      w === 'lost' &&
      ['his', 'her', 'their'].includes(next) &&
      /^lives?$/.test(tokens[i + 2]?.norm ?? '')
    ) {
      push('killed', i, 'passive');
    } else if (w === 'fatally' && (HURT.has(next) || next === 'shot' || next === 'stabbed')) {
      push('killed', i + 1, 'passive', i + 1);
      i++;
    } else if (w === 'shot') {
      const second = tokens[i + 2]?.norm ?? '';
      if (next === 'dead' || (next === 'and' && (KILL.has(second) || HURT.has(second)))) continue;
      // "the gang had shot the driver": hit, but whether he lived is not said; a wound is
      // ("shot in the shoulder", "shot twice", "was shot" of a person then treated).
      // "Among the victims were four farmers who were shot": how the dead died.
      if (!woundSaid(tokens, i) || shotOfTheListed(tokens, i)) continue;
      push('injured', i, verbVoice(tokens, i));
    } else if (HURT.has(w)) {
      // "30 cholera patients were hospitalised": the hospitalised are the injured only where the
      // sentence tells of violence.
      if (HOSPITALISED.has(w) && !tokens.some((t) => VIOLENCE_WORDS.has(t.norm))) continue;
      // "wounded officers" (not "wounded Pastor Jean Pierre": a title and a name are the object).
      const titled = tokens[i + 1]?.cap === true && tokens[i + 2]?.cap === true;
      if (PERSON_NOUNS.has(next) && !titled && !beBefore(tokens, i)) push('injured', i, 'adjectival');
      else if (pastDay > 0) push('injured', i, 'to', pastDay - 1);
      else push('injured', i, verbVoice(tokens, i));
    } else if (HURTING.has(w)) push('injured', i, 'active');
    else if (INJURY_NOUNS.has(w)) {
      const cue = injuryNounCue(tokens, i);
      if (cue) push('injured', i, cue.voice, cue.anchor);
    } else if (w === 'alive' && (prev === 'burned' || prev === 'burnt') && beBefore(tokens, i - 1)) {
      // "three people were burned alive"
      push('killed', i, 'passive', i - 1);
    } else if (
      (w === 'struck' ||
        // "were hit in the chest"; "Three other passengers, hit by bullets, were …".
        (w === 'hit' &&
          (beBefore(tokens, i)
            ? personBeforeVerb(tokens, i)
            : prev === ',' && personBeforeVerb(tokens, i - 1)) &&
          !inThePocket(tokens, i))) &&
      (next === 'in' ||
        (next === 'by' &&
          /bullet|gunfire|gunshot/.test(
            tokens
              .slice(i + 2, i + 5)
              .map((t) => t.norm)
              .join(' '),
          )))
    ) {
      push('injured', i, 'passive');
    } else if (w === 'missing') {
      if (PERSON_NOUNS.has(next)) push('missing', i, 'adjectival');
      else push('missing', i, 'passive');
    } else if (w === 'unaccounted' && next === 'for') push('missing', i, 'passive');
    else if (TAKING_WORDS.has(w)) {
      const taken = takenCue(tokens, i);
      if (taken) cues.push(taken);
    } else if (w === 'displaced' && (next !== 'by' || displacedByViolence(tokens, i)))
      push('displaced', i, PERSON_NOUNS.has(next) ? 'adjectival' : verbVoice(tokens, i));
    else if (w === 'lives' && next === 'of' && prev === 'the' && tokens[i - 2]?.norm === 'claimed')
      push('killed', i, 'of');
    else if (w === 'fled' || (w === 'forced' && next === 'from')) push('displaced', i, 'passive');
    // "did not survive", « n'a pas survécu »: died, of the wounds told.
    else if (w.startsWith('surviv') || w === 'survecu') {
      const anchor = negatedBefore(tokens, i);
      if (anchor >= 0) push('killed', i, 'passive', anchor, true);
    }
    // "forced more than 3,000 people to flee", "forcing thousands to leave their homes".
    else if ((w === 'forced' || w === 'forcing') && startsObject(tokens[i + 1]) && toFlee(tokens, i + 1))
      push('displaced', i, 'active');
  }
  const foreign = french ? findFrenchCues(tokens) : [];
  return foreign.length === 0 ? cues : [...cues, ...foreign].sort((a, b) => a.at - b.at);
}

const NEGATED_AUX = wordSet("not t ' ’ pas did didn does doesn has had hasn hadn n ne a ont avait avaient");
/** Where "did not" / « n'a pas » begins before `i`, or -1 when the verb is not negated. */
function negatedBefore(tokens: Token[], i: number): number {
  let k = i;
  while (k > 0 && NEGATED_AUX.has(tokens[k - 1]?.norm ?? '') && i - k < 5) k--;
  const words = tokens.slice(k, i).map((t) => t.norm);
  return words.includes('not') || words.includes('t') || words.includes('pas') ? k : -1;
}
