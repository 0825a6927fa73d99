/**
 * What around a casualty word decides whether it counts, and whose it is: a verb of being before
 * it ("was shot"), an object after it ("killed two officers"), a wound said ("shot in the
 * shoulder"), the people an active "left … with wounds" names, displacement by violence.
 */
import type { Voice } from './casualty-cues';
import { isMonthWord, isWeekdayWord } from './date-words';
import { PERSON_NOUNS } from './lexicon';
import { phraseAfter } from './noun-phrase';
import { parseNumberAt } from './numbers';
import type { Token } from './tokens';
import { wordSet } from './words';

export const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'got', 'get', 'gets']);
/** "was", or "had been" ("The officer had been hit in the chest … and died of his wounds"). */
export function beginsPassive(tokens: Token[], at: number): boolean {
  const w = tokens[at]?.norm ?? '';
  return BE.has(w) || (['had', 'has', 'have'].includes(w) && tokens[at + 1]?.norm === 'been');
}
/** Words that may stand between a verb and what it is about, looking back ("had reportedly been"). */
export const SKIP_BACK = new Set([
  ...BE,
  ...wordSet(`
    has have had reportedly allegedly also later subsequently immediately then unfortunately
    tragically fatally seriously critically badly severely slightly lightly confirmed found declared
    pronounced reported listed still now already all who that which went gone remains remain
    remained eventually apparently presumably officially initially may might could left
    ont ete est sont etait etaient avait avaient aurait auraient egalement aussi deja tous toutes
    malheureusement finalement ensuite mortellement grievement gravement legerement
  `),
  // "four gang suspects were “neutralised”": a verb in quotes.
  ...['"', '“', '«', "'", '‘'],
]);

const OBJECT_START = wordSet(`
  a an the him her them at more over nearly some about around up two both his their several dozens
  hundreds thousands another other those these
`);

export function startsObject(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'num') return true;
  if (t.kind !== 'word') return false;
  if (parseNumberAt([t], 0) !== null) return true;
  return OBJECT_START.has(t.norm) || PERSON_NOUNS.has(t.norm) || (t.cap && t.norm !== 'in');
}

export function beBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const w = tokens[k]?.norm ?? '';
    if (BE.has(w)) return true;
    if (!SKIP_BACK.has(w)) return false;
  }
  return false;
}

/** The active "left" whose object runs up to the "with" at `w` ("left six people, two of them children, with …"). */
export function leftBefore(tokens: Token[], w: number): number {
  for (let k = w - 2; k >= 0 && w - k <= 16; k--) {
    if (tokens[k]?.norm !== 'left') continue;
    if (BE.has(tokens[k - 1]?.norm ?? '') || !startsObject(tokens[k + 1])) return -1;
    // "left 500 people displaced and six with gunshot wounds": the wounded follow the last "and"
    // (not one inside an aside: "left six people, several of them journalists and one officer, with …").
    const aside = tokens.slice(k + 1, w).some((t) => t.text === ',');
    for (let a = w - 1; a > k + 1 && !aside; a--)
      if (
        (tokens[a]?.norm === 'and' || tokens[a]?.norm === 'et') &&
        startsObject(tokens[a + 1]) &&
        !PERSON_NOUNS.has(tokens[a - 1]?.norm ?? '')
      )
        return a;
    return k;
  }
  return -1;
}

/**
 * "displaced by gang violence / the fighting / attacks" is forced displacement; "displaced by"
 * anything else ("the chief was displaced by his deputy") is not.
 */
const DISPLACING =
  /\b(?:violence|fighting|gangs?|attacks?|clashes|conflict|insecurity|unrest|floods?|flooding|hurricanes?|earthquakes?|storms?)\b/;
export function displacedByViolence(tokens: readonly Token[], i: number): boolean {
  return DISPLACING.test(
    tokens
      .slice(i + 2, i + 6)
      .map((t) => t.norm)
      .join(' '),
  );
}

const BODY_PARTS = new Set(
  'head neck shoulder shoulders arm arms hand hands leg legs foot feet knee thigh chest back stomach abdomen hip face eye jaw mouth tongue side buttocks'.split(
    ' ',
  ),
);

/**
 * A shooting that says the victim was hit and lived or was hurt: "shot in the shoulder", "shot
 * twice", or a passive "was shot" (reports write it of the wounded; of the dead they write
 * "shot dead" or "killed"). An active "the gang shot the driver" says neither.
 */
