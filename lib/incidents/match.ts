/**
 * Is a drafted incident the same real-world event as a stored one? Pure: the callers load the
 * candidates. Dates are compared as intervals (a "February 2025" report can be the 23 February
 * event), places through the gazetteer hierarchy (Ségur-Savien lies in Pont-Sondé), types by
 * family (an ambush is an attack, not an arrest), and casualties by whose they were.
 * A match needs every dimension compatible AND one positive identification, so that two vague
 * mentions never merge on vagueness alone. What identifies (never an unknown place, never a
 * place known only at department or country level):
 * - the same specific site or neighbourhood (or one inside the other);
 * - the same commune on the same day, with the same type or the same victims;
 * - the same victims (same side, compatible toll) in the same commune within a week;
 * - the same security-force victims (police, MSS) within a month, wherever the place is unknown.
 * Different communes never merge; a wider place never "contains" a narrower one into a match.
 */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';
export type CasualtyKind = 'killed' | 'injured' | 'missing';

export interface MatchSubject {
  date: string;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  type: string;
  /** Gazetteer keys from the place itself up to the country; empty when the place is unknown. */
  placeChain: readonly string[];
  /** The commune the place is or lies in (a key of placeChain); null when unknown or wider. */
  commune: string | null;
  casualties: readonly { kind: CasualtyKind; affiliation: string; country: string | null }[];
}

export interface MatchResult {
  score: number;
  reasons: string[];
}

const DAY_MS = 86_400_000;
const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** The days an incident may have happened on, as [first, last] day numbers. */
export function dateInterval(s: Pick<MatchSubject, 'date' | 'dateEnd' | 'datePrecision'>): [number, number] {
  const start = toDay(s.date);
  if (s.dateEnd) return [start, toDay(s.dateEnd)];
  const [y, m] = s.date.split('-').map(Number) as [number, number];
  switch (s.datePrecision) {
    case 'day':
      return [start, start];
    case 'week':
      return [start, start + 6];
    case 'month':
      return [start, Math.round(Date.UTC(y, m, 0) / DAY_MS)];
    case 'year':
      return [start, Math.round(Date.UTC(y, 11, 31) / DAY_MS)];
  }
}

interface DateComparison {
  score: number;
  reason: string;
  /** Both dated to the day, at most a day apart. */
  sameDay: boolean;
  /** Days covered by the wider of the two intervals. */
  width: number;
}

function compareDates(a: MatchSubject, b: MatchSubject): DateComparison | null {
  const [a0, a1] = dateInterval(a);
  const [b0, b1] = dateInterval(b);
  // One day of slack: reports of evening events, and time zones, are often a day apart.
  if (a0 > b1 + 1 || b0 > a1 + 1) return null;
  const width = Math.max(a1 - a0, b1 - b0) + 1;
  if (width === 1) {
    return a0 === b0
      ? { score: 1, reason: 'same day', sameDay: true, width }
      : { score: 0.7, reason: 'dates one day apart', sameDay: true, width };
  }
  // A day inside a week is one chance in seven, inside a month one in thirty: say so.
  const score = width <= 8 ? 0.6 : width <= 31 ? 0.5 : 0.3;
  return { score, reason: 'dates overlap at the precision reported', sameDay: false, width };
}

/** How well two places are known to coincide: 'specific' below commune level, 'commune', or 'none'. */
type PlaceLevel = 'specific' | 'commune' | 'none';

interface PlaceComparison {
  score: number;
  reason: string;
  level: PlaceLevel;
}

const isBelowCommune = (s: MatchSubject) => s.commune !== null && s.placeChain[0] !== s.commune;

function comparePlaces(a: MatchSubject, b: MatchSubject): PlaceComparison | null {
  if (a.placeChain.length === 0 || b.placeChain.length === 0) {
    return { score: 0.4, reason: 'place not known for one of them', level: 'none' };
  }
  if (a.commune && b.commune && a.commune !== b.commune) return null;
  const [aHead, bHead] = [a.placeChain[0] ?? '', b.placeChain[0] ?? ''];
  let outer: MatchSubject | null = null;
  if (aHead === bHead || a.placeChain.includes(bHead)) outer = b;
  else if (b.placeChain.includes(aHead)) outer = a;
  if (outer) {
    if (isBelowCommune(outer)) {
      return aHead === bHead
        ? { score: 1, reason: 'same place', level: 'specific' }
        : { score: 0.9, reason: 'one place lies within the other', level: 'specific' };
    }
    if (outer.commune !== null) {
      return aHead === bHead
        ? { score: 0.8, reason: 'same commune', level: 'commune' }
        : { score: 0.7, reason: 'one place lies within the commune of the other', level: 'commune' };
    }
    // "Haiti" or "Ouest" says nothing about where in it: compatible, never an identification.
    return { score: 0.4, reason: 'place known only at department or country level', level: 'none' };
  }
  if (a.commune && a.commune === b.commune) {
    return { score: 0.5, reason: 'neighbouring places in one commune', level: 'commune' };
  }
  return null;
}

