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
 *   in the capital's communes, "the same victims" must also be counted alike (10 or 12 killed);
 *   outside the capital, the same victims counted alike within a month (a back-reference by month);
 * - the same security-force victims (police, MSS) within a month, wherever the place is unknown;
 * - the same named victim within a month (match-named.ts), even where one place is vague.
 * Different communes never merge; a wider place never "contains" a narrower one into a match —
 * except that "Port-au-Prince" alone may be any commune of the capital (PORT_AU_PRINCE_METRO):
 * compatible there, but it identifies nothing, so the same day and the same victims must.
 * An undated incident (scoreUndatedMatch, match-undated.ts) can only join on strong identity: see there.
 * Victims are compared in match-victims.ts, named victims in match-named.ts.
 */
import { type DatePrecision, dateInterval } from './date-interval';
import { differentNamedVictims, namedVictimTie } from './match-named';
import { compareCasualties } from './match-victims';

export { type DatePrecision, dateInterval };
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
  casualties: readonly {
    kind: CasualtyKind;
    affiliation: string;
    country: string | null;
    /** How many; absent when the caller does not know it (then counts never contradict). */
    count?: number;
  }[];
  /** Persons named as victims, folded (victim-names.ts); absent when the caller did not look. */
  victimNames?: readonly string[];
}

export interface MatchResult {
  score: number;
  reasons: string[];
}

interface DateComparison {
  score: number;
  reason: string;
  /** Both dated to the day, at most a day apart. */
  sameDay: boolean;
  /** One is a single day and the other starts on it (or both are that day). */
  sameStart: boolean;
  /** Days covered by the wider of the two intervals. */
  width: number;
}

function compareDates(a: MatchSubject, b: MatchSubject): DateComparison | null {
  const [a0, a1] = dateInterval(a);
  const [b0, b1] = dateInterval(b);
  // One day of slack: reports of evening events, and time zones, are often a day apart.
  if (a0 > b1 + 1 || b0 > a1 + 1) return null;
  const width = Math.max(a1 - a0, b1 - b0) + 1;
  // "the attack began Thursday" and "under siege since April 24": one event told from its first day.
  const sameStart = a0 === b0 && (a0 === a1 || b0 === b1);
  if (width > 1 && sameStart && width <= 8)
    return { score: 0.8, reason: 'one starts on the other’s day', sameDay: false, sameStart, width };
  if (width === 1) {
    return a0 === b0
      ? { score: 1, reason: 'same day', sameDay: true, sameStart: true, width }
      : { score: 0.7, reason: 'dates one day apart', sameDay: true, sameStart: false, width };
  }
  // A day inside a week is one chance in seven, inside a month one in thirty: say so.
  const score = width <= 8 ? 0.6 : width <= 31 ? 0.5 : 0.3;
  return {
    score,
    reason: 'dates overlap at the precision reported',
    sameDay: false,
    sameStart: false,
    width,
  };
}

/**
 * How well two places are known to coincide: 'specific' below commune level, 'commune', 'metro'
 * ("Port-au-Prince" against another commune of the capital: compatible, not identifying), or 'none'.
 */
export type PlaceLevel = 'specific' | 'commune' | 'metro' | 'none';

/**
 * News datelines and wires write "in Port-au-Prince" for events anywhere in the capital: Delmas,
 * Tabarre, Cité Soleil, Pétion-Ville, Carrefour... The gazetteer keeps Port-au-Prince as one
 * commune beside those, so a place known only as "Port-au-Prince" may be any of them. The set is
 * the communes of the Port-au-Prince arrondissement (an administrative definition, not a guess at
 * where the city ends); two of these communes named as such still never merge. The same set is
 * where one day brings several unrelated incidents, so the same side hurt is no tie there.
 */
export const PORT_AU_PRINCE_METRO: ReadonlySet<string> = new Set([
  'port-au-prince',
  'delmas',
  'petion-ville',
  'tabarre',
  'cite-soleil',
  'carrefour',
  'kenscoff',
  'gressier',
]);

type PlaceSubject = Pick<MatchSubject, 'placeChain' | 'commune'>;

/** In one of the capital's communes, where one day brings several unrelated incidents. */
const inCapital = (s: PlaceSubject) => s.commune !== null && PORT_AU_PRINCE_METRO.has(s.commune);

