/** The rows one report adds: sources and claims on incidents, deployments, milestones, figures. */
import { recordAudit } from '../audit/record';
import type { ReaderFlag, ReportDraft } from '../extract/schema';
import { refreshIncidentCasualties } from '../incidents/casualty-summary';
import { dateInterval, type MatchSubject } from '../incidents/match';
import { appendPassage } from '../incidents/mutations';
import type { Sql, SqlParam } from '../store/sql';
import { sqlDate, sqlJson } from '../store/sql-values';
import type { Candidate } from './candidates';

type DraftIncident = ReportDraft['incidents'][number];

export async function insertSourceAndClaims(
  sql: Sql,
  args: { incidentId: number; reportId: number; incident: DraftIncident; now: string },
): Promise<void> {
  const { incidentId, reportId, incident, now } = args;
  const spans = incident.evidenceSpans;
  const existing = await sql.get<{ id: number; excerpt: string }>(
    'SELECT "id", "excerpt" FROM "IncidentSource" WHERE "incidentId" = ? AND "reportId" = ?',
    [incidentId, reportId],
  );
  if (existing) {
    await appendPassage(sql, existing, incident.evidence);
  } else {
    await sql.insert('IncidentSource', {
      incidentId,
      reportId,
      excerpt: incident.evidence,
      excerptFrom: Math.min(...spans.map((s) => s.from)),
      excerptTo: Math.max(...spans.map((s) => s.to)),
      createdAt: now,
    });
  }
  if (incident.flags?.length) await recordSourceFlags(sql, { incidentId, reportId, flags: incident.flags });
  for (const c of incident.casualties) {
    await sql.insert('CasualtyClaim', {
      incidentId,
      reportId,
      kind: c.kind,
      count: c.count,
      hedge: c.hedge,
      affiliation: c.affiliation,
      country: c.country,
      persons: c.persons.length ? sqlJson(c.persons) : null,
      excerpt: c.evidence,
      createdAt: now,
    });
  }
  await insertActorClaims(sql, { incidentId, reportId, actors: incident.actors ?? [], now });
  await refreshIncidentCasualties(sql, [incidentId]);
}

/** The report's perpetrators and targets of the incident, once each (two drafts of it may name the same). */
export async function insertActorClaims(
  sql: Sql,
  args: { incidentId: number; reportId: number; actors: NonNullable<DraftIncident['actors']>; now: string },
): Promise<void> {
  for (const a of args.actors) {
    const known = await sql.get(
      `SELECT 1 AS "found" FROM "ActorClaim" WHERE "incidentId" = ? AND "reportId" = ? AND "role" = ?
         AND coalesce("actorKey", "name") = ? AND coalesce("country", '') = ?`,
      [args.incidentId, args.reportId, a.role, a.key ?? a.name, a.country ?? ''],
    );
    if (known) continue;
    await sql.insert('ActorClaim', {
      incidentId: args.incidentId,
      reportId: args.reportId,
      role: a.role,
      actorKey: a.key,
      name: a.name,
      actorType: a.type,
      country: a.country,
      excerpt: a.evidence,
      createdAt: args.now,
    });
  }
}

/**
 * What the reader was unsure of, kept with the source so the stored report can still show it.
 * Merged with any flags the source already has (two drafted incidents of one report joined).
 */
async function recordSourceFlags(
  sql: Sql,
  args: { incidentId: number; reportId: number; flags: readonly ReaderFlag[] },
): Promise<void> {
  const row = await sql.get<{ flags: string | null }>(
    'SELECT "flags" FROM "IncidentSource" WHERE "incidentId" = ? AND "reportId" = ?',
    [args.incidentId, args.reportId],
  );
  const before = row?.flags ? (JSON.parse(row.flags) as ReaderFlag[]) : [];
  const merged = [...before];
  for (const f of args.flags) {
    if (!merged.some((m) => m.code === f.code && m.message === f.message)) merged.push(f);
  }
  await sql.run('UPDATE "IncidentSource" SET "flags" = ? WHERE "incidentId" = ? AND "reportId" = ?', [
    sqlJson(merged),
    args.incidentId,
    args.reportId,
  ]);
}

const PRECISION_RANK = { day: 0, week: 1, month: 2, year: 3 } as const;

