/** A date expression found in a sentence, and the small builders the patterns share. */
import { addDays, monthOf, monthStart, weekdayOf, yearOf, ymd } from './calendar';
import { weekdayNumber } from './date-words';
import type { DatePrecision } from './schema';

/** point: when something happened; period: a span that figures cover; deadline/future: not yet. */
/** point: when something happened; report: when someone said so; period: a span figures cover; deadline/future: not yet. */
export type DateRole = 'point' | 'report' | 'period' | 'since' | 'deadline' | 'future';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  role: DateRole;
  date: string | null;
  dateEnd: string | null;
  precision: DatePrecision;
  /** Names its own month or year: does not lean on the publication date. */
  explicit: boolean;
  hasYear: boolean;
  resolved: boolean;
  /** The period as the source put it, prepositions trimmed ("since 2021", "February–March 2025"). */
  label: string;
  weekdayMismatch: { stated: number; actual: number } | null;
  /** The weekday a relative mention names ("on Tuesday": 2), resolved or not. */
  weekday?: number;
  /** "last Tuesday", "mardi dernier": strictly before the day it is counted from. */
  lastWeekday?: boolean;
  /** The month and day a yearless mention names ("Aug. 3": "08-03"), kept when no year can be found. */
  monthDay?: string;
  /** "an overnight attack": a guess (the night before the report) that a day told later replaces. */
  vague?: boolean;
  /**
   * Counted from the day of the event its subject names (« L'arrivée intervient au lendemain de … »:
   * the first letters of that noun, "arriv"), not from the day told last.
   */
  fromLead?: string;
  /** "two days earlier": days from the last date the text gave before it (resolved by the caller). */
  offsetDays?: number;
  /** "came a month after": whole months before it, at month precision. */
  offsetMonths?: number;
}

export type Found = Omit<DateMention, 'start' | 'end' | 'text' | 'label' | 'role' | 'resolved'> & {
  role?: DateRole;
  label?: string;
};
export type Handler = (m: RegExpExecArray, ref: string | null, readOn: string | null) => Found | null;

export function isYear(n: number): boolean {
  return n >= 1990 && n <= 2039;
}

export function base(precision: DatePrecision, explicit: boolean, hasYear: boolean): Found {
  return { date: null, dateEnd: null, precision, explicit, hasYear, weekdayMismatch: null };
}

/** The year for a yearless month/day: the latest not more than two weeks after publication. */
function inferYear(month: number, day: number, ref: string): number {
  const year = yearOf(ref);
  const candidate = ymd(year, month, Math.min(day, 28)) ?? ref;
  return candidate > addDays(ref, 14) ? year - 1 : year;
}

/**
 * With no publication date, "Tuesday, Dec. 10" still fixes its year: the latest year, up to the
 * day the report is read, in which that day fell on that weekday (ten years back at most).
 */
function yearFromWeekday(month: number, day: number, weekday: number, readOn: string): number | null {
  for (let y = yearOf(readOn); y > yearOf(readOn) - 10; y--) {
    const date = ymd(y, month, day);
    if (date && date <= readOn && weekdayOf(date) === weekday) return y;
  }
  return null;
}

export function dayDate(
  year: number | null,
  month: number,
  day: number,
  ref: string | null,
  weekdayWord?: string,
  readOn: string | null = null,
) {
  const stated = weekdayWord ? weekdayNumber(weekdayWord) : null;
  const fromWeekday =
    year === null && !ref && stated !== null && readOn ? yearFromWeekday(month, day, stated, readOn) : null;
  const hasYear = year !== null || fromWeekday !== null;
  const found = base('day', true, hasYear);
  const y = year ?? fromWeekday ?? (ref ? inferYear(month, day, ref) : null);
  if (y === null) {
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { ...found, monthDay: `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  }
  const date = ymd(y, month, day);
  if (!date) return null;
  found.date = date;
  if (stated !== null && stated !== weekdayOf(date))
    found.weekdayMismatch = { stated, actual: weekdayOf(date) };
  return found;
}

/**
 * The first day of the latest `month` begun by `ref` ("in June", « en juin »): this year's, unless it
 * is still to come; `strictlyBefore` ("last June", « juin dernier ») also skips the current month.
 */
export function latestMonth(month: number, ref: string, strictlyBefore: boolean): string {
  const refMonth = monthOf(ref);
  const year = month < refMonth || (month === refMonth && !strictlyBefore) ? yearOf(ref) : yearOf(ref) - 1;
  return monthStart(year, month);
}

export function monthDate(year: number, month: number): Found {
  return { ...base('month', true, true), date: monthStart(year, month) };
}

export function range(from: string, to: string, precision: DatePrecision, role?: DateRole): Found {
  return { ...base(precision, false, false), date: from, dateEnd: to, role };
}
