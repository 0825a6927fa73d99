/** Calendar arithmetic on ISO dates (UTC, no times). */
import { toIsoDate, utcDate } from '../dates/iso-date';
import { MONTH_NAMES } from '../dates/month-names';

export { MONTH_NAMES };

export function ymd(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return toIsoDate(d);
}

export function addDays(iso: string, days: number): string {
  const d = utcDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return utcDate(iso).getUTCDay();
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

export function monthStart(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

export function monthEnd(year: number, month: number): string {
  return toIsoDate(new Date(Date.UTC(year, month, 0)));
}

/** Shift a (year, month) pair by `delta` months. */
export function shiftMonth(year: number, month: number, delta: number): [number, number] {
  const index = year * 12 + (month - 1) + delta;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** The Monday of the week (Monday–Sunday) that holds `iso`. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

/** The most recent `weekday` strictly before `iso`. */
export function previousWeekday(iso: string, weekday: number): string {
  const back = (weekdayOf(iso) - weekday + 7) % 7 || 7;
  return addDays(iso, -back);
}

/** The latest such weekday on or before `iso`. */
export function sameOrPreviousWeekday(iso: string, weekday: number): string {
  return addDays(iso, -((weekdayOf(iso) - weekday + 7) % 7));
}

export function formatLongDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTH_NAMES[monthOf(iso) - 1]} ${yearOf(iso)}`;
}

/** Whether two closed ranges of ISO dates share a day. */
export function rangesOverlap(a: [string, string], b: [string, string]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** "2023-06" or "2023-06-01" → "June 2023". */
export function formatMonth(isoOrMonth: string): string {
  return `${MONTH_NAMES[Number(isoOrMonth.slice(5, 7)) - 1]} ${isoOrMonth.slice(0, 4)}`;
}
