/**
 * Cues of people taken, and of people burned by a crowd: "were kidnapped", "was seized", "were
 * marched into the hills", "took 15 people hostage", "the abduction of", "abducting two nurses",
 * "residents beat and set fire to two men". Part of casualty-cues.ts.
 */
import type { Cue, Voice } from './casualty-cues';
import { beBefore, phraseEndsAt, startsObject, verbVoice } from './cue-context';
import { GANG_NOUNS, PERSON_NOUNS } from './lexicon';
import type { Token } from './tokens';
import { wordSet } from './words';

const ABDUCT = new Set(['kidnapped', 'abducted']);
/** "were seized", "was snatched", "were marched into the hills": taken, told in the passive only. */
const TAKEN = new Set(['seized', 'snatched', 'marched']);
/** "took 15 people hostage" (not "gangs holding the capital hostage", a figure of speech). */
const TOOK = wordSet('took take takes taking');
const TAKEN_AWAY = wordSet('took taken led carried dragged');
const FLED = wordSet('fled escaped left');

/** Every word a cue here starts at. */
export const TAKING_WORDS: ReadonlySet<string> = new Set([
  ...ABDUCT,
  ...TAKEN,
  ...wordSet('fire captive hostage kidnapping kidnappings abduction abducting away with'),
]);

const cue = (kind: Cue['kind'], at: number, voice: Voice, anchor = at): Cue => ({
  kind,
  at,
  anchor,
  voice,
  afterInjury: false,
});

export function takenCue(tokens: Token[], i: number): Cue | null {
  const w = tokens[i]?.norm ?? '';
  const prev = tokens[i - 1]?.norm ?? '';
  const next = tokens[i + 1]?.norm ?? '';
  if (ABDUCT.has(w))
    return cue(
      'kidnapped',
      i,
      PERSON_NOUNS.has(next) && !beBefore(tokens, i) ? 'adjectival' : verbVoice(tokens, i),
    );
  if (TAKEN.has(w)) return beBefore(tokens, i) ? cue('kidnapped', i, 'passive') : null;
  // "The attackers fled with the pastor and three members of the choir": people taken.
  if (w === 'with' && FLED.has(prev) && startsObject(tokens[i + 1])) {
    const attackers = tokens.slice(Math.max(0, i - 6), i - 1).some((t) => GANG_NOUNS.has(t.norm));
    const people = tokens.slice(i + 1, i + 7).some((t) => PERSON_NOUNS.has(t.norm));
    return attackers && people ? cue('kidnapped', i, 'active') : null;
  }
  // "the gunmen took away at least four women", "were led away": people taken, not their goods.
  if (w === 'away' && TAKEN_AWAY.has(prev)) {
    if (beBefore(tokens, i - 1)) return cue('kidnapped', i, 'passive', i - 1);
    const people = tokens.slice(i + 1, i + 7).some((t) => PERSON_NOUNS.has(t.norm));
    return people && startsObject(tokens[i + 1]) ? cue('kidnapped', i, 'active') : null;
  }
  // "residents beat and set fire to two men": people burned, a lynching's dead.
  if (w === 'fire')
    return prev === 'set' &&
      next === 'to' &&
      tokens.slice(i + 2, i + 6).some((t) => PERSON_NOUNS.has(t.norm) && t.norm !== 'police')
      ? cue('killed', i, 'to', i + 1)
      : null;
  if (w === 'captive' || (w === 'hostage' && prev !== 'the')) {
    // "was held captive", "were taken hostage"
    if (['held', 'taken', 'kept'].includes(prev)) return cue('kidnapped', i, 'passive', i - 1);
    // "gunmen took 15 people hostage": the people between "took" and "hostage".
    const took = tokens.slice(Math.max(0, i - 8), i).findLastIndex((t) => TOOK.has(t.norm));
    const at = took < 0 ? -1 : Math.max(0, i - 8) + took;
    return at >= 0 && startsObject(tokens[at + 1]) && phraseEndsAt(tokens, at + 1, i)
      ? cue('kidnapped', i, 'to', at)
      : null;
  }
  if ((w === 'kidnapping' || w === 'abduction' || w === 'kidnappings') && next === 'of')
    return cue('kidnapped', i, 'of');
  // "…, abducting 15 passengers", "kidnapping two nurses": the people after the gerund.
  if ((w === 'abducting' || w === 'kidnapping') && startsObject(tokens[i + 1]))
    return cue('kidnapped', i, 'active');
  return null;
}
