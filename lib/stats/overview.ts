import type { Db } from '../db';
import { sqlDate } from '../store/sql-values';
import { byDeploymentCountry, type DeploymentPoint } from './deployments';
import { queryRows } from './raw';

export interface PeriodCounts {
  days: number;
  current: number;
  previous: number;
}

const DAY_MS = 86_400_000;
const isoDaysBefore = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

/** Incidents in the last N days (today included) against the N days before, for each N. */
export async function incidentCountsByPeriod(
  db: Db,
  today: string,
  periods: number[],
): Promise<PeriodCounts[]> {
  if (!periods.length) return [];
  const selects = periods
    .map(
      (_, i) => `sum(CASE WHEN date > ? AND date <= ? THEN 1 ELSE 0 END) AS c${i},
                 sum(CASE WHEN date > ? AND date <= ? THEN 1 ELSE 0 END) AS p${i}`,
    )
    .join(',\n');
  const params = periods.flatMap((n) => [
    sqlDate(isoDaysBefore(today, n)),
    sqlDate(today),
    sqlDate(isoDaysBefore(today, 2 * n)),
    sqlDate(isoDaysBefore(today, n)),
  ]);
  const [row] = await queryRows<Record<string, number | null>>(
    db,
    // Bounded to the longest period's window: an index range, not every incident in the store.
    `SELECT ${selects} FROM Incident WHERE deletedAt IS NULL AND status <> 'rejected' AND date > ? AND date <= ?`,
    [...params, sqlDate(isoDaysBefore(today, 2 * Math.max(...periods))), sqlDate(today)],
  );
  return periods.map((days, i) => ({ days, current: row?.[`c${i}`] ?? 0, previous: row?.[`p${i}`] ?? 0 }));
}

/** The latest reported strength of each contingent, with where it comes from. */
export function currentStrength(points: readonly DeploymentPoint[]): DeploymentPoint[] {
  const latest = new Map<string, DeploymentPoint>();
  for (const p of points) {
    if (p.personnel === null || p.kind === 'planned') continue;
    const seen = latest.get(p.country);
    if (!seen || p.date >= seen.date) latest.set(p.country, p);
  }
  return [...latest.values()].sort((a, b) => byDeploymentCountry(a.country, b.country));
}
