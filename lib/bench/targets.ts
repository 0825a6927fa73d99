/** What to ask for: a deep cursor, a well-sourced incident, and a date range of ~50,000 rows. */
import Database from 'better-sqlite3';

export interface BenchTargets {
  deepCursor: string;
  incidentId: number;
  /** A report behind that incident (the report page). */
  reportId: number;
  exportFrom: string;
  exportRows: number;
}

export function findTargets(file: string): BenchTargets {
  const sql = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const live = "deletedAt IS NULL AND status <> 'rejected'";
    const total = (sql.prepare(`SELECT count(*) AS n FROM Incident WHERE ${live}`).get() as { n: number }).n;
    const deep = sql
      .prepare(
        `SELECT substr(date, 1, 10) AS day, id FROM Incident WHERE ${live} ORDER BY date DESC, id DESC LIMIT 1 OFFSET ?`,
      )
      .get(Math.floor(total * 0.9)) as { day: string; id: number };
    const incident = sql
      .prepare(
        `SELECT incidentId AS id FROM IncidentSource GROUP BY incidentId HAVING count(*) = 4
         ORDER BY incidentId DESC LIMIT 1`,
      )
      .get() as { id: number };
    const report = sql
      .prepare('SELECT reportId AS id FROM IncidentSource WHERE incidentId = ? ORDER BY reportId LIMIT 1')
      .get(incident.id) as { id: number };
    const edge = sql
      .prepare(
        `SELECT substr(date, 1, 10) AS day FROM Incident WHERE ${live} ORDER BY date DESC LIMIT 1 OFFSET ?`,
      )
      .get(Math.min(total - 1, 50_000)) as { day: string };
    const rows = (
      sql
        .prepare(`SELECT count(*) AS n FROM Incident WHERE ${live} AND date >= ?`)
        .get(`${edge.day}T00:00:00.000+00:00`) as {
        n: number;
      }
    ).n;
    return {
      deepCursor: `${deep.day}_${deep.id}`,
      incidentId: incident.id,
      reportId: report.id,
      exportFrom: edge.day,
      exportRows: rows,
    };
  } finally {
    sql.close();
  }
}
