/**
 * An event's death toll told as a total: "the death toll from Monday's attack rose to 25", "the
 * death toll stood at 12", "the death toll has climbed to at least 70". The count after the verb is
 * the dead. A running total told in passing ("raising the death toll this year to 112") has no
 * such verb: it is a figure (toll-figures.ts).
 */
import type { Cue } from './casualty-cues';
import { PERSON_NOUNS } from './lexicon';
import { MODIFIERS } from './noun-phrase-words';
import { hedgeBefore, parseNumberAt } from './numbers';
import type { Token } from './tokens';
import { wordSet } from './words';

const RISE = wordSet(
  'rose risen climbed jumped increased grew reached hit stood stands stand now was is porte passe grimpe eleve monte',
);
const BE_TOLL = wordSet('was is');
/** "Police put the death toll at six": a teller's estimate, the verb before the toll. */
const PUT = wordSet('put puts putting placed places placing estimated estimates estimating');
/** What a number the toll is put at may count instead of people. */
const NOT_PEOPLE = wordSet(
  'gourdes gourde dollars dollar usd htg us million billion percent per cent a an each',
);
/** How far after "toll" its verb may come: "the death toll from Monday's attack in Pont-Sondé, which …, rose". */
const MAX_GAP = 30;

/**
 * The cue of "death toll … rose to N" at the "toll" token `i`, or null. The last rise in the
 * sentence is the toll: "the death toll from the attack, which hit three neighbourhoods, rose to
 * 25"; "…, which initially stood at 12, has risen to 25".
 */
export function deathTollCue(tokens: readonly Token[], i: number): Cue | null {
  const list = tokens as Token[];
  const put = putAt(tokens, i) ?? broughtTo(list, i);
  if (put !== null) return put;
  // "the death toll", and "the toll" or « le bilan » alone where it rises to a number.
  const bare = (tokens[i]?.norm === 'toll' && tokens[i - 1]?.norm === 'the') || tokens[i]?.norm === 'bilan';
  // "the number of gang members killed had risen to 15": the toll named by its dead.
  const tallied = numberOfDead(tokens, i) || numberOfPeople(tokens, i) > 0;
  if (tokens[i - 1]?.norm !== 'death' && !bare && !tallied) return null;
  let found: Cue | null = null;
  let aside = false;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_GAP; k++) {
    const t = tokens[k];
    if (!t || t.text === '.' || t.text === ';') break;
    if (t.text === ',') aside = true;
    if (!RISE.has(t.norm)) continue;
    // "the death toll was 12"; not "the death toll from the massacre in Wharf Jérémie, the deadliest
    // in years, was 207": a toll of its own that another event's aside describes.
    // Nor "the death toll from the December massacre in Wharf Jérémie was 207": "was" follows the
    // toll closely ("the death toll from the attack was 12") or it is another event's.
    if (BE_TOLL.has(t.norm) && (aside || k - i > 5)) continue;
    // "rose to", "stood at", "has reached", "now stands at"
    let anchor = k;
    while (
      ['to', 'at', 'has', 'have', 'now', 'stands', 'stood', 'a'].includes(tokens[anchor + 1]?.norm ?? '')
    )
      anchor++;
    // The number, right after the verb or after a hedge numbers.ts knows ("to at least 70": the
    // hedge may start inside the words taken above).
    const n = [1, 2, 3, 4]
      .map((d) => anchor + d)
      .find((n) => parseNumberAt(list, n) !== null && hedgeBefore(list, n).start <= anchor + 1);
    // The phrase is read from the number; its hedge from the words before it.
    // "…pulled two more bodies from the river; the toll rose to five": the event's dead told anew.
    const revised = tokens.slice(0, i).some((t) => MORE_DEAD.has(t.norm));
    if (n !== undefined)
      found = {
        kind: 'killed',
        at: i,
        anchor: n - 1,
        voice: 'to',
        afterInjury: false,
        ...(revised ? { revised } : {}),
      };
  }
  return found;
}

/**
 * "Police put the death toll at six", "officials put the toll from Monday's attack at 25": the
 * count after "at" is the dead. The toll's own words may come between ("from the attack").
 */
function putAt(tokens: readonly Token[], i: number): Cue | null {
  // "putting the number of dead at 13": the toll named by its dead.
  const people = numberOfPeople(tokens, i);
  const death = people ? people + 1 : numberOfDead(tokens, i) ? 2 : tokens[i - 1]?.norm === 'death' ? 1 : 0;
  const verb = tokens[i - 2 - death]?.norm ?? '';
  // "The U.N. raised its toll from the massacre … to at least 207": the teller's own toll.
  const article = tokens[i - 1 - death]?.norm ?? '';
  if (!['the', 'its', 'their'].includes(article) || (!PUT.has(verb) && !REVISE.has(verb))) return null;
  const list = tokens as Token[];
  for (let k = i + 1; k < tokens.length && k - i <= MAX_GAP; k++) {
    const t = tokens[k];
    if (!t || t.text === '.' || t.text === ';' || t.text === ',') return null;
    // "revised the number of people killed in Cabaret to five"
    if (t.norm !== 'at' && !(t.norm === 'to' && REVISE.has(verb))) continue;
    // 'put the toll at "at least 15"': a quoted toll.
    const at = QUOTES.has(tokens[k + 1]?.text ?? '') ? k + 1 : k;
    const n = [1, 2, 3]
      .map((d) => at + d)
      .find((n) => parseNumberAt(list, n) !== null && hedgeBefore(list, n).start <= at + 1);
    // "put the toll at 2,000 gourdes per truck": a cost, not the dead.
    const after = n === undefined ? undefined : list[parseNumberAt(list, n)?.end ?? n + 1];
    if (n === undefined || NOT_PEOPLE.has(after?.norm ?? '')) return null;
    return { kind: 'killed', at: i, anchor: n - 1, voice: 'to', afterInjury: false };
  }
  return null;
}

