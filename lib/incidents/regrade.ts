/**
 * Keeps Incident.grade current. Triggers queue an incident (GradeQueue) whenever what its grade
 * reads changes — its sources, a source's outlet or address, its actor claims, its status — and
 * every write transaction grades the queue before it commits (lib/store/write-connection.ts),
 * so the grade a filter, list, map or export reads is never older than the data it comes from.
 * The rule itself is gradeIncident's (grade.ts), the one the incident page shows with its reason.
 */
import { idIn, jsonArrayAgg } from '../store/dialect';
import type { Sql } from '../store/sql';
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

/** `denies`: 0/1 from SQLite's JSON, true/false from PostgreSQL's. */
type SourceTuple = [number, string | null, string | null, string, number | boolean];
type ActorTuple = [string | null, string, string, number];

/**
 * The asynchronous interface's grading (lib/store/store-sql.ts runs it in every transaction's
 * `beforeCommit`), on either store. `regradeQueued` below is the same on a raw SQLite connection,
 * kept for its one user: the bench generator (lib/bench/generate.ts), a SQLite-only tool that
 * writes its batches with better-sqlite3 for speed.
 */
export async function gradeQueued(tx: Sql): Promise<number> {
  const d = tx.dialect;
  let graded = 0;
  for (;;) {
    const taken = await tx.all<{ incidentId: number }>(
      'SELECT "incidentId" FROM "GradeQueue" ORDER BY "incidentId" LIMIT ?',
      [BATCH],
    );
    const ids = taken.map((r) => r.incidentId);
    if (ids.length === 0) return graded;
    const these = idIn('i."id"', ids, d);
    const rows = await tx.all<GradeRow>(
      `SELECT i."id", i."status", i."grade",
              (SELECT ${jsonArrayAgg('r."id", r."outlet", r."url", s."excerpt", s."denies"', d, 's."id"')}
               FROM "IncidentSource" s JOIN "Report" r ON r."id" = s."reportId" WHERE s."incidentId" = i."id") AS "sources",
              (SELECT ${jsonArrayAgg('a."actorKey", a."name", a."actorType", a."reportId"', d, 'a."id"')}
               FROM "ActorClaim" a WHERE a."incidentId" = i."id" AND a."role" = 'perpetrator') AS "perpetrators"
       FROM "Incident" i WHERE ${these.sql}`,
      these.params,
    );
    for (const row of rows) {
      const grade = gradeOf(row);
      if (grade !== row.grade)
        await tx.run('UPDATE "Incident" SET "grade" = ? WHERE "id" = ?', [grade, row.id]);
    }
    const done = idIn('"incidentId"', ids, d);
    await tx.run(`DELETE FROM "GradeQueue" WHERE ${done.sql}`, done.params);
    graded += ids.length;
  }
}

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
      denies: denies === 1 || denies === true,
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
