/**
 * French and Kreyòl casualty cues, read into the same cues as the English ones (casualty-cues.ts):
 * "ont été tués" (the people before), "ont tué cinq personnes" (the people after), "11 personnes
 * tuées", "20 morts", "plus de 20 blessés", "54 décès" (the people are the phrase the word ends),
 * "la mort de 11 personnes", "le massacre de 184 personnes" (after "de"), "ont perdu la vie",
 * "ont trouvé la mort", "porté disparu", "pris en otage", "bandits neutralisés"; Kreyòl "mouri",
 * "touye", "blese", "kidnape". French participles agree (tué, tués, tuée, tuées): all are read.
 */
import type { CasualtyCueKind, Cue, Voice } from './casualty-cues';
import { mortally, othersCounted, PARTICIPLES } from './casualty-participles-fr';
import {
  ALIVE,
  AVOIR,
  achievedAt,
  afterDay,
  avoirBefore,
  BETWEEN,
  BURNED,
  before,
  byAssailants,
  described,
  eventNounAt,
  forms,
  GERUNDS,
  HIT,
  hitByBullet,
  lifeLostAnchor,
  listedAmong,
  ofPastDay,
  PERISHED,
  TAKEN_AWAY,
  toDeathAt,
  VICTIM_NOUNS,
  violenceTold,
  woundAside,
} from './cue-context-fr';
import { PERSON_NOUNS } from './lexicon';
import { parseNumberAt } from './numbers';
import type { Token } from './tokens';
import { wordSet } from './words';

const DECEASED = forms('decede');
const DISPLACED = forms('deplace');
/** "sortis blessés", "retrouvés blessés": the verb the state participle follows. */
const COME_OUT = forms('sorti ressorti retrouve');
const ETRE = wordSet('ete est sont etait etaient soit fut furent sera seront');
/** Words that may stand between the auxiliary and the participle: "ont été mortellement blessés". */
const OBJECT_START = wordSet(`
  des les un une au aux plusieurs quelque quelques pres environ plus moins deux trois leur leurs
  ses son sa ce cet cette ces le la l d de plis omwen anviwon preske yon de
`);

function startsObject(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'num') return true;
  if (t.kind !== 'word') return false;
  return OBJECT_START.has(t.norm) || PERSON_NOUNS.has(t.norm) || parseNumberAt([t], 0) !== null || t.cap;
}

/**
 * Where the verb group ending at `i` starts: "a été tué", "avait été tué", "ont été mortellement
 * blessés". Its subject is just before; "a" is the auxiliary here, which the English skip list
 * cannot know (it is the English article).
 */