const VIOLENT = new Set(['armed_clash', 'attack', 'ambush', 'gunfire', 'killing']);
/** Types a kidnapping can be reported as: an attack or ambush in which people were taken. */
const KIDNAPPING_LIKE = new Set(['kidnapping', 'attack', 'ambush']);

function compareTypes(a: MatchSubject, b: MatchSubject): { score: number; reason: string } | null {
  if (a.type === b.type) return { score: 1, reason: 'same type' };
  if (a.type === 'other' || b.type === 'other') return { score: 0.4, reason: 'one type unspecified' };
  const pair = new Set([a.type, b.type]);
  if (pair.has('kidnapping')) {
    // A kidnapping is not a gunfire on an aircraft nor a killing, but may be told as an attack.
    return [...pair].every((t) => KIDNAPPING_LIKE.has(t))
      ? { score: 0.5, reason: 'a kidnapping told as an attack' }
      : null;
  }
  if (VIOLENT.has(a.type) && VIOLENT.has(b.type)) return { score: 0.7, reason: 'both violent events' };
  if (pair.has('evacuation') && [...pair].some((t) => VIOLENT.has(t))) {
    return { score: 0.5, reason: 'an evacuation after a violent event' };
  }
  return null;
}

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
}

const sameSide = (x: Casualty, y: Casualty) =>
  x.affiliation === y.affiliation && (x.country === y.country || !x.country || !y.country);
// A missing officer later found dead is the same victim.
const compatibleKinds = (x: Casualty, y: Casualty) =>
  x.kind === y.kind || (x.kind !== 'injured' && y.kind !== 'injured');

function compareCasualties(a: MatchSubject, b: MatchSubject): VictimComparison {
  const known = (s: MatchSubject) => s.casualties.filter((c) => c.affiliation !== 'unknown');
  const [ka, kb] = [known(a), known(b)];
  if (ka.length === 0 && kb.length === 0) {
    return { score: 0.5, reason: 'no known victims in either', relation: 'none', sides: [] };
  }
  if (ka.length === 0 || kb.length === 0) {
    return { score: 0.5, reason: 'victims known for one side only', relation: 'one-sided', sides: [] };
  }
  const sides = ka
    .filter((x) => kb.some((y) => sameSide(x, y) && compatibleKinds(x, y)))
    .map((x) => x.affiliation);
  if (sides.length > 0) {
    return { score: 1, reason: 'casualties on the same side', relation: 'same', sides: [...new Set(sides)] };
  }
  const shareSide = ka.some((x) => kb.some((y) => sameSide(x, y)));
  return shareSide
    ? {
        score: 0.5,
        reason: 'same side, but killed in one and injured in the other',
        relation: 'different',
        sides: [],
      }
    : { score: 0.2, reason: 'casualties on different sides', relation: 'different', sides: [] };
}

export const MATCH_THRESHOLD = 0.6;

const SECURITY_FORCES = new Set(['police', 'mss']);

/** null when the two cannot be the same event. */
export function scoreMatch(draft: MatchSubject, stored: MatchSubject): MatchResult | null {
  const date = compareDates(draft, stored);
  const place = comparePlaces(draft, stored);
  const type = compareTypes(draft, stored);
  if (!date || !place || !type) return null;
  const victims = compareCasualties(draft, stored);
  const score = 0.3 * date.score + 0.25 * place.score + 0.15 * type.score + 0.3 * victims.score;
  const sameVictims = victims.relation === 'same';
  const identified =
    // The same site: a clash counted from both sides on one day is still one clash.
    (place.level === 'specific' && date.width <= 31 && (victims.relation !== 'different' || date.sameDay)) ||
    (place.level === 'commune' &&
      date.sameDay &&
      (sameVictims || (type.score === 1 && victims.relation === 'none'))) ||
    (place.level === 'commune' && sameVictims && date.width <= 8) ||
    (sameVictims && date.width <= 31 && victims.sides.some((side) => SECURITY_FORCES.has(side)));
  if (score < MATCH_THRESHOLD || !identified) return null;
  return {
    score: Math.round(score * 100) / 100,
    reasons: [date.reason, place.reason, type.reason, victims.reason],
  };
}
