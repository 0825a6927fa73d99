/**
 * Keeps Incident.grade current. Triggers queue an incident (GradeQueue) whenever what its grade
 * reads changes — its sources, a source's outlet or address, its actor claims, its status — and
 * every write transaction grades the queue before it commits (lib/store/write-connection.ts),
 * so the grade a filter, list, map or export reads is never older than the data it comes from.
 * The rule itself is gradeIncident's (grade.ts), the one the incident page shows with its reason.
 */
import type { SqlConnection } from '../store/write-connection';
import { groupActorClaims } from './actor-claims';
import { gradeIncident } from './grade';

/** Grades at most this many incidents per statement (a migration queues the whole store). */
const BATCH = 500;

interface GradeRow {
  id: number;
  status: string;
  grade: string;
  /** JSON: [[reportId, outlet, url, excerpt, denies], …] */
  sources: string;
  /** JSON: [[actorKey, name, actorType, reportId], …], perpetrators only */
  perpetrators: string;
}

type SourceTuple = [number, string | null, string | null, string, number];
type ActorTuple = [string | null, string, string, number];

export function regradeQueued(sql: SqlConnection): number {
  const take = sql.prepare<[number], { incidentId: number }>(
    'SELECT incidentId FROM GradeQueue ORDER BY incidentId LIMIT ?',
  );
  const read = sql.prepare<[string], GradeRow>(
    `SELECT i.id, i.status, i.grade,
            (SELECT json_group_array(json_array(r.id, r.outlet, r.url, s.excerpt, s.denies))
             FROM IncidentSource s JOIN Report r ON r.id = s.reportId WHERE s.incidentId = i.id) AS sources,
            (SELECT json_group_array(json_array(a.actorKey, a.name, a.actorType, a.reportId))
             FROM ActorClaim a WHERE a.incidentId = i.id AND a.role = 'perpetrator') AS perpetrators
     FROM Incident i WHERE i.id IN (SELECT value FROM json_each(?))`,
  );
  const update = sql.prepare<[string, number]>('UPDATE Incident SET grade = ? WHERE id = ?');
  const done = sql.prepare<[string]>(
    'DELETE FROM GradeQueue WHERE incidentId IN (SELECT value FROM json_each(?))',
  );
  let graded = 0;
  for (;;) {
    const ids = take.all(BATCH).map((r) => r.incidentId);
    if (ids.length === 0) return graded;
    const json = JSON.stringify(ids);
    for (const row of read.all(json)) {
      const grade = gradeOf(row);
      if (grade !== row.grade) update.run(grade, row.id);
    }
    done.run(json);
    graded += ids.length;
  }
}

function gradeOf(row: GradeRow): string {
  const sources = (JSON.parse(row.sources) as SourceTuple[]).map(
    ([reportId, outlet, url, excerpt, denies]) => ({
      reportId,
      outlet,
      url,
      excerpt,
      denies: denies === 1,
    }),
  );
  const claims = (JSON.parse(row.perpetrators) as ActorTuple[]).map(
    ([actorKey, name, actorType, reportId]) => ({
      role: 'perpetrator',
      actorKey,
      name,
      actorType,
      country: null,
      reportId,
    }),
  );
  return gradeIncident({
    sources,
    perpetrators: groupActorClaims(claims),
    reviewed: row.status === 'reviewed',
  }).grade;
}
