/**
 * Stored incidents an undated drafted one could be, and the one it reports when a single one
 * qualifies best (scoreUndatedMatch says what qualifies).
 */
import { monthDayDays, scoreUndatedMatch, type UndatedSubject } from '../incidents/match-undated';
import { type Dialect, dayKey, keyIn } from '../store/dialect';
import type { Sql } from '../store/sql';
import { sqlDate, sqlDateTime } from '../store/sql-values';
import { surnameMatch, surnamePatterns, withNamesToMatch } from './candidate-victims';
import {
  type Candidate,
  type CandidateOptions,
  DAY_MS,
  dayToIso,
  type SubjectRow,
  type SuggestedMatch,
  subjectColumns,
  withClaims,
} from './candidates';

/**
 * The days an undated report's event may fall on: the 12 months before it comes in, widened back
 * to the oldest publication date among the reports the store received in those 12 months (less a
 * week, as "on Tuesday" looks back). A live feed then looks back a year; a back-fill of 2024
 * pages loaded in 2026 looks back over 2024, where its undated copies belong. The single-best
 * rule (pickUndatedMatch) and the strong identity it needs guard the rest.
 */
export async function undatedWindow(sql: Sql, now: Date): Promise<[string, string]> {
  const today = Math.floor(now.getTime() / DAY_MS);
  const yearAgo = today - 365;
  const row = await sql.get<{ oldest: string | null }>(
    `SELECT min(${dayKey('"publishedAt"', sql.dialect)}) AS "oldest" FROM "Report"
     WHERE "publishedAt" IS NOT NULL AND "ingestedAt" >= ?`,
    [sqlDateTime(new Date(yearAgo * DAY_MS))],
  );
  const oldest = row?.oldest ? Math.round(Date.parse(`${row.oldest}T00:00:00Z`) / DAY_MS) - 7 : yearAgo;
  return [dayToIso(Math.min(yearAgo, oldest)), dayToIso(today)];
}

/** The end of a stored incident's interval, as dateInterval computes it, in SQL (YYYY-MM-DD). */
function intervalEnd(dialect: Dialect): string {
  if (dialect === 'sqlite') {
    return `CASE
  WHEN "i"."dateEnd" IS NOT NULL THEN substr("i"."dateEnd", 1, 10)
  WHEN "i"."datePrecision" = 'day' THEN substr("i"."date", 1, 10)
  WHEN "i"."datePrecision" = 'week' THEN date(substr("i"."date", 1, 10), '+6 days')
  WHEN "i"."datePrecision" = 'month' THEN date(substr("i"."date", 1, 10), 'start of month', '+1 month', '-1 day')
  ELSE date(substr("i"."date", 1, 10), 'start of year', '+1 year', '-1 day') END`;
  }
  const day = (expr: string) => `to_char(${expr}, 'YYYY-MM-DD')`;
  return `CASE
  WHEN "i"."dateEnd" IS NOT NULL THEN ${day('"i"."dateEnd"')}
  WHEN "i"."datePrecision" = 'day' THEN ${day('"i"."date"')}
  WHEN "i"."datePrecision" = 'week' THEN ${day(`"i"."date" + interval '6 days'`)}
  WHEN "i"."datePrecision" = 'month' THEN ${day(`date_trunc('month', "i"."date") + interval '1 month' - interval '1 day'`)}
  ELSE ${day(`date_trunc('year', "i"."date") + interval '1 year' - interval '1 day'`)} END`;
}

/** The weekday of a stored incident's day, 0 = Sunday (as `weekday` counts), as an integer. */
const weekdayOf = (dialect: Dialect) =>
  dialect === 'sqlite'
    ? `CAST(strftime('%w', substr("i"."date", 1, 10)) AS INTEGER)`
    : `CAST(EXTRACT(DOW FROM "i"."date") AS integer)`;

