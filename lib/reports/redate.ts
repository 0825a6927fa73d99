/**
 * What a new publication date does to the incidents a report dates. "On Tuesday" and "last
 * week" count from the publication date, so the report is read again with the old date and the
 * new one, and each incident it supports is paired with the drafted incident at the same place
 * in the text. An incident whose stored date is still the one the old reading gives moves to
 * the new reading's date; one whose date an editor or another report set stays, and is listed
 * as kept. Nothing is written here: the editor sees the plan and confirms it by its fingerprint.
 */
import { createHash } from 'node:crypto';
import { readReport } from '../extract';
import type { IncidentDraft, ReportDraft } from '../extract/schema';
import type { GazetteerEntry } from '../locations/gazetteer';
import { dayKey } from '../store/dialect';
import type { Sql } from '../store/sql';

export interface IncidentDates {
  date: string;
  dateEnd: string | null;
  datePrecision: string;
}

export interface DateChange {
  incidentId: number;
  title: string;
  from: IncidentDates;
  to: IncidentDates;
  /** Other reports that are sources of the incident too. */
  otherSources: number;
}

export interface RedatePlan {
  reportId: number;
  /** The publication date to store: the one given, or the reader's estimate when none is. */
  publishedAt: string | null;
  estimated: boolean;
  changes: DateChange[];
  /** Would move with the new date, but their date was set by an editor or another report. */
  kept: DateChange[];
  /** Each live incident the report supports, at the version the plan was made from. */
  basis: { incidentId: number; version: number }[];
  fingerprint: string;
}

export interface ReportToRedate {
  id: number;
  text: string;
  /** YYYY-MM-DD as stored (possibly estimated), or null. */
  publishedAt: string | null;
}

interface SourceRow extends IncidentDates {
  incidentId: number;
  version: number;
  title: string;
  excerptFrom: number | null;
  excerptTo: number | null;
  otherSources: number;
}

/** The live incidents a report supports, with where their evidence stands in its text. */
export async function loadRedateBasis(sql: Sql, reportId: number): Promise<SourceRow[]> {
  const d = sql.dialect;
  const rows = await sql.all<SourceRow>(
    `SELECT s."incidentId", s."excerptFrom", s."excerptTo", i."version", i."title", ${dayKey('i."date"', d)} AS "date",
            ${dayKey('i."dateEnd"', d)} AS "dateEnd", i."datePrecision",
            (SELECT count(*) FROM "IncidentSource" o WHERE o."incidentId" = i."id" AND o."reportId" <> s."reportId") AS "otherSources"
     FROM "IncidentSource" s JOIN "Incident" i ON i."id" = s."incidentId"
     WHERE s."reportId" = ? AND i."deletedAt" IS NULL ORDER BY s."incidentId"`,
    [reportId],
  );
  return rows.map((r) => ({ ...r, otherSources: Number(r.otherSources) }));
}

/** The drafted incident whose evidence is the stored source's passage (or overlaps it most). */
function draftedAt(draft: ReportDraft, from: number, to: number): IncidentDraft | null {
  let best: IncidentDraft | null = null;
  let most = 0;
  for (const incident of draft.incidents) {
    if (incident.evidenceSpans.length === 0) continue;
    const start = Math.min(...incident.evidenceSpans.map((s) => s.from));
    const end = Math.max(...incident.evidenceSpans.map((s) => s.to));
    if (start === from && end === to) return incident;
    const overlap = Math.min(end, to) - Math.max(start, from);
    if (overlap > most) [best, most] = [incident, overlap];
  }
  return best;
}

const datesOf = (i: IncidentDraft | null): IncidentDates | null =>
  i?.date ? { date: i.date, dateEnd: i.dateEnd ?? null, datePrecision: i.datePrecision ?? 'year' } : null;

const same = (a: IncidentDates, b: IncidentDates) =>
  a.date === b.date && a.dateEnd === b.dateEnd && a.datePrecision === b.datePrecision;

export async function planRedate(
  sql: Sql,
  options: { report: ReportToRedate; publishedAt: string | null; gazetteer: readonly GazetteerEntry[] },
): Promise<RedatePlan> {
  const { report, gazetteer } = options;
  const readOn = new Date().toISOString().slice(0, 10);
  const read = (publishedAt: string | null) => readReport(report.text, { publishedAt, gazetteer, readOn });
  const basis = await loadRedateBasis(sql, report.id);
  const before = read(report.publishedAt);
  const after = read(options.publishedAt);
  const changes: DateChange[] = [];
  const kept: DateChange[] = [];
  for (const source of basis) {
    if (source.excerptFrom === null || source.excerptTo === null) continue;
    const was = datesOf(draftedAt(before, source.excerptFrom, source.excerptTo));
    const will = datesOf(draftedAt(after, source.excerptFrom, source.excerptTo));
    if (!was || !will || same(was, will)) continue;
    const stored = { date: source.date, dateEnd: source.dateEnd, datePrecision: source.datePrecision };
    const change = { incidentId: source.incidentId, title: source.title, from: stored, to: will };
    (same(stored, was) ? changes : kept).push({ ...change, otherSources: source.otherSources });
  }
  const plan = {
    reportId: report.id,
    publishedAt: after.publishedAt,
    estimated: after.publishedAtEstimated,
    changes,
    kept,
    basis: basis.map((s) => ({ incidentId: s.incidentId, version: s.version })),
  };
  const fingerprint = createHash('sha256')
    .update(
      JSON.stringify([plan.reportId, plan.publishedAt, plan.basis, changes.map((c) => [c.incidentId, c.to])]),
    )
    .digest('hex')
    .slice(0, 24);
  return { ...plan, fingerprint };
}

/** Whether the incidents are still as the plan saw them (run inside the writing transaction). */
export async function planHolds(sql: Sql, plan: RedatePlan): Promise<boolean> {
  const now = (await loadRedateBasis(sql, plan.reportId)).map((s) => ({
    incidentId: s.incidentId,
    version: s.version,
  }));
  return JSON.stringify(now) === JSON.stringify(plan.basis);
}