export function woundSaid(tokens: Token[], i: number): boolean {
  return (
    woundPlace(tokens, i) ||
    beBefore(tokens, i) ||
    ['being', 'getting', 'got', 'get'].includes(tokens[i - 1]?.norm ?? '')
  );
}

/** "shot twice", "shot a taxi driver in the head", "shot in the legs": where or how often, in the clause that follows. */
export function woundPlace(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 8; k++) {
    const w = tokens[k]?.norm ?? '';
    if (w === 'twice' || w === 'repeatedly') return true;
    if (
      BODY_PARTS.has(w) &&
      ['in', 'through', 'the', 'his', 'her', 'their'].includes(tokens[k - 1]?.norm ?? '')
    )
      return true;
    if (tokens[k]?.kind === 'punct') break;
  }
  return false;
}

/** "two officers were hit", not "two police vehicles were hit": a person just before the verb group at `i`. */
export function personBeforeVerb(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && SKIP_BACK.has(tokens[k]?.norm ?? '')) k--;
  return PERSON_NOUNS.has(tokens[k]?.norm ?? '');
}

/** The people after a verb run exactly from `from` to `end` ("took 15 people hostage", not "took police two days to free a hostage"). */
export function phraseEndsAt(tokens: Token[], from: number, end: number): boolean {
  return phraseAfter(tokens, from)?.[1] === end;
}

/** "hit in the pocket", "hit hard": a figure of speech, unless a body part or the crossfire is named. */
export function inThePocket(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.norm !== 'in') return false;
  return !tokens.slice(i + 2, i + 5).some((t) => BODY_PARTS.has(t.norm) || t.norm === 'crossfire');
}

const isDayWord = (t: Token | undefined) => t?.cap === true && (isWeekdayWord(t.norm) || isMonthWord(t.norm));
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', ',']);

/**
 * After a verb at `i`, a day or a month is when, not whom ("three people killed Tuesday morning",
 * "killed Saturday at least 12 people"; but "killed June Baptiste" names her): -1 when no day
 * follows, else where the words after the day start (the object, if any).
 */
export function pastDayAfter(tokens: readonly Token[], i: number): number {
  const day = tokens[i + 1];
  const after = tokens[i + 2];
  if (!isDayWord(day) || (after?.kind === 'word' && after.cap && !isDayWord(after))) return -1;
  let k = i + 2;
  while (k < tokens.length && (DAY_PARTS.has(tokens[k]?.norm ?? '') || tokens[k]?.kind === 'num')) k++;
  return k;
}

/** "to flee", "to leave their homes" within the few words after the people at `from`. */
export function toFlee(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 8; k++)
    if (tokens[k]?.norm === 'to' && FLEE.has(tokens[k + 1]?.norm ?? '')) return true;
  return false;
}
const FLEE = wordSet('flee leave abandon evacuate');

const VICTIM_WORDS = new Set(['victims', 'dead', 'killed']);
const LISTING = new Set(['were', 'included', 'include', 'includes', 'are']);

/** "Among the victims were …", "The dead included …": the sentence lists the victims already told. */
export function theVictimsListed(tokens: Token[]): boolean {
  const [a, b, c, d] = tokens.slice(0, 4).map((t) => t.norm);
  if (a === 'among') return b === 'the' && VICTIM_WORDS.has(c ?? '');
  return a === 'the' && VICTIM_WORDS.has(b ?? '') && LISTING.has(c ?? '') && d !== undefined;
}

/** "Among the victims were four farmers who were shot": how the dead died, unless a wound is placed ("in the legs"). */
export const shotOfTheListed = (tokens: Token[], i: number) =>
  theVictimsListed(tokens) && !woundPlace(tokens, i);

const SUFFER = wordSet(`
  suffered suffering sustained sustaining received receiving suffer sustain treated nursing
`);
/** "taken to hospital with gunshot wounds", "admitted with injuries": the people were hurt. */
const TAKEN_IN = wordSet(`
  taken rushed admitted evacuated transported airlifted brought hospitalised hospitalized
`);

