/**
 * Disagreements between the report just stored and the reports already stored, found when it
 * is stored so the editor sees them at once: different start dates for the mission, different
 * figures for the same thing and period, different strengths for the same contingent and month.
 * Nothing is resolved: both claims stay, and the disagreement is said.
 */
import type { WarningDetail } from '../extract/schema';
import { monthHeading } from '../incidents/labels';
import { type Dialect, monthKey } from '../store/dialect';
import type { Sql } from '../store/sql';

const reportList = (ids: number[]) => ids.map((id) => `#${id}`).join(', ');

/** The distinct values of a group, comma-separated (SQLite's group_concat(DISTINCT …)). */
const distinctList = (expr: string, dialect: Dialect) =>
  dialect === 'sqlite' ? `group_concat(DISTINCT ${expr})` : `string_agg(DISTINCT CAST(${expr} AS text), ',')`;

async function missionStartConflicts(sql: Sql, reportId: number): Promise<WarningDetail[]> {
  // The mission's start on the ground: its launch and the first contingent's deployment are
  // the same fact (the Kenyan contingent opened the mission).
  const rows = await sql.all<{ reportId: number; month: string; excerpt: string }>(
    `SELECT "reportId", ${monthKey('"date"', sql.dialect)} AS "month", "excerpt" FROM "Deployment"
     WHERE "milestone" IN ('mission_launch', 'first_deployment') AND "reportId" IS NOT NULL`,
  );
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

async function figureConflicts(sql: Sql, reportId: number): Promise<WarningDetail[]> {
  const { dialect } = sql;
  const rows = await sql.all<ConflictRow>(
    `SELECT "f"."metric" || ' in ' || "f"."scope" || ', ' || "f"."periodLabel" AS "label", "f"."value", "f"."excerpt",
            ${distinctList('"o"."reportId"', dialect)} AS "others", ${distinctList('"o"."value"', dialect)} AS "otherValues"
     FROM "Figure" "f" JOIN "Figure" "o"
       ON "o"."reportId" <> "f"."reportId" AND "o"."metric" = "f"."metric" AND "o"."scope" = "f"."scope"
      AND "o"."periodLabel" = "f"."periodLabel"
      AND coalesce(CAST("o"."affiliation" AS text), '') = coalesce(CAST("f"."affiliation" AS text), '')
      AND coalesce("o"."country", '') = coalesce("f"."country", '') AND "o"."value" <> "f"."value"
     WHERE "f"."reportId" = ? AND "f"."periodLabel" <> ''
     GROUP BY "f"."id"`,
    [reportId],
  );
  return rows.map(describe);
}

async function strengthConflicts(sql: Sql, reportId: number): Promise<WarningDetail[]> {
  const { dialect } = sql;
  const month = (alias: string) => monthKey(`"${alias}"."date"`, dialect);
  const rows = await sql.all<ConflictRow>(
    `SELECT "d"."country" || ' strength in ' || ${month('d')} AS "label", "d"."personnel" AS "value", "d"."excerpt",
            ${distinctList('"o"."reportId"', dialect)} AS "others", ${distinctList('"o"."personnel"', dialect)} AS "otherValues"
     FROM "Deployment" "d" JOIN "Deployment" "o"
       ON "o"."country" = "d"."country" AND ${month('o')} = ${month('d')} AND "o"."kind" = 'strength'
      AND "o"."reportId" <> "d"."reportId" AND "o"."personnel" <> "d"."personnel"
     WHERE "d"."reportId" = ? AND "d"."kind" = 'strength'
     GROUP BY "d"."id"`,
    [reportId],
  );
  return rows.map(describe);
}

export async function crossReportWarnings(sql: Sql, reportId: number): Promise<WarningDetail[]> {
  return [
    ...(await missionStartConflicts(sql, reportId)),
    ...(await figureConflicts(sql, reportId)),
    ...(await strengthConflicts(sql, reportId)),
  ];
}
