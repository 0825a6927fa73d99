/**
 * An incident its report could not date ("on Tuesday", "Aug. 3", no publication date) may still be
 * one the store holds: only on strong identity, since a weekday recurs every week and a month-day
 * every year.
 */
import { comparePlaces, compareTypes, dateInterval, type MatchResult, type MatchSubject } from './match';
import { differentNamedVictims, namedVictimTie } from './match-named';
import { compareCasualties, sameVictimsCounted } from './match-victims';

/** An incident its report could not date: it may name the weekday ("on Tuesday": 2, Sunday 0). */
export interface UndatedSubject
  extends Pick<MatchSubject, 'type' | 'placeChain' | 'commune' | 'casualties' | 'victimNames'> {
  weekday: number | null;
  /** The month and day of a yearless date ("Aug. 3" = "08-03"). */
  monthDay?: string | null;
}

export interface UndatedMatchResult extends MatchResult {
  /** How many strong identifications hold: the same site, the same victims counted alike, a named victim. */
  strength: number;
}

const DAY_MS = 86_400_000;
const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** The days (day numbers) a month-day falls on in the years from `first` to `last`, inclusive. */
export function monthDayDays(monthDay: string, [first, last]: [number, number]): number[] {
  const [m, d] = monthDay.split('-').map(Number) as [number, number];
  const days: number[] = [];
  const [y0, y1] = [first, last].map((day) => new Date(day * DAY_MS).getUTCFullYear()) as [number, number];
  for (let y = y0; y <= y1; y++) {
    const t = Date.UTC(y, m - 1, d);
    // 29 February exists only in leap years.
    if (new Date(t).getUTCDate() === d && t / DAY_MS >= first && t / DAY_MS <= last) days.push(t / DAY_MS);
  }
  return days;
}

/** Whether the stored incident falls on the day the report names; null when it names none. */
function onTheDayNamed(draft: UndatedSubject, stored: MatchSubject): string[] | null | false {
  const reasons: string[] = [];
  if (draft.weekday !== null) {
    const oneDay = stored.datePrecision === 'day' && (!stored.dateEnd || stored.dateEnd === stored.date);
    if (!oneDay || weekdayOf(stored.date) !== draft.weekday) return false;
    reasons.push('on the weekday the report names');
  }
  if (draft.monthDay) {
    if (monthDayDays(draft.monthDay, dateInterval(stored)).length === 0) return false;
    reasons.push('on the month and day the report names');
  }
  return reasons.length > 0 ? reasons : null;
}

type Casualties = Pick<MatchSubject, 'casualties'>;
const sidesHurt = (s: Casualties) =>
  new Set(s.casualties.filter((c) => c.affiliation !== 'unknown').map((c) => c.affiliation));

/** Both name the same sides hurt, each of a compatible kind in the other. */
function sameSidesHurt(draft: Casualties, stored: Casualties): boolean {
  const victims = compareCasualties(draft, stored);
  const [mine, theirs] = [sidesHurt(draft), sidesHurt(stored)];
  return (
    victims.relation === 'same' &&
    mine.size === theirs.size &&
    [...mine].every((side) => theirs.has(side) && victims.sides.includes(side))
  );
}

/**
 * Could an undated incident be this stored one? With no date to compare, only strong identity
 * counts, and never a place known only as "Port-au-Prince" against another commune of the capital:
 * - the stored incident falls on the day the report names: on its weekday, dated to that day; within
 *   its interval, for a month and day ("Aug. 3" in "2-3 August 2025");
 * - the type is compatible, the places are (at the same site or in the same commune, or anywhere
 *   compatible for the same victim named in full: see match-named.ts);
 * - and it is the same event by one of:
 *   . the same victims counted alike;
 *   . the same person named as a victim;
 *   . with a weekday, the same site (below commune: a hospital, a neighbourhood), the same type and
 *     the same sides hurt. Early and later reports of one attack give different tolls ("four
 *     journalists and an officer killed", then "two journalists and an officer"); the same site,
 *     weekday, type and sides hurt, with no other stored incident fitting as well
 *     (pickUndatedMatch), tell it as a careful reader would. A site and a weekday alone never did:
 *     an undated Tuesday shooting once joined another Tuesday's attack months later, its victims on
 *     another side. The risk left: the site attacked on another such weekday with the same sides
 *     hurt, while the event the report tells is not stored; in a commune (several incidents a
 *     day in the capital) the tolls must still agree;
 *   . with a month and day (once a year, not once a week), the same site with a side hurt in both;
 *   . with no day named, two of: the same site, the same victims counted alike, a named victim.
 * The caller bounds the time window and takes a match only when it is the single best one.
 */
export function scoreUndatedMatch(draft: UndatedSubject, stored: MatchSubject): UndatedMatchResult | null {
  const day = onTheDayNamed(draft, stored);
  if (day === false) return null;
  const type = compareTypes(draft, stored);
  const place = comparePlaces(draft, stored);
  if (!type || !place || place.level === 'metro' || differentNamedVictims(draft, stored)) return null;
  const named = namedVictimTie(draft.victimNames, stored.victimNames, place.level);
  if (!named && place.level !== 'specific' && place.level !== 'commune') return null;
  const victims = compareCasualties(draft, stored);
  const atSite = place.level === 'specific';
  const sameSite = atSite && victims.relation !== 'different';
  const sameVictims = sameVictimsCounted(draft, stored);
  const strength = Number(sameSite) + Number(sameVictims) + Number(named !== null);
  const identified = draft.monthDay
    ? sameVictims || named !== null || (atSite && victims.relation === 'same')
    : draft.weekday !== null
      ? sameVictims || named !== null || (atSite && type.score === 1 && sameSidesHurt(draft, stored))
      : strength >= 2;
  if (!identified) return null;
  const why = named ?? (sameVictims ? 'the same victims, counted alike' : victims.reason);
  return {
    score: strength >= 2 ? 0.9 : 0.75,
    reasons: [...(day ?? []), place.reason, type.reason, why],
    strength,
  };
}
