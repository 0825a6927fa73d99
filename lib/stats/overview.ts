import type { Db } from '../db';
import { dialectOf } from '../store/dialect';
import { byDeploymentCountry, type DeploymentPoint } from './deployments';
import { dateOverlapSql } from './filter-sql';
import { queryRows } from './raw';

export interface PeriodCounts {
  days: number;
  current: number;
  previous: number;
}

const DAY_MS = 86_400_000;
const isoDaysBefore = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

/**
 * Incidents in the last N days (today included) against the N days before, for each N. An
 * incident counts in a period its dates overlap, as every date filter has it (filter-sql.ts):
 * one dated 27 March – 2 April is in both the week to 5 April and the week before.
 */
export async function incidentCountsByPeriod(
  db: Db,
  today: string,
  periods: number[],
): Promise<PeriodCounts[]> {
  if (!periods.length) return [];
  const dialect = dialectOf(db);
  const params: (string | number)[] = [];
  const count = (name: string, from: string, to: string) => {
    const overlap = dateOverlapSql({ from, to }, undefined, dialect);
    params.push(...overlap.params);
    return `sum(CASE WHEN ${overlap.sql} THEN 1 ELSE 0 END) AS ${name}`;
  };
  const selects = periods.flatMap((n, i) => [
    count(`c${i}`, isoDaysBefore(today, n - 1), today),
    count(`p${i}`, isoDaysBefore(today, 2 * n - 1), isoDaysBefore(today, n)),
  ]);
  // Bounded to the longest period's window, found by the end of the incidents' dates: an index
  // range over the recent incidents, not every incident in the store.
  const window = dateOverlapSql(
    { from: isoDaysBefore(today, 2 * Math.max(...periods) - 1), to: today },
    'end',
    dialect,
  );
  const [row] = await queryRows<Record<string, number | null>>(
    db,
    `SELECT ${selects.join(',\n')} FROM "Incident" i
     WHERE i."deletedAt" IS NULL AND i.status <> 'rejected' AND ${window.sql}`,
    [...params, ...window.params],
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
