/**
 * Is a drafted incident the same real-world event as a stored one? Pure: the callers load the
 * candidates. Dates are compared as intervals (a "February 2025" report can be the 23 February
 * event), places through the gazetteer hierarchy (Ségur-Savien lies in Pont-Sondé), types by
 * family (an ambush is an attack, not an arrest), and casualties by whose they were.
 * A match needs every dimension compatible AND one positive identification, so that two vague
 * mentions never merge on vagueness alone.
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

function compareDates(a: MatchSubject, b: MatchSubject): { score: number; reason: string } | null {
  const [a0, a1] = dateInterval(a);
  const [b0, b1] = dateInterval(b);
  // One day of slack: reports of evening events, and time zones, are often a day apart.
  if (a0 > b1 + 1 || b0 > a1 + 1) return null;
  if (a0 === a1 && b0 === b1) {
    return a0 === b0 ? { score: 1, reason: 'same day' } : { score: 0.7, reason: 'dates one day apart' };
  }
  return { score: 0.6, reason: 'dates overlap at the precision reported' };
}

function comparePlaces(a: MatchSubject, b: MatchSubject): { score: number; reason: string } | null {
  if (a.placeChain.length === 0 || b.placeChain.length === 0) {
    return { score: 0.4, reason: 'place not known for one of them' };
  }
  if (a.placeChain[0] === b.placeChain[0]) return { score: 1, reason: 'same place' };
  if (a.placeChain.includes(b.placeChain[0] ?? '') || b.placeChain.includes(a.placeChain[0] ?? '')) {
    return { score: 0.8, reason: 'one place lies within the other' };
  }
  // Nearby only if they share something smaller than a department: chains end with
  // [..., commune, department, country], so sharing three keys means sharing a commune.
  const shared = a.placeChain.filter((k) => b.placeChain.includes(k));
  if (shared.length >= 3) return { score: 0.5, reason: 'neighbouring places in one commune' };
  return null;
}

const VIOLENT = new Set(['armed_clash', 'attack', 'ambush', 'gunfire', 'killing']);

function compareTypes(a: MatchSubject, b: MatchSubject): { score: number; reason: string } | null {
  if (a.type === b.type) return { score: 1, reason: 'same type' };
  if (VIOLENT.has(a.type) && VIOLENT.has(b.type)) return { score: 0.7, reason: 'both violent events' };
  if (a.type === 'other' || b.type === 'other') return { score: 0.4, reason: 'one type unspecified' };
  const pair = new Set([a.type, b.type]);
  if (pair.has('evacuation') && [...pair].some((t) => VIOLENT.has(t))) {
    return { score: 0.5, reason: 'an evacuation after a violent event' };
  }
  return null;
}

function compareCasualties(a: MatchSubject, b: MatchSubject): { score: number; reason: string } {
  if (a.casualties.length === 0 || b.casualties.length === 0) {
    return { score: 0.5, reason: 'casualties reported by one side only' };
  }
  const same = a.casualties.some((x) =>
    b.casualties.some(
      (y) => x.affiliation === y.affiliation && (x.country === y.country || !x.country || !y.country),
    ),
  );
  return same
    ? { score: 1, reason: 'casualties on the same side' }
    : { score: 0.2, reason: 'casualties on different sides' };
}

export const MATCH_THRESHOLD = 0.6;

/** null when the two cannot be the same event. */
export function scoreMatch(draft: MatchSubject, stored: MatchSubject): MatchResult | null {
  const date = compareDates(draft, stored);
  const place = comparePlaces(draft, stored);
  const type = compareTypes(draft, stored);
  if (!date || !place || !type) return null;
  const casualties = compareCasualties(draft, stored);
  const score = 0.3 * date.score + 0.25 * place.score + 0.15 * type.score + 0.3 * casualties.score;
  const identified =
    place.score >= 0.8 ||
    casualties.score === 1 ||
    (date.score === 1 && type.score === 1 && place.score >= 0.5);
  if (score < MATCH_THRESHOLD || !identified) return null;
  return {
    score: Math.round(score * 100) / 100,
    reasons: [date.reason, place.reason, type.reason, casualties.reason],
  };
}
