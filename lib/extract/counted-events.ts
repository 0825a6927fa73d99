/**
 * Events counted, not people: "the UN recorded 143 kidnappings in April and May", « 25 assassinats
 * en mai ». The count is a tally of the events' victims (one each, as the UN's own tallies count
 * them), never one event of its own.
 */
import type { CasualtyCueKind } from './casualty-cues';
import { parseNumberAt } from './numbers';
import type { Token } from './tokens';
import { dict } from './words';

const COUNTED: ReadonlyMap<string, CasualtyCueKind> = dict({
  kidnappings: 'kidnapped',
  abductions: 'kidnapped',
  killings: 'killed',
  murders: 'killed',
  homicides: 'killed',
  lynchings: 'killed',
  assassinations: 'killed',
  enlevements: 'kidnapped',
  assassinats: 'killed',
  meurtres: 'killed',
  lynchages: 'killed',
});

/** The nouns, for a quick test before the number is looked at. */
export const COUNTED_WORDS: ReadonlySet<string> = new Set(COUNTED.keys());

/** The kind of victims the plural event noun at `i` counts, when a number stands right before it. */
export function countedEventAt(tokens: readonly Token[], i: number): CasualtyCueKind | null {
  const kind = COUNTED.get(tokens[i]?.norm ?? '');
  const prev = tokens[i - 1];
  if (!kind || !prev || (prev.kind !== 'num' && parseNumberAt([prev], 0) === null)) return null;
  // "the 2023 killings in Canaan": a year, not a count.
  if (/^(?:19|20)\d\d$/.test(prev.text)) return null;
  return kind;
}

/** Whether the mention's cue is such a count of events. */
export function countsEvents(at: number, tokens: readonly Token[]): boolean {
  return countedEventAt(tokens, at) !== null;
}