/** "bringing the toll to 20", « portant le bilan à neuf morts ». */
const BRING = wordSet('bringing raising taking pushing portant');
/** What tells that the dead just told are more of the event's: "six more bodies", « ont succombé ». */
const MORE_DEAD = wordSet(
  'more additional another further autres supplementaires succumbed succombe died bodies corps cadavres kadav',
);

/**
 * "…divers pulled six more bodies from the river, bringing the toll to 20": the event's dead, now
 * 20. Only after more dead of the event ("killing 12 people, raising the death toll to 112" is a
 * running total: toll-figures.ts), and with nothing between the toll and its number ("this year").
 */
function broughtTo(tokens: Token[], i: number): Cue | null {
  // "bringing the toll to", "bringing the death toll to", "bringing the number of dead to".
  const verb = numberOfDead(tokens, i) ? i - 4 : tokens[i - 1]?.norm === 'death' ? i - 3 : i - 2;
  const article = tokens[verb + 1]?.norm;
  if (!BRING.has(tokens[verb]?.norm ?? '') || (article !== 'the' && article !== 'le' && article !== 'its'))
    return null;
  const to = tokens[i + 1]?.norm;
  if (to !== 'to' && to !== 'a') return null;
  if (!tokens.slice(0, verb).some((t) => MORE_DEAD.has(t.norm))) return null;
  const n = [2, 3, 4]
    .map((d) => i + d)
    .find((n) => parseNumberAt(tokens, n) !== null && hedgeBefore(tokens, n).start <= i + 2);
  return n === undefined
    ? null
    : { kind: 'killed', at: i, anchor: n - 1, voice: 'to', afterInjury: false, revised: true };
}

const DEAD = wordSet('dead deaths killed victims');
const QUOTES = new Set(['"', '“', '«', "'", '‘']);

/** "the number of dead", "the number of victims": at the word after "of". */
export function numberOfDead(tokens: readonly Token[], i: number): boolean {
  return DEAD.has(tokens[i]?.norm ?? '') && tokens[i - 1]?.norm === 'of' && tokens[i - 2]?.norm === 'number';
}

/** "the number of people killed", "the number of gang members killed": at "killed", the words of its people. */
export function numberOfPeople(tokens: readonly Token[], i: number): number {
  if (!DEAD.has(tokens[i]?.norm ?? '')) return 0;
  for (let k = i - 1; k >= i - 3; k--) {
    if (tokens[k]?.norm === 'of' && tokens[k - 1]?.norm === 'number' && k < i - 1) return i - k;
    if (!PERSON_NOUNS.has(tokens[k]?.norm ?? '') && !MODIFIERS.has(tokens[k]?.norm ?? '')) return 0;
  }
  return 0;
}
const REVISE = wordSet('revised revises raised lowered updated increased');

const EARLIER = wordSet('earlier previous precedent ancien');
/** "an initial toll", « un premier bilan »: replaced only where the sentence tells the revision. */
const INITIAL = wordSet('initial first premier provisoire preliminary preliminaire');
const REVISED = wordSet(
  'revu revise revised porte raised risen rose lowered baisse hausse corrected updated',
);
const TOLL_NOUNS = wordSet('toll bilan figure count tally chiffre total');

/**
 * "An earlier toll had put the number of dead at seven", « qui a revu à la baisse un premier bilan
 * de neuf morts », « le bilan précédent »: a toll the report's newer one replaces, read no more.
 * « Selon un premier bilan, 12 personnes ont été tuées » is the only toll: it stands.
 */
export function supersededToll(tokens: readonly Token[], from: number): boolean {
  const revised = tokens.some((t) => REVISED.has(t.norm));
  const replaced = (w: string | undefined) => EARLIER.has(w ?? '') || (revised && INITIAL.has(w ?? ''));
  for (let k = from - 1; k >= 0 && from - k <= 8; k--) {
    const t = tokens[k];
    if (!t || t.text === '.' || t.text === ';') return false;
    if (TOLL_NOUNS.has(t.norm) && (replaced(tokens[k - 1]?.norm) || replaced(tokens[k + 1]?.norm)))
      return true;
    // "Officials first reported six deaths", "police had initially reported four dead" (not "initially
    // reported that seven journalists … were wounded": who was hurt, told first by them).
    if (
      TOLD_FIRST.has(t.norm) &&
      FIRST.has(tokens[k - 1]?.norm ?? '') &&
      from - k <= 2 &&
      tokens[k + 1]?.norm !== 'that'
    )
      return true;
  }
  return false;
}
const TOLD_FIRST = wordSet('reported announced put gave counted');
const FIRST = wordSet('first initially originally earlier');

/** "a lower figure of 16 dead", « un bilan plus lourd de 24 morts »: a toll's number, no one's people. */
export function tollNumberAt(tokens: readonly Token[], at: number): boolean {
  // The phrase may start at the "of" or just after it.
  const of = TOLL_OF.has(tokens[at]?.norm ?? '') ? at : at - 1;
  if (!TOLL_OF.has(tokens[of]?.norm ?? '')) return false;
  for (let k = of - 1; k >= 0 && of - k <= 3; k--) if (TOLL_NOUNS.has(tokens[k]?.norm ?? '')) return true;
  return false;
}
const TOLL_OF = new Set(['of', 'at', 'de', 'a', 'à']);
