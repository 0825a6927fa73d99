/**
 * Whose victims two incidents name, and how they were counted: a side (police, MSS, civilians, a
 * gang) and a kind (killed, injured, missing), never just a number. Part of match.ts.
 */
import type { MatchSubject } from './match';

type Casualty = MatchSubject['casualties'][number];

interface VictimComparison {
  score: number;
  reason: string;
  /**
   * same: one side lost people of a compatible kind in both; one-sided: only one names victims;
   * none: neither does; different: both do, and no victim of one is a victim of the other.
   */
  relation: 'same' | 'one-sided' | 'none' | 'different';
  /** The sides both name as victims of a compatible kind. */
  sides: string[];
  /**
   * Every victim group the draft names has one of the same side and kind in the stored incident,
   * counted alike (within half again: 10 and 12 killed are competing tolls, 1 and 3 injured are not).
   */
  countedAlike: boolean;
}

const sameSide = (x: Casualty, y: Casualty) =>
  x.affiliation === y.affiliation && (x.country === y.country || !x.country || !y.country);
// A missing officer later found dead is the same victim.
const compatibleKinds = (x: Casualty, y: Casualty) =>
  x.kind === y.kind || (x.kind !== 'injured' && y.kind !== 'injured');

const sameCount = (x: Casualty, y: Casualty) =>
  x.count === undefined || y.count === undefined || x.count === y.count;
/** The same victims counted alike: same kind, same side, the same number. */
const sameGroup = (x: Casualty, y: Casualty) => sameSide(x, y) && x.kind === y.kind && sameCount(x, y);
const closeCount = (x: Casualty, y: Casualty) =>
  x.count === undefined ||
  y.count === undefined ||
  Math.max(x.count, y.count) <= 1.5 * Math.min(x.count, y.count);
const closeGroup = (x: Casualty, y: Casualty) => sameSide(x, y) && x.kind === y.kind && closeCount(x, y);

type VictimSubject = Pick<MatchSubject, 'casualties'>;
const knownVictims = (s: VictimSubject) => s.casualties.filter((c) => c.affiliation !== 'unknown');

export function compareCasualties(a: VictimSubject, b: VictimSubject): VictimComparison {
  const [ka, kb] = [knownVictims(a), knownVictims(b)];
  const none = { sides: [], countedAlike: false };
  if (ka.length === 0 && kb.length === 0) {
    return { score: 0.5, reason: 'no known victims in either', relation: 'none', ...none };
  }
  if (ka.length === 0 || kb.length === 0) {
    return { score: 0.5, reason: 'victims known for one side only', relation: 'one-sided', ...none };
  }
  const sides = ka
    .filter((x) => kb.some((y) => sameSide(x, y) && compatibleKinds(x, y)))
    .map((x) => x.affiliation);
  if (sides.length > 0) {
    return {
      score: 1,
      reason: 'casualties on the same side',
      relation: 'same',
      sides: [...new Set(sides)],
      countedAlike: ka.every((x) => kb.some((y) => closeGroup(x, y))),
    };
  }
  const shareSide = ka.some((x) => kb.some((y) => sameSide(x, y)));
  return shareSide
    ? {
        score: 0.5,
        reason: 'same side, but killed in one and injured in the other',
        relation: 'different',
        ...none,
      }
    : { score: 0.2, reason: 'casualties on different sides', relation: 'different', ...none };
}

/** Every victim the draft names (of a known side) is one the stored incident names, counted alike. */
export const sameVictimsCounted = (draft: VictimSubject, stored: VictimSubject) => {
  const known = knownVictims(draft);
  return known.length > 0 && known.every((x) => stored.casualties.some((y) => sameGroup(x, y)));
};
