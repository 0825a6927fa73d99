/**
 * Calendar time for the charts: a series holds only the periods with data, so without this a
 * chart would draw March 2025 next to March 2026. Keys are `YYYY-MM` (month) or the Monday of
 * the week as `YYYY-MM-DD` (week), in UTC like the stored dates.
 */
import { z } from 'zod';
import type { MonthPoint } from './casualties';

export const periodSchema = z.enum(['month', 'week']).catch('month');
export type Period = z.infer<typeof periodSchema>;

const DAY_MS = 86_400_000;

/** The key of the period after `key`. */
export function nextPeriod(key: string, period: Period): string {
  if (period === 'week')
    return new Date(Date.parse(`${key}T00:00:00Z`) + 7 * DAY_MS).toISOString().slice(0, 10);
  const [y = 0, m = 1] = key.split('-').map(Number);
  const [year, month] = m === 12 ? [y + 1, 1] : [y, m + 1];
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The Monday (UTC) of the week an ISO date falls in. */
export function weekOf(isoDate: string): string {
  const t = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  const sinceMonday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** Start of a period key as a timestamp (ms, UTC): a numeric time axis spaces by it. */
export function periodStart(key: string): number {
  return Date.parse(key.length === 7 ? `${key}-01T00:00:00Z` : `${key.slice(0, 10)}T00:00:00Z`);
}

/**
 * Every period from the first to the last with data, the empty ones made by `empty`. A series
 * longer than `limit` periods is returned as it is (a wrong date must not make a million rows).
 */
export function fillPeriods<T extends { month: string }>(
  points: readonly T[],
  options: { period: Period; empty: (key: string) => T; limit?: number },
): T[] {
  const first = points[0]?.month;
  const last = points.at(-1)?.month;
  if (points.length < 2 || !first || !last) return [...points];
  const byKey = new Map(points.map((p) => [p.month, p]));
  const filled: T[] = [];
  for (let key = first; key <= last; key = nextPeriod(key, options.period)) {
    if (filled.length >= (options.limit ?? 2000)) return [...points];
    filled.push(byKey.get(key) ?? options.empty(key));
  }
  return filled;
}

/** A casualty series with its empty periods at zero. */
export function fillCasualtyPeriods(points: readonly MonthPoint[], period: Period): MonthPoint[] {
  return fillPeriods(points, { period, empty: emptyCasualtyPoint });
}

/** A month (or week) in which nothing was recorded: every figure zero. */
export const emptyCasualtyPoint = (month: string): MonthPoint => ({
  month,
  killed: 0,
  injured: 0,
  missing: 0,
  killedLow: 0,
  killedHigh: 0,
  injuredLow: 0,
  injuredHigh: 0,
  missingLow: 0,
  missingHigh: 0,
});
