/**
 * Events counted, not people: "the UN recorded 143 kidnappings in April and May", « 25 assassinats
 * en mai ». The count is a tally of the events' victims (one each, as the UN's own tallies count
 * them), never one event of its own.
 */
import type { CasualtyCueKind } from './casualty-cues';
import { charged } from './killing-nouns';
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

const DEFINITE = new Set(['the', 'these', 'those', 'les', 'ces']);
const FOILED = new Set(['foiled', 'thwarted', 'prevented', 'averted', 'dejoue', 'empeche', 'dejoues']);

/** The nouns, for a quick test before the number is looked at. */
export const COUNTED_WORDS: ReadonlySet<string> = new Set(COUNTED.keys());

/** The kind of victims the plural event noun at `i` counts, when a number stands right before it. */
export function countedEventAt(tokens: readonly Token[], i: number): CasualtyCueKind | null {
  const kind = COUNTED.get(tokens[i]?.norm ?? '');
  const prev = tokens[i - 1];
  if (!kind || !prev || (prev.kind !== 'num' && parseNumberAt([prev], 0) === null)) return null;
  // "the 2023 killings in Canaan": a year, not a count; "the Delmas 32 killings": a place's number;
  // "The 10 killings" after the events: those told, not more; "foiled three kidnappings", "wanted
  // for 12 murders": no victims, or a charge.
  const before = tokens[i - 2];
  if (/^(?:19|20)\d\d$/.test(prev.text) || (prev.kind === 'num' && before?.cap)) return null;
  if (DEFINITE.has(before?.norm ?? '') || FOILED.has(before?.norm ?? '') || charged(tokens, i)) return null;
  return kind;
}

/** Whether the mention's cue is such a count of events. */
export function countsEvents(at: number, tokens: readonly Token[]): boolean {
  return countedEventAt(tokens, at) !== null;
}
