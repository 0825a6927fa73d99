/**
 * Who did it, for reports stored before the reader read actors: each live report with no actor
 * claim is read again, and each incident it drafts is matched to the incident that report is a
 * source of by its evidence (the stored excerpt holds the drafted passage). The match must be
 * one incident; nothing else is changed — places, dates, claims and merges stay as stored and
 * reviewed. Safe to run again: reports that already have actor claims are left alone.
 */
import { recordAudit } from '../audit/record';
import type { ReportDraft } from '../extract/schema';
import type { GazetteerEntry } from '../locations/gazetteer';
import { dayKey } from '../store/dialect';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import { readSafely } from './ingest-report';
import { insertActorClaims } from './store-findings';

interface StoredReport {
  id: number;
  text: string;
  url: string | null;
  publishedAt: string | null;
}

interface StoredSource {
  incidentId: number;
  excerpt: string;
}

export interface ActorBackfill {
  reports: number;
  incidents: number;
  claims: number;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The one incident whose stored passage from this report holds the drafted evidence. */
function sourceFor(sources: readonly StoredSource[], evidence: string): number | null {
  const wanted = squash(evidence);
  const hits = sources.filter((s) => {
    const stored = squash(s.excerpt);
    return stored.includes(wanted) || wanted.includes(stored);
  });
  const ids = new Set(hits.map((h) => h.incidentId));
  return ids.size === 1 ? (hits[0]?.incidentId ?? null) : null;
}

async function storeActors(
  sql: Sql,
  report: StoredReport,
  draft: ReportDraft,
  at: string,
): Promise<ActorBackfill> {
  const sources = await sql.all<StoredSource>(
    `SELECT "s"."incidentId", "s"."excerpt" FROM "IncidentSource" "s" JOIN "Incident" "i" ON "i"."id" = "s"."incidentId"
     WHERE "s"."reportId" = ? AND "i"."deletedAt" IS NULL ORDER BY "s"."id"`,
    [report.id],
  );
  const count = async (incidentId: number) =>
    (
      (await sql.get<{ n: number }>(
        'SELECT count(*) AS "n" FROM "ActorClaim" WHERE "incidentId" = ? AND "reportId" = ?',
        [incidentId, report.id],
      )) ?? { n: 0 }
    ).n;
  const touched = new Set<number>();
  let claims = 0;
  for (const incident of draft.incidents) {
    if (!incident.actors?.length) continue;
    const incidentId = sourceFor(sources, incident.evidence);
    if (incidentId === null) continue;
    const before = await count(incidentId);
    await insertActorClaims(sql, { incidentId, reportId: report.id, actors: incident.actors, now: at });
    const added = (await count(incidentId)) - before;
    if (added === 0) continue;
    claims += added;
    touched.add(incidentId);
    await recordAudit(sql, {
      userId: null,
      at,
      entity: 'Incident',
      entityId: incidentId,
      action: 'actors_read',
      after: { reportId: report.id, actors: added },
    });
  }
  return { reports: 1, incidents: touched.size, claims };
}

export async function backfillActorClaims(
  sql: Sql,
  options: { gazetteer: readonly GazetteerEntry[]; onReport?: (done: number, total: number) => void },
): Promise<ActorBackfill> {
  const reports = await sql.all<StoredReport>(
    `SELECT "r"."id", "r"."text", "r"."url", ${dayKey('"r"."publishedAt"', sql.dialect)} AS "publishedAt"
     FROM "Report" "r"
     WHERE "r"."withdrawnAt" IS NULL
       AND EXISTS (SELECT 1 FROM "IncidentSource" "s" WHERE "s"."reportId" = "r"."id")
       AND NOT EXISTS (SELECT 1 FROM "ActorClaim" "a" WHERE "a"."reportId" = "r"."id")
     ORDER BY "r"."id"`,
  );
  const total: ActorBackfill = { reports: 0, incidents: 0, claims: 0 };
  for (const [index, report] of reports.entries()) {
    const draft = readSafely(
      { text: report.text, url: report.url ?? undefined, publishedAt: report.publishedAt ?? undefined },
      options.gazetteer,
    );
    // One transaction per report: a long run can stop anywhere and start again where it stopped.
    // Locked on the report, as its corrections are (lib/reports/correction-mutations.ts).
    const at = sqlDateTime(new Date());
    const done = await sql.transaction((tx) => storeActors(tx, report, draft, at), {
      lockKeys: [`report:${report.id}`],
    });
    total.reports += done.reports;
    total.incidents += done.incidents;
    total.claims += done.claims;
    options.onReport?.(index + 1, reports.length);
  }
  return total;
}
