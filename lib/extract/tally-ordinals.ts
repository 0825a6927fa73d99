/**
 * "a third", "A fourth, who was shot in the abdomen, died Wednesday": one more of the victims just
 * counted, whose side the ordinal does not repeat (incident-casualties.ts).
 */
import type { Tally } from './tally-reconcile';

/** "a third" after two: the ordinal is the count the victims now make. */
export function nextOrdinal(t: Tally, ordinal: number | undefined): boolean {
  return ordinal !== undefined && t.count === ordinal - 1;
}

/**
 * "Three officers died at the scene. A fourth … died Wednesday": a headless ordinal of no side of
 * its own is of the latest count of its kind it follows on (three before a fourth, or four already).
 */
export function takeOrdinalSide(t: Tally, tallies: ReadonlyMap<string, Tally>): void {
  const ordinal = t.phrase.ordinal;
  if (ordinal === undefined || t.affiliation !== 'unknown' || t.phrase.head !== null) return;
  const counted = [...tallies.values()].filter((x) => x.count >= ordinal - 1);
  // "A fourth, who was shot in the abdomen, died": the wound is of the same one of them.
  const of = counted.findLast((x) => x.kind === t.kind) ?? counted.at(-1);
  if (of) Object.assign(t, { affiliation: of.affiliation, country: of.country });
}