/** Known only as the commune of Port-au-Prince itself, not a site or neighbourhood in it. */
const isPortAuPrinceOnly = (s: PlaceSubject) => s.placeChain[0] === 'port-au-prince';

const inOtherMetroCommune = (a: PlaceSubject, b: PlaceSubject) =>
  isPortAuPrinceOnly(a) && b.commune !== null && PORT_AU_PRINCE_METRO.has(b.commune);

interface PlaceComparison {
  score: number;
  reason: string;
  level: PlaceLevel;
}

const isBelowCommune = (s: PlaceSubject) => s.commune !== null && s.placeChain[0] !== s.commune;

export function comparePlaces(a: PlaceSubject, b: PlaceSubject): PlaceComparison | null {
  if (a.placeChain.length === 0 || b.placeChain.length === 0) {
    return { score: 0.4, reason: 'place not known for one of them', level: 'none' };
  }
  if (a.commune && b.commune && a.commune !== b.commune) {
    return inOtherMetroCommune(a, b) || inOtherMetroCommune(b, a)
      ? { score: 0.5, reason: '“Port-au-Prince” may mean the capital’s other communes', level: 'metro' }
      : null;
  }
  const [aHead, bHead] = [a.placeChain[0] ?? '', b.placeChain[0] ?? ''];
  let outer: PlaceSubject | null = null;
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

type TypeSubject = Pick<MatchSubject, 'type'>;

export function compareTypes(a: TypeSubject, b: TypeSubject): { score: number; reason: string } | null {
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

export const MATCH_THRESHOLD = 0.6;

const SECURITY_FORCES = new Set(['police', 'army', 'mss']);

/** null when the two cannot be the same event. */
export function scoreMatch(draft: MatchSubject, stored: MatchSubject): MatchResult | null {
  const date = compareDates(draft, stored);
  const place = comparePlaces(draft, stored);
  const type = compareTypes(draft, stored);
  if (!date || !place || !type || differentNamedVictims(draft, stored)) return null;
  const victims = compareCasualties(draft, stored);
  const named = date.width <= 31 ? namedVictimTie(draft.victimNames, stored.victimNames, place.level) : null;
  const victimScore = named ? 1 : victims.score;
  const score = 0.3 * date.score + 0.25 * place.score + 0.15 * type.score + 0.3 * victimScore;
  const sameVictims = victims.relation === 'same';
  // The capital sees several incidents a day: there the same side is not enough, the same toll is.
  const victimsTie = sameVictims && (victims.countedAlike || !inCapital(draft) || !inCapital(stored));
  const identified =
    // The same site: a clash counted from both sides on one day is still one clash.
    (place.level === 'specific' && date.width <= 31 && (victims.relation !== 'different' || date.sameDay)) ||
    (place.level === 'commune' &&
      date.sameDay &&
      (victimsTie || (type.score === 1 && victims.relation === 'none'))) ||
    (place.level === 'commune' && victimsTie && date.width <= 8) ||
    // "Last month's attack on Arcahaie killed 12": a back-reference by month, outside the capital,
    // to the same commune's victims counted alike.
    (place.level === 'commune' &&
      sameVictims &&
      victims.countedAlike &&
      date.width <= 31 &&
      !inCapital(draft) &&
      !inCapital(stored)) ||
    // Outside the capital, an ongoing attack told from its first day by one report and on that day
    // by another, with victims counted in at most one of them.
    (place.level === 'commune' &&
      date.sameStart &&
      type.score === 1 &&
      !inCapital(draft) &&
      !inCapital(stored) &&
      (victims.relation === 'none' || victims.relation === 'one-sided')) ||
    // "Port-au-Prince" against Delmas: only the same day and the same victims, counted alike, tie them.
    (place.level === 'metro' && date.sameDay && sameVictims && victims.countedAlike) ||
    (sameVictims && date.width <= 31 && victims.sides.some((side) => SECURITY_FORCES.has(side))) ||
    named !== null;
  if (score < MATCH_THRESHOLD || !identified) return null;
  return {
    score: Math.round(score * 100) / 100,
    reasons: [date.reason, place.reason, type.reason, named ?? victims.reason],
  };
}
