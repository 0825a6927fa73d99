/**
 * The days an incident may have happened on, at its precision: from its date to its end date, or
 * without one to the end of its week (six days on), month or year. One rule for matching reports
 * (match.ts) and for every date filter. In SQL the end is Incident.dateLast, kept by triggers with
 * this same rule (migration 20261205115926_incident_date_last; date-ranges.test.ts holds the two
 * equal); lib/stats/filter-sql.ts compares it. Pure.
 */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

const DAY_MS = 86_400_000;
const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** The days an incident may have happened on, as [first, last] day numbers (days since 1970). */
export function dateInterval(s: {
  date: string;
  dateEnd: string | null;
  datePrecision: DatePrecision;
}): [number, number] {
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

/** Whether an incident's days overlap a range of calendar days (either end may be open). */
export function overlapsRange(
  s: Parameters<typeof dateInterval>[0],
  range: { from?: string; to?: string },
): boolean {
  const [first, last] = dateInterval(s);
  return (!range.to || first <= toDay(range.to)) && (!range.from || last >= toDay(range.from));
}