function auxiliaryStart(tokens: Token[], i: number): number {
  let k = i;
  while (k > 0) {
    const w = tokens[k - 1]?.norm ?? '';
    if (!ETRE.has(w) && !AVOIR.has(w) && !BETWEEN.has(w) && !/^[«»"“”]$/.test(w)) break;
    k--;
  }
  return k;
}

/** How a participle at `i` relates to its people, or null when it names none ("les bandits ont tué"). */
function participleVoice(tokens: Token[], i: number): Voice | null {
  // Kreyòl, where the verb is bare: "bandi yo (te) touye 5 moun" (its subject is no victim).
  if (KREYOL_VERBS.has(tokens[i]?.norm ?? '') && startsObject(tokens[i + 1])) return 'active';
  const k = before(tokens, i);
  const prev = tokens[k];
  const w = prev?.norm ?? '';
  if (ETRE.has(w)) return 'passive';
  // « accusé d'avoir tué », « arrêté pour avoir tué »: a deed charged or past, not told as this event.
  const elided = tokens[k - 1]?.text === "'" || tokens[k - 1]?.text === '’';
  if (w === 'avoir' && ['d', 'de', 'pour'].includes(tokens[elided ? k - 2 : k - 1]?.norm ?? '')) return null;
  if (AVOIR.has(w)) {
    // "ont tué lundi deux personnes", « ont tué ce dimanche trois policiers »: a day between the verb and its object.
    const object = afterDay(tokens, i + 1);
    if (object > i + 1) return startsObject(tokens[object]) ? 'to' : null;
    return startsObject(tokens[i + 1]) ? 'active' : null;
  }
  // "11 personnes tuées", "trois agents de la PNH blessés", "des dizaines de blessés", « trois
  // bandits armés abattus » (an adjective of the person noun before the participle).
  // Not « interpellé trois bandits, tué deux autres »: a participle with its own object after the comma.
  const aside = described(tokens, k) && !(w === ',' && parseNumberAt(tokens, i + 1) !== null);
  // « faisant un blessé », « a fait un mort »: one, told by the verb of the toll.
  const one =
    (w === 'un' || w === 'une') && /^(?:fait|faisant|causant|cause)$/.test(tokens[k - 1]?.norm ?? '');
  if (prev && (prev.kind === 'num' || PERSON_NOUNS.has(w) || prev.cap || aside || one)) return 'self';
  // "…et trois autres blessés": more people of the same side, counted before "autres".
  if (othersCounted(tokens, k)) return 'self';
  // "ont incendié plusieurs maisons et tué quatre personnes": a second participle of the same auxiliary.
  if (w === 'et' && startsObject(tokens[i + 1]) && avoirBefore(tokens, k)) return 'active';
  return null;
}

const KREYOL_VERBS = wordSet('touye blese kidnape asasinen');

export function findFrenchCues(tokens: Token[]): Cue[] {
  const cues: Cue[] = [];
  const push = (kind: CasualtyCueKind, at: number, voice: Voice, anchor = at, afterInjury = false) =>
    cues.push({ kind, at, anchor, voice, afterInjury });
  let ofUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]?.norm ?? '';
    const next = tokens[i + 1]?.norm ?? '';
    const prev = tokens[before(tokens, i)];
    // « un jeune homme a été lapidé à mort », « battus à mort »: killed, told by how.
    // « ont battu à mort deux bandits »: the people after « à mort ».
    const how = toDeathAt(tokens, i);
    const howVoice = how < 0 ? null : participleVoice(tokens, how);
    if (howVoice || (how >= 0 && startsObject(tokens[i + 1]))) {
      push('killed', howVoice ? how : i, howVoice ?? 'active');
      continue;
    }
    // "la mort d'au moins 11 personnes", "le massacre de 184 personnes".
    // "le corps sans vie d'un policier": the same, with "sans vie" between.
    if ((w === 'corps' || w === 'cadavre') && next === 'sans' && tokens[i + 2]?.norm === 'vie') {
      const of = tokens[i + 3]?.norm ?? '';
      if (of === 'de' || of === 'd' || of === 'du' || of === 'des') {
        push('killed', i + 2, 'of');
        ofUntil = i + 10;
        i += 2;
        continue;
      }
    }
    // "les corps de six hommes", "le cadavre d'un policier" (not "un corps de 200 policiers").
    const body =
      (w === 'corps' || w === 'cadavres' || w === 'cadavre') && /^(?:les|le|des)$/.test(prev?.norm ?? '');
    const event = eventNounAt(tokens, i) ?? (body ? 'killed' : undefined);
    const at = event ? ofPastDay(tokens, i) : i;
    if (event && /^(?:de|d|des|du)$/.test(tokens[at + 1]?.norm ?? '')) {
      push(event, at, 'of');
      ofUntil = i + 8;
      continue;
    }
    // "20 morts", "54 décès", "une dizaine de morts"; "le décès de 9 blessés" are 9 dead, not 9 more wounded.
    const noun = VICTIM_NOUNS.get(w);
    // "un corps de 200 policiers", "un corps d'élite": a body of people, not a dead one.
    const ofPeople = w === 'corps' && (next === 'de' || next === 'd' || next === 'du' || next === 'des');
    // « ont exécuté deux otages »: hostages a verb just before did something to, not more taken.
    const done = cues.at(-1);
    const object = noun === 'kidnapped' && done?.voice === 'active' && i - done.at <= 4;
    if (
      noun &&
      !ofPeople &&
      !object &&
      i > ofUntil &&
      prev &&
      // « deux cents morts », Kreyòl « yon dizèn kadav »: a number of two words ends there.
      (prev.kind === 'num' ||
        parseNumberAt([prev], 0) !== null ||
        parseNumberAt(tokens, i - 2)?.end === i ||
        prev.norm === 'de')
    ) {
      push(noun, i, 'self');
      continue;
    }
    // "…, tuant deux policiers", "blessant au moins cinq personnes": the present participle
    // tells what the attack just told did, to the people after it.
    const gerund = GERUNDS.get(w);
    if (gerund && startsObject(tokens[i + 1])) {
      push(gerund, i, 'active');
      continue;
    }
    // « a permis de neutraliser une dizaine de bandits »: what an operation did, to the people after.
    const achieved = achievedAt(tokens, i);
    if (achieved && startsObject(tokens[i + 1])) {
      push(achieved, i, 'active');
      continue;
    }
    // « Parmi les morts figurent deux policiers »: the people listed after the verb.
    const listed = listedAmong(tokens, i);
    if (listed) {
      push(listed.kind, i, 'to', listed.anchor);
      continue;
    }
    // "a coûté la vie à un officier": the people after "à".
    if (w === 'vie' && tokens[i - 1]?.norm === 'la' && /^coute/.test(tokens[i - 2]?.norm ?? '')) {
      push('killed', i, 'active');
      continue;
    }
    const lostLife = lifeLostAnchor(tokens, i);
    if (lostLife !== null) {
      push('killed', i, 'passive', lostLife);
      continue;
    }
    // Kreyòl « bandi yo te mennen ale yon jèn gason »: took away, the people after « ale ».
    if (w === 'mennen' && next === 'ale' && tokens[i - 1]?.norm === 'te') {
      const also = tokens[i + 2]?.norm === 'tou' ? i + 2 : i + 1; // « mennen ale tou yon jèn gason »
      push('kidnapped', also, 'active');
      i = also;
      continue;
    }
    // « brûlées vives », « brûlé vif »: burned to death.
    if (BURNED.has(w) && ALIVE.has(next)) {
      if (ETRE.has(prev?.norm ?? '')) push('killed', i, 'passive', auxiliaryStart(tokens, i));
      // « ont brûlé vifs deux hommes »: the people after « vifs ».
      else if (AVOIR.has(prev?.norm ?? '') && startsObject(tokens[i + 2])) push('killed', i, 'to', i + 1);
      i++;
      continue;
    }
    // « ont péri », « a péri »: died; the subject is before the auxiliary.
    if (PERISHED.has(w) && AVOIR.has(prev?.norm ?? '') && violenceTold(tokens)) {
      push('killed', i, 'passive', auxiliaryStart(tokens, i));
      continue;
    }
    // « plus de 2 000 personnes ont fui », « ont dû fuir », « ont été déplacées »: they fled.
    const fled = w === 'fui' && AVOIR.has(prev?.norm ?? '');
    const hadToFlee = w === 'fuir' && tokens[i - 1]?.norm === 'du' && AVOIR.has(tokens[i - 2]?.norm ?? '');
    if (fled || hadToFlee || (DISPLACED.has(w) && ETRE.has(prev?.norm ?? ''))) {
      push('displaced', i, 'passive', auxiliaryStart(tokens, hadToFlee ? i - 1 : i));
      continue;
    }
    // « touchée à la jambe », « atteints par balle »: hit, and so wounded; « Un policier, touché par
    // balle au bras, a été transporté à l'hôpital »: so is the one the aside tells of, unless he died.
    if (HIT.has(w) && hitByBullet(tokens, i)) {
      if (ETRE.has(prev?.norm ?? '')) push(mortally(tokens, i), i, 'passive', auxiliaryStart(tokens, i));
      else if (woundAside(tokens, i)) push('injured', i, 'self', i - 1);
      continue;
    }
    // "a succombé à ses blessures": died of an earlier wound.
    if (w === 'succombe' || w === 'succombes' || w === 'succombee') {
      push('killed', i, 'passive', i, true);
      continue;
    }
    // "est décédé (des suites de ses blessures)", "sont décédées": died, perhaps of an earlier wound.
    if (DECEASED.has(w) && ETRE.has(prev?.norm ?? '')) {
      const ofWounds = tokens.slice(i + 1, i + 7).some((t) => /^blessure/.test(t.norm));
      push('killed', i, 'passive', auxiliaryStart(tokens, i), ofWounds);
      continue;
    }
    // « sont tombés sous les balles (des bandits) »: killed, told by how.
    if (/^tombee?s?$/.test(w) && ETRE.has(prev?.norm ?? '') && next === 'sous') {
      if (/^(?:les|des)$/.test(tokens[i + 2]?.norm ?? '') && tokens[i + 3]?.norm === 'balles')
        push('killed', i, 'passive', auxiliaryStart(tokens, i));
      continue;
    }
    // "sont morts", "est mort", "retrouvés morts".
    if ((w === 'mort' || w === 'morts' || w === 'morte' || w === 'mortes') && prev) {
      if (ETRE.has(prev.norm)) {
        push('killed', i, 'passive', auxiliaryStart(tokens, i));
        continue;
      }
      if (/^retrouvee?s?$/.test(prev.norm)) {
        push('killed', i, 'passive', before(tokens, i));
        continue;
      }
    }
    // "sont sortis blessés", "se sont retrouvés blessés": came out of it wounded; the subject is
    // before the auxiliary.
    if (COME_OUT.has(w) && ETRE.has(prev?.norm ?? '')) {
      const kind = PARTICIPLES.find(([, words]) => words.has(next))?.[0];
      if (kind) {
        const aux = auxiliaryStart(tokens, i);
        const reflexive = tokens[aux - 1]?.norm === 'se' || tokens[aux - 1]?.norm === 's';
        push(kind, i + 1, 'passive', reflexive ? aux - 1 : aux);
        i++;
        continue;
      }
    }
    // "pris en otage", "retenus en otage".
    if ((w === 'otage' || w === 'otages') && tokens[i - 1]?.norm === 'en') {
      push('kidnapped', i, 'passive', i - 2);
      continue;
    }
    for (const [told, words] of PARTICIPLES) {
      if (!words.has(w) || (TAKEN_AWAY.has(w) && !byAssailants(tokens, i))) continue;
      const kind = told === 'injured' ? mortally(tokens, i) : told;
      // "porté disparu": reported missing.
      const anchor = kind === 'missing' && /^portee?s?$/.test(tokens[i - 1]?.norm ?? '') ? i - 1 : i;
      const voice = participleVoice(tokens, anchor);
      if (voice === 'to') push(kind, i, voice, afterDay(tokens, anchor + 1) - 1);
      // « 3 moun te mouri »: the people stand before the words between (Kreyòl "te", « mortellement »).
      else if (voice)
        push(
          kind,
          i,
          voice,
          voice === 'passive' ? auxiliaryStart(tokens, anchor) : before(tokens, anchor) + 1,
        );
      break;
    }
  }
  return cues;
}