/**
 * A new source may know the event better than the ones before it: a finer date inside the
 * stored window, or a place inside the stored one. The incident takes them — unless an editor
 * has reviewed it, in which case only the editor changes it. Returns whether it changed.
 */
export async function refineIncident(
  sql: Sql,
  args: {
    target: Candidate;
    incident: DraftIncident;
    subject: MatchSubject;
    idByKey: Map<string, number | null>;
    userId: number | null;
    now: string;
  },
): Promise<boolean> {
  const { target, incident, subject, idByKey, userId, now } = args;
  if (target.status !== 'draft' || !incident.date || !incident.datePrecision) return false;
  const changes: Record<string, SqlParam> = {};
  const [t0, t1] = dateInterval(target);
  const [d0, d1] = dateInterval(subject);
  if (PRECISION_RANK[incident.datePrecision] < PRECISION_RANK[target.datePrecision] && d0 >= t0 && d1 <= t1) {
    changes.date = sqlDate(incident.date);
    changes.dateEnd = incident.dateEnd ? sqlDate(incident.dateEnd) : null;
    changes.datePrecision = incident.datePrecision;
  }
  const place = incident.place;
  const placeIsFiner =
    place &&
    (target.placeChain.length === 0 ||
      (place.key !== target.placeChain[0] && subject.placeChain.includes(target.placeChain[0] ?? '')));
  if (place && placeIsFiner && idByKey.get(place.key)) {
    changes.locationId = idByKey.get(place.key) ?? null;
    changes.placePrecision = place.precision;
  }
  if (Object.keys(changes).length === 0) return false;
  const columns = Object.keys(changes);
  const before = await sql.get(
    `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "Incident" WHERE "id" = ?`,
    [target.id],
  );
  const assignments = columns.map((c) => `"${c}" = ?`);
  await sql.run(
    `UPDATE "Incident" SET ${assignments.join(', ')}, "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ?`,
    [...columns.map((c) => changes[c] ?? null), now, target.id],
  );
  await recordAudit(sql, {
    userId,
    at: now,
    entity: 'Incident',
    entityId: target.id,
    action: 'refine',
    before,
    after: changes,
  });
  return true;
}

/** Deployments, milestones and figures: context the report gives beside its incidents. */
export async function insertContext(
  sql: Sql,
  args: { reportId: number; draft: ReportDraft; publishedAt: string | null; now: string },
): Promise<string[]> {
  const { reportId, draft, publishedAt, now } = args;
  const skipped: string[] = [];
  const monthOrDay = (d: string) => (d.length === 7 ? `${d}-01` : d);
  for (const d of draft.deployments) {
    // A strength quoted without a date is the strength when the report was written.
    const date = d.date ? monthOrDay(d.date) : publishedAt;
    if (!date) {
      skipped.push(
        `Deployment of ${d.personnel} (${d.country}) not stored: no date in the text or the report.`,
      );
      continue;
    }
    await sql.insert('Deployment', {
      country: d.country,
      personnel: d.personnel,
      hedge: d.hedge,
      date: sqlDate(date),
      datePrecision: d.date ? (d.datePrecision ?? 'month') : 'day',
      kind: d.kind,
      milestone: null,
      reportId,
      excerpt: d.evidence,
      createdAt: now,
    });
  }
  for (const m of draft.milestones) {
    await sql.insert('Deployment', {
      country: m.country,
      personnel: null,
      hedge: 'exact',
      date: sqlDate(monthOrDay(m.date)),
      datePrecision: m.datePrecision,
      kind: 'arrival',
      milestone: m.subject,
      reportId,
      excerpt: m.evidence,
      createdAt: now,
    });
  }
  for (const f of draft.figures) {
    await sql.insert('Figure', {
      metric: f.metric,
      value: f.value,
      hedge: f.hedge,
      periodStart: f.periodStart ? sqlDate(f.periodStart) : null,
      periodEnd: f.periodEnd ? sqlDate(f.periodEnd) : null,
      periodLabel: f.period ?? '',
      scope: f.scope,
      attributedTo: f.attributedTo,
      affiliation: f.affiliation,
      country: f.country,
      reportId,
      excerpt: f.evidence,
      createdAt: now,
    });
  }
  return skipped;
}
