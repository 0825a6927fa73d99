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

/** Whole-mission rows: the MSS (2024–2025) and the Gang Suppression Force that succeeded it. */
export const WHOLE_MISSIONS: ReadonlyMap<string, string> = new Map([
  ['MSS-total', 'Whole mission (MSS)'],
  ['GSF-total', 'Whole force (GSF)'],
]);

export const isWholeMission = (country: string): boolean => WHOLE_MISSIONS.has(country);

/** How a row's country is shown: a contingent by its country, the whole mission by name. */
export const deploymentLabel = (country: string): string => WHOLE_MISSIONS.get(country) ?? country;

/** Whole-mission rows first (MSS, then GSF), then contingents by name. */
export function byDeploymentCountry(a: string, b: string): number {
  const order = [...WHOLE_MISSIONS.keys()];
  const ra = order.indexOf(a);
  const rb = order.indexOf(b);
  if (ra >= 0 || rb >= 0) return (ra < 0 ? order.length : ra) - (rb < 0 ? order.length : rb);
  return a.localeCompare(b);
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
  const countries = [...new Set(usable.map((p) => p.country))].sort(byDeploymentCountry);
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
 * The mission's strength in a month: the latest whole-mission figure known by then (the MSS's,
 * or the GSF's once it has one), otherwise the sum of each contingent's latest figure. Used for
 * casualties per 1,000 deployed.
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
  for (let i = known.length - 1; i >= 0; i--) {
    const whole = [...WHOLE_MISSIONS.keys()].map((c) => known[i]?.[c]).find((v) => typeof v === 'number');
    if (typeof whole === 'number') return whole;
  }
  const parts = series.countries
    .filter((c) => !isWholeMission(c))
    .map(latest)
    .filter((v): v is number => v !== null);
  return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
}
