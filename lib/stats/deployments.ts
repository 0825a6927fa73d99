/**
 * Contingent strength over time, every point with its source. Reports disagree (about 900 in
 * February, "at least 800 Kenyans" in March, about 1,000 in April): nothing is averaged away.
 * Each country's line steps through the median of the figures given for each month, and the
 * figures themselves are listed side by side.
 */

import { toIsoDate } from '../dates/iso-date';
import type { Db } from '../db';

export interface DeploymentPoint {
  id: number;
  country: string;
  personnel: number | null;
  hedge: string;
  date: string;
  datePrecision: string;
  kind: 'arrival' | 'strength' | 'planned';
  milestone: string | null;
  reportId: number | null;
  reportTitle: string | null;
  excerpt: string;
}

export async function listDeployments(db: Db): Promise<DeploymentPoint[]> {
  const rows = await db.deployment.findMany({
    orderBy: [{ date: 'asc' }, { country: 'asc' }, { id: 'asc' }],
    include: { report: { select: { title: true } } },
  });
  return rows.map((d) => ({
    id: d.id,
    country: d.country,
    personnel: d.personnel,
    hedge: d.hedge,
    date: toIsoDate(d.date),
    datePrecision: d.datePrecision,
    kind: d.kind,
    milestone: d.milestone,
    reportId: d.reportId,
    reportTitle: d.report?.title ?? null,
    excerpt: d.excerpt,
  }));
}

export interface StrengthSeries {
  /** One row per month with a figure: { month, [country]: median personnel }. */
  rows: Record<string, string | number>[];
  countries: string[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

/** Strength per country per month (arrivals with a head count count as strength then). */
export function strengthSeries(points: readonly DeploymentPoint[]): StrengthSeries {
  const usable = points.filter((p) => p.personnel !== null && p.kind !== 'planned');
  const countries = [...new Set(usable.map((p) => p.country))].sort((a, b) =>
    a === 'MSS' ? -1 : b === 'MSS' ? 1 : a.localeCompare(b),
  );
  const months = [...new Set(usable.map((p) => p.date.slice(0, 7)))].sort();
  const rows = months.map((month) => {
    const row: Record<string, string | number> = { month };
    for (const country of countries) {
      const values = usable
        .filter((p) => p.country === country && p.date.startsWith(month))
        .map((p) => p.personnel as number);
      if (values.length) row[country] = median(values);
    }
    return row;
  });
  return { rows, countries };
}

export interface ConflictGroup {
  key: string;
  label: string;
  points: DeploymentPoint[];
}

/** Months where sources give different figures for one contingent, and disputed start dates. */
export function deploymentConflicts(points: readonly DeploymentPoint[]): ConflictGroup[] {
  const groups = new Map<string, DeploymentPoint[]>();
  for (const p of points) {
    if (p.milestone) continue;
    const key = `${p.country}|${p.kind}|${p.date.slice(0, 7)}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const conflicts: ConflictGroup[] = [...groups]
    .filter(([, ps]) => new Set(ps.map((p) => p.personnel)).size > 1)
    .map(([key, ps]) => ({
      key,
      label: `${ps[0]?.country} ${ps[0]?.kind}, ${ps[0]?.date.slice(0, 7)}`,
      points: ps,
    }));
  const starts = points.filter((p) => p.milestone);
  if (new Set(starts.map((p) => p.date.slice(0, 7))).size > 1) {
    conflicts.unshift({ key: 'mission-start', label: 'Start of the mission', points: starts });
  }
  return conflicts;
}

/**
 * The MSS's strength in a month: the whole-mission figure if one is known by then, otherwise
 * the sum of each contingent's latest figure. Used for casualties per 1,000 deployed.
 */
export function strengthAt(series: StrengthSeries, month: string): number | null {
  const known = series.rows.filter((r) => String(r.month) <= month);
  const latest = (country: string) => {
    for (let i = known.length - 1; i >= 0; i--) {
      const v = known[i]?.[country];
      if (typeof v === 'number') return v;
    }
    return null;
  };
  const whole = latest('MSS');
  if (whole !== null) return whole;
  const parts = series.countries.map(latest).filter((v): v is number => v !== null);
  return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
}
