/** The rows one report adds: sources and claims on incidents, deployments, milestones, figures. */
import { recordAudit } from '../audit/record';
import type { ReaderFlag, ReportDraft } from '../extract/schema';
import { refreshIncidentCasualties } from '../incidents/casualty-summary';
import { dateInterval, type MatchSubject } from '../incidents/match';
import { appendPassage } from '../incidents/mutations';
import { insertRow, sqlDate, sqlJson } from '../store/sql-values';
import type { SqlConnection } from '../store/write-connection';
import type { Candidate } from './candidates';

type DraftIncident = ReportDraft['incidents'][number];

export function insertSourceAndClaims(
  sql: SqlConnection,
  args: { incidentId: number; reportId: number; incident: DraftIncident; now: string },
): void {
  const { incidentId, reportId, incident, now } = args;
  const spans = incident.evidenceSpans;
  const existing = sql
    .prepare('SELECT id, excerpt FROM IncidentSource WHERE incidentId = ? AND reportId = ?')
    .get(incidentId, reportId) as { id: number; excerpt: string } | undefined;
  if (existing) {
    appendPassage(sql, existing, incident.evidence);
  } else {
    insertRow(sql, 'IncidentSource', {
      incidentId,
      reportId,
      excerpt: incident.evidence,
      excerptFrom: Math.min(...spans.map((s) => s.from)),
      excerptTo: Math.max(...spans.map((s) => s.to)),
      createdAt: now,
    });
  }
  if (incident.flags?.length) recordSourceFlags(sql, { incidentId, reportId, flags: incident.flags });
  for (const c of incident.casualties) {
    insertRow(sql, 'CasualtyClaim', {
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
  insertActorClaims(sql, { incidentId, reportId, actors: incident.actors ?? [], now });
  refreshIncidentCasualties(sql, [incidentId]);
}

/** The report's perpetrators and targets of the incident, once each (two drafts of it may name the same). */
export function insertActorClaims(
  sql: SqlConnection,
  args: { incidentId: number; reportId: number; actors: NonNullable<DraftIncident['actors']>; now: string },
): void {
  const known = sql.prepare(
    "SELECT 1 FROM ActorClaim WHERE incidentId = ? AND reportId = ? AND role = ? AND coalesce(actorKey, name) = ? AND coalesce(country, '') = ?",
  );
  for (const a of args.actors) {
    if (known.get(args.incidentId, args.reportId, a.role, a.key ?? a.name, a.country ?? '')) continue;
    insertRow(sql, 'ActorClaim', {
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
function recordSourceFlags(
  sql: SqlConnection,
  args: { incidentId: number; reportId: number; flags: readonly ReaderFlag[] },
): void {
  const row = sql
    .prepare('SELECT flags FROM IncidentSource WHERE incidentId = ? AND reportId = ?')
    .get(args.incidentId, args.reportId) as { flags: string | null } | undefined;
  const before = row?.flags ? (JSON.parse(row.flags) as ReaderFlag[]) : [];
  const merged = [...before];
  for (const f of args.flags) {
    if (!merged.some((m) => m.code === f.code && m.message === f.message)) merged.push(f);
  }
  sql
    .prepare('UPDATE IncidentSource SET flags = ? WHERE incidentId = ? AND reportId = ?')
    .run(sqlJson(merged), args.incidentId, args.reportId);
}

const PRECISION_RANK = { day: 0, week: 1, month: 2, year: 3 } as const;

/**
 * A new source may know the event better than the ones before it: a finer date inside the
 * stored window, or a place inside the stored one. The incident takes them — unless an editor
 * has reviewed it, in which case only the editor changes it. Returns whether it changed.
 */
export function refineIncident(
  sql: SqlConnection,
  args: {
    target: Candidate;
    incident: DraftIncident;
    subject: MatchSubject;
    idByKey: Map<string, number | null>;
    userId: number | null;
    now: string;
  },
): boolean {
  const { target, incident, subject, idByKey, userId, now } = args;
  if (target.status !== 'draft' || !incident.date || !incident.datePrecision) return false;
  const changes: Record<string, string | number | null> = {};
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
  const before = sql
    .prepare(
      `SELECT ${Object.keys(changes)
        .map((c) => `"${c}"`)
        .join(', ')} FROM Incident WHERE id = ?`,
    )
    .get(target.id);
  const assignments = Object.keys(changes).map((c) => `"${c}" = @${c}`);
  sql
    .prepare(
      `UPDATE Incident SET ${assignments.join(', ')}, version = version + 1, updatedAt = @now WHERE id = @id`,
    )
    .run({ ...changes, now, id: target.id });
  recordAudit(sql, {
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
export function insertContext(
  sql: SqlConnection,
  args: { reportId: number; draft: ReportDraft; publishedAt: string | null; now: string },
): string[] {
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
    insertRow(sql, 'Deployment', {
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
    insertRow(sql, 'Deployment', {
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
    insertRow(sql, 'Figure', {
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