/** A subquery of the JSON list parameter's values as "value". */
const jsonValues = (dialect: Dialect, alias: string) =>
  dialect === 'sqlite'
    ? `json_each(?) "${alias}"`
    : `json_array_elements_text(CAST(? AS json)) AS "${alias}"("value")`;

const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/**
 * Stored incidents an undated one could be: in the window, on the day named (the weekday, dated to
 * that day; an interval holding the month and day), and either in the draft's commune (an undated
 * incident never joins on a wider or unknown place alone) or told with a surname of a person the
 * draft names as a victim. Scored by the caller.
 */
export async function findUndatedCandidates(
  sql: Sql,
  subject: UndatedSubject,
  options: CandidateOptions & { now: Date },
): Promise<Candidate[]> {
  const keys = subject.commune
    ? [...options.places].filter(([, p]) => p.commune === subject.commune).map(([key]) => key)
    : [];
  const patterns = surnamePatterns(subject.victimNames ?? []);
  if (keys.length === 0 && patterns.length === 0) return [];
  const [first, last] = await undatedWindow(sql, options.now);
  const days = subject.monthDay
    ? monthDayDays(subject.monthDay, [toDay(first), toDay(last)]).map(dayToIso)
    : null;
  const { dialect } = sql;
  const inCommune = keyIn('"l"."key"', keys, dialect);
  const rows = await sql.all<SubjectRow>(
    `SELECT ${subjectColumns(dialect)}
     WHERE "i"."deletedAt" IS NULL AND "i"."status" <> 'rejected'
       AND "i"."date" BETWEEN ? AND ?
       AND (CAST(? AS integer) IS NULL OR ("i"."datePrecision" = 'day' AND ${weekdayOf(dialect)} = ?))
       AND (CAST(? AS integer) IS NULL OR EXISTS (SELECT 1 FROM ${jsonValues(dialect, 'd')}
                                 WHERE ${dayKey('"i"."date"', dialect)} <= "d"."value" AND ${intervalEnd(dialect)} >= "d"."value"))
       AND (${inCommune.sql}
            OR EXISTS (SELECT 1 FROM "IncidentSource" "s"
                       WHERE "s"."incidentId" = "i"."id" AND EXISTS (${surnameMatch(sql, '"s"."excerpt"')})))
       AND NOT EXISTS (SELECT 1 FROM "IncidentSource" "s" WHERE "s"."incidentId" = "i"."id" AND "s"."reportId" = ?)`,
    [
      sqlDate(first),
      sqlDate(last),
      subject.weekday,
      subject.weekday ?? -1,
      days === null ? null : 1,
      JSON.stringify(days ?? []),
      ...inCommune.params,
      JSON.stringify(patterns),
      options.excludeReportId ?? -1,
    ],
  );
  return withNamesToMatch(sql, await withClaims(sql, rows, options.places), {
    names: subject.victimNames,
    places: options.placeNames ?? new Set(),
    matching: (c) => scoreUndatedMatch(subject, c) !== null,
  });
}

/**
 * The stored incident an undated one reports: the only candidate that qualifies, or the only one
 * with the most strong identifications when several qualify. Otherwise none: two stored Tuesdays
 * that fit equally well are two events the report could be telling, and a guess would merge wrongly.
 */
export function pickUndatedMatch(
  subject: UndatedSubject,
  candidates: readonly Candidate[],
): SuggestedMatch | null {
  const scored = candidates.flatMap((c) => {
    const result = scoreUndatedMatch(subject, c);
    return result ? [{ c, result }] : [];
  });
  const top = Math.max(0, ...scored.map((s) => s.result.strength));
  const best = scored.filter((s) => s.result.strength === top);
  const only = best.length === 1 ? best[0] : undefined;
  if (!only) return null;
  const { c, result } = only;
  return {
    score: result.score,
    reasons: result.reasons,
    incidentId: c.id,
    title: c.title,
    date: c.date,
    datePrecision: c.datePrecision,
  };
}
