/**
 * Weeks for the map's time control: ISO weeks, Monday to Sunday, of calendar days in UTC — the
 * days every date filter is written in (YYYY-MM-DD, stored as UTC midnight), so summer time never
 * moves a day from one week to the next. A week is named by its Monday (`week=2025-03-03`).
 * Pure: the page checks the URL's week with it, the slider steps with it.
 */

import { z } from 'zod';
import { isRealDate } from '../dates/iso-date';
import { MONTH_NAMES } from '../dates/month-names';
import type { IncidentFilters } from '../incidents/filters';

/** The weeks the slider runs through: the Monday of the first and of the last, first ≤ last. */
export interface WeekSpan {
  first: string;
  last: string;
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01, a Thursday. */
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00.000Z`) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  return dayOf(dayNumber(day) + days);
}

/** The Monday of the ISO week holding a day. */
export function mondayOf(day: string): string {
  const n = dayNumber(day);
  // Monday = 0: 1970-01-01 was a Thursday (3).
  return dayOf(n - ((((n + 3) % 7) + 7) % 7));
}

export const isMonday = (day: string) => isRealDate(day) && mondayOf(day) === day;

/** The Sunday that ends a week. */
export const weekEnd = (monday: string) => addDays(monday, 6);

/** The weeks holding the days from `from` to `to` (from ≤ to). */
export function spanOf(from: string, to: string): WeekSpan {
  return { first: mondayOf(from), last: mondayOf(to) };
}

export function weekCount(span: WeekSpan): number {
  return (dayNumber(span.last) - dayNumber(span.first)) / 7 + 1;
}

/** The week's place in the span, 0 for the first. */
export function weekIndex(span: WeekSpan, monday: string): number {
  return (dayNumber(monday) - dayNumber(span.first)) / 7;
}

/** The week at a place in the span, kept within it. */
export function weekAt(span: WeekSpan, index: number): string {
  const i = Math.min(Math.max(Math.round(index), 0), weekCount(span) - 1);
  return addDays(span.first, 7 * i);
}

/**
 * The filters for one week: its days as from/to, narrowed to the filters' own dates when the
 * week runs past them (the first and last weeks of a from..to range), every other filter kept.
 * The date test stays the one of every view (lib/stats/filter-sql.ts, dateOverlapSql): an
 * incident is in a week when the days it may have happened on overlap it.
 */
export function filtersForWeek(filters: IncidentFilters, monday: string): IncidentFilters {
  const sunday = weekEnd(monday);
  return {
    ...filters,
    from: filters.from && filters.from > monday ? filters.from : monday,
    to: filters.to && filters.to < sunday ? filters.to : sunday,
  };
}

/**
 * "3 March 2025", or with `short` "3 Mar 2025". Written out rather than by Intl, whose short
 * months differ between ICU versions ("Sep", "Sept"): the server's text and the browser's must match.
 */
export function formatDay(day: string, short = false): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const month = MONTH_NAMES[m - 1] ?? '';
  return `${d} ${short ? month.slice(0, 3) : month} ${y}`;
}

/** "Week of 3 March 2025 – 9 March 2025". */
export const weekLabel = (monday: string) => `Week of ${formatDay(monday)} – ${formatDay(weekEnd(monday))}`;

/** Why a value cannot be the map's week, or null when it can. */
function weekProblem(value: string, span: WeekSpan | null): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value)) return 'must be a date written YYYY-MM-DD';
  if (!isMonday(value)) return `must be a Monday, the first day of a week (${formatDay(value)} is not)`;
  if (!span) return 'no incident matches the other filters, so there is no week to show';
  if (value < span.first || value > span.last)
    return `must be a week from ${formatDay(span.first)} to ${formatDay(weekEnd(span.last))}`;
  return null;
}

/** `week=`: the Monday of a week within the span. */
export function weekParamSchema(span: WeekSpan | null) {
  return z
    .string({ error: 'give one week, by its Monday (YYYY-MM-DD)' })
    .trim()
    .superRefine((value, ctx) => {
      const message = weekProblem(value, span);
      if (message) ctx.addIssue({ code: 'custom', message });
    });
}

/**
 * The week a `week` parameter names, or null for the whole period: when it is missing or empty,
 * or (with `errors`, reported like a bad filter and otherwise ignored) when it is not a Monday
 * within the span.
 */
export function parseWeekParam(
  value: string | string[] | undefined,
  span: WeekSpan | null,
): { week: string | null; errors?: string[] } {
  if (value === undefined || value === '') return { week: null };
  const parsed = weekParamSchema(span).safeParse(value);
  if (parsed.success) return { week: parsed.data };
  return { week: null, errors: parsed.error.issues.map((issue) => issue.message) };
}
