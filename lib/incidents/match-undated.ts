/**
 * An incident its report could not date ("on Tuesday", no publication date) may still be one the
 * store holds: only on strong identity, since a weekday recurs every week.
 */
import {
  compareCasualties,
  comparePlaces,
  compareTypes,
  type MatchResult,
  type MatchSubject,
  sameVictimsCounted,
} from './match';

/** An incident its report could not date: it may name the weekday ("on Tuesday": 2, Sunday 0). */
export interface UndatedSubject extends Pick<MatchSubject, 'type' | 'placeChain' | 'commune' | 'casualties'> {
  weekday: number | null;
}

export interface UndatedMatchResult extends MatchResult {
  /** How many strong identifications hold: the same site, the same victims counted alike. */
  strength: 1 | 2;
}

const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/**
 * Could an undated incident be this stored one? With no date to compare, only strong identity
 * counts, and never a place known only as "Port-au-Prince" against another commune of the capital:
 * - the stored incident falls on the weekday the report names (dated to that day), when it names one;
 * - the type is compatible;
 * - the same victims counted alike, at the same site or neighbourhood or in the same commune;
 *   with no weekday named, the same site as well.
 * The caller bounds the time window and takes a match only when it is the single best one.
 */
export function scoreUndatedMatch(draft: UndatedSubject, stored: MatchSubject): UndatedMatchResult | null {
  const reasons: string[] = [];
  if (draft.weekday !== null) {
    const oneDay = stored.datePrecision === 'day' && (!stored.dateEnd || stored.dateEnd === stored.date);
    if (!oneDay || weekdayOf(stored.date) !== draft.weekday) return null;
    reasons.push('on the weekday the report names');
  }
  const type = compareTypes(draft, stored);
  const place = comparePlaces(draft, stored);
  if (!type || !place || (place.level !== 'specific' && place.level !== 'commune')) return null;
  const victims = compareCasualties(draft, stored);
  const sameSite = place.level === 'specific' && victims.relation !== 'different';
  const sameVictims = sameVictimsCounted(draft, stored);
  const strength = Number(sameSite) + Number(sameVictims);
  // A weekday recurs every week: the same victims, counted alike, must always be among the evidence
  // (a site alone let an undated Tuesday shooting join another Tuesday's attack months later).
  if (!sameVictims || (draft.weekday === null && strength < 2)) return null;
  reasons.push(place.reason, type.reason, sameVictims ? 'the same victims, counted alike' : victims.reason);
  return { score: strength === 2 ? 0.9 : 0.75, reasons, strength: strength as 1 | 2 };
}
