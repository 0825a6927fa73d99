/**
 * Disagreements between the report just stored and the reports already stored, found when it
 * is stored so the editor sees them at once: different start dates for the mission, different
 * figures for the same thing and period, different strengths for the same contingent and month.
 * Nothing is resolved: both claims stay, and the disagreement is said.
 */
import type { WarningDetail } from '../extract/schema';
import { monthHeading } from '../incidents/labels';
import type { SqlConnection } from '../store/write-connection';

const reportList = (ids: number[]) => ids.map((id) => `#${id}`).join(', ');

function missionStartConflicts(sql: SqlConnection, reportId: number): WarningDetail[] {
  // The mission's start on the ground: its launch and the first contingent's deployment are
  // the same fact (the Kenyan contingent opened the mission).
  const rows = sql
    .prepare(
      `SELECT reportId, substr(date, 1, 7) AS month, excerpt FROM Deployment
       WHERE milestone IN ('mission_launch', 'first_deployment') AND reportId IS NOT NULL`,
    )
    .all() as { reportId: number; month: string; excerpt: string }[];
  const mine = rows.filter((r) => r.reportId === reportId);
  const warnings: WarningDetail[] = [];
  for (const m of mine) {
    const others = rows.filter((r) => r.reportId !== reportId && r.month !== m.month);
    if (others.length === 0) continue;
    const byMonth = new Map<string, number[]>();
    for (const o of others) byMonth.set(o.month, [...new Set([...(byMonth.get(o.month) ?? []), o.reportId])]);
    const elsewhere = [...byMonth].map(
      ([month, ids]) => `${monthHeading(`${month}-01`)} (report ${reportList(ids)})`,
    );
    warnings.push({
      code: 'conflicting_figures',
      message: `This report dates the start of the mission to ${monthHeading(`${m.month}-01`)}; stored reports say ${elsewhere.join(' and ')}.`,
      evidence: m.excerpt,
    });
  }
  return warnings;
}

interface ConflictRow {
  label: string;
  value: number;
  excerpt: string;
  others: string;
  otherValues: string;
}

const describe = (r: ConflictRow): WarningDetail => ({
  code: 'conflicting_figures',
  message: `${r.label}: this report says ${r.value.toLocaleString('en')}; report ${reportList(
    r.others.split(',').map(Number),
  )} say ${r.otherValues
    .split(',')
    .map((v) => Number(v).toLocaleString('en'))
    .join(' / ')}.`,
  evidence: r.excerpt,
});

function figureConflicts(sql: SqlConnection, reportId: number): WarningDetail[] {
  const rows = sql
    .prepare(
      `SELECT f.metric || ' in ' || f.scope || ', ' || f.periodLabel AS label, f.value, f.excerpt,
              group_concat(DISTINCT o.reportId) AS others, group_concat(DISTINCT o.value) AS otherValues
       FROM Figure f JOIN Figure o
         ON o.reportId <> f.reportId AND o.metric = f.metric AND o.scope = f.scope
        AND o.periodLabel = f.periodLabel AND coalesce(o.affiliation, '') = coalesce(f.affiliation, '')
        AND coalesce(o.country, '') = coalesce(f.country, '') AND o.value <> f.value
       WHERE f.reportId = ? AND f.periodLabel <> ''
       GROUP BY f.id`,
    )
    .all(reportId) as ConflictRow[];
  return rows.map(describe);
}

function strengthConflicts(sql: SqlConnection, reportId: number): WarningDetail[] {
  const rows = sql
    .prepare(
      `SELECT d.country || ' strength in ' || substr(d.date, 1, 7) AS label, d.personnel AS value, d.excerpt,
              group_concat(DISTINCT o.reportId) AS others, group_concat(DISTINCT o.personnel) AS otherValues
       FROM Deployment d JOIN Deployment o
         ON o.country = d.country AND substr(o.date, 1, 7) = substr(d.date, 1, 7) AND o.kind = 'strength'
        AND o.reportId <> d.reportId AND o.personnel <> d.personnel
       WHERE d.reportId = ? AND d.kind = 'strength'
       GROUP BY d.id`,
    )
    .all(reportId) as ConflictRow[];
  return rows.map(describe);
}

export function crossReportWarnings(sql: SqlConnection, reportId: number): WarningDetail[] {
  return [
    ...missionStartConflicts(sql, reportId),
    ...figureConflicts(sql, reportId),
    ...strengthConflicts(sql, reportId),
  ];
}