const CARE = wordSet('treated treating received receiving admitted admitting');
/** "Staff treated 14 people for gunshot wounds", "received 12 people with …": the people cared for. */
function caredFor(tokens: Token[], k: number): number {
  for (let v = k - 2; v >= k - 5 && v >= 0; v--)
    if (CARE.has(tokens[v]?.norm ?? '') && startsObject(tokens[v + 1])) {
      // "were treating 9 people": active; "were treated" is the people's own verb.
      if (!beBefore(tokens, v) || tokens[v]?.norm.endsWith('ing')) return v;
    }
  return -1;
}

/**
 * An injury told as a noun ("injuries", "wounds") and which way its people lie: "“minor injuries”
 * to one of its crew members" (after "to"), "suffered serious injuries", "were left with …",
 * "were taken to hospital with gunshot wounds" (before the verb), "the attack left six people
 * with gunshot wounds" (the people between).
 */
export function injuryNounCue(
  tokens: Token[],
  i: number,
): { voice: 'to' | 'passive'; anchor: number } | null {
  let to = i + 1;
  while (tokens[to]?.kind === 'punct' && /^[”"’']$/.test(tokens[to]?.text ?? '')) to++;
  if (tokens[to]?.norm === 'to' && startsObject(tokens[to + 1])) return { voice: 'to', anchor: to };
  for (let k = i - 1; k >= i - 6 && k >= 0; k--) {
    if (SUFFER.has(tokens[k]?.norm ?? '') && k >= i - 4) return { voice: 'passive', anchor: k };
    const care = tokens[k]?.norm === 'for' || tokens[k]?.norm === 'with' ? caredFor(tokens, k) : -1;
    if (care >= 0) return { voice: 'to', anchor: care };
    if (tokens[k]?.norm !== 'with') continue;
    if (tokens[k - 1]?.norm === 'left') return { voice: 'passive', anchor: k - 1 };
    // "At least five people with gunshot wounds were taken to a hospital": the people who have them;
    // "a dozen people with gunshot and machete wounds" too.
    const near = k >= i - 3 || (k >= i - 5 && tokens.slice(k + 1, i).some((t) => t.norm === 'and'));
    if (PERSON_NOUNS.has(tokens[k - 1]?.norm ?? '') && near) return { voice: 'passive', anchor: k };
    const left = leftBefore(tokens, k);
    if (left >= 0) return { voice: 'to', anchor: left };
    for (let v = k - 1; v >= k - 4 && v >= 0; v--)
      if (TAKEN_IN.has(tokens[v]?.norm ?? '') && BE.has(tokens[v - 1]?.norm ?? ''))
        return { voice: 'passive', anchor: v };
  }
  return null;
}

export const HOSPITALISED = new Set(['hospitalised', 'hospitalized']);
export const HURT = new Set(['injured', 'wounded', 'hurt', ...HOSPITALISED]);

/** A wound told after `i`: "wounded", "injured", "shot in the legs". */
export function woundedAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    const w = tokens[k]?.norm ?? '';
    if (HURT.has(w) || (w === 'shot' && woundSaid(tokens, k))) return true;
  }
  return false;
}

/**
 * "were on Sunday evening injured": the token before the day told between a verb and its
 * auxiliary, when one ends at `k` and an auxiliary stands before it; else `k`.
 */
export function dayBefore(tokens: readonly Token[], k: number): number {
  const day = DAY_PARTS.has(tokens[k]?.norm ?? '') ? k - 1 : k;
  if (!isWeekdayWord(tokens[day]?.norm ?? '')) return k;
  const before = tokens[day - 1]?.norm === 'on' ? day - 2 : day - 1;
  return BE.has(tokens[before]?.norm ?? '') ? before : k;
}

/** Where a verb's subject ends: back past the words between ("was reportedly", "were on Sunday evening"). */
export function skipBack(tokens: readonly Token[], i: number): number {
  let k = dayBefore(tokens, i - 1);
  while (k >= 0 && SKIP_BACK.has(tokens[k]?.norm ?? '')) k--;
  // "suffering serious injuries", "died from gunshot wounds": the words between the verb and the noun.
  return k + 1;
}

/** How a verb at `i` relates to its people: after "was", or a day after it, they are before it. */
export function verbVoice(tokens: Token[], i: number): Voice {
  if (beBefore(tokens, i)) return 'passive';
  if (pastDayAfter(tokens, i) >= 0) return 'passive';
  return startsObject(tokens[i + 1]) ? 'active' : 'passive';
}
