/**
 * "a third", "A fourth, who was shot in the abdomen, died Wednesday": one more of the victims just
 * counted, whose side the ordinal does not repeat; "two of the adults killed": some of them
 * (incident-casualties.ts).
 */
import { UNITS } from './number-words';
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

/** "two of the adults killed", "3 of those wounded": some of the people just counted. */
const SOME_OF_THE_DEAD = new RegExp(
  `\\b(${[...UNITS.keys()].join('|')}|\\d+) of (?:the|those) (?:[a-z]+ ){0,2}?(?:killed|dead|victims|wounded|injured)\\b`,
  'i',
);

/**
 * "A police source said two of the adults killed were members of the armed group": some of the
 * victims counted before, told by another source; a part of that toll, never a rival toll.
 */
export function someOfTheCounted(t: Tally, tallies: ReadonlyMap<string, Tally>): boolean {
  const m = SOME_OF_THE_DEAD.exec(t.evidence);
  const word = m?.[1]?.toLowerCase() ?? '';
  if (m === null || (UNITS.get(word) ?? Number(word)) !== t.count) return false;
  return [...tallies.values()].some(
    (o) => o.kind === t.kind && o.count > t.count && o.evidence !== t.evidence,
  );
}
