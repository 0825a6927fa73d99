/**
 * The floor: the same reads run directly on the bench store with better-sqlite3, no HTTP, no
 * Prisma, no rendering. The chart series and the map run the app's own SQL builders against a
 * stand-in client that executes each statement here (so the SQL is exactly the app's); the
 * Prisma reads (lists, incident page, export, deployments, figures) are hand-written equivalents.
 */
import Module from 'node:module';
import Database from 'better-sqlite3';
import type { Db } from '../db';
import type { IncidentFilters } from '../incidents/filters';
import type { MapView } from '../map/types';
import { casualtiesByDepartment, casualtiesByMonth, casualtiesBySide } from '../stats/casualties';
import { listDeployments } from '../stats/deployments';
import { incidentFilterSql } from '../stats/filter-sql';
import { casualtyTotals } from '../stats/totals';

type Params = (string | number | null)[];
type Read = (sql: Database.Database) => unknown | Promise<unknown>;

function all(sql: Database.Database, text: string, params: Params): unknown[] {
  return sql.prepare(text).all(...params);
}

/** A stand-in for the Prisma client: raw SQL runs here; the two model reads stats need, as SQL. */
function sqlDb(sql: Database.Database): Db {
  const fake = {
    $queryRawUnsafe: async (text: string, ...params: Params) => all(sql, text, params),
    deployment: {
      findMany: async () =>
        all(
          sql,
          `SELECT d.*, r.title FROM Deployment d LEFT JOIN Report r ON r.id = d.reportId
           ORDER BY d.date, d.country, d.id`,
          [],
        ).map((d) => ({ ...(d as object), date: new Date(), report: null })),
    },
    figure: {
      findMany: async () =>
        all(
          sql,
          `SELECT reportId, value, excerpt, metric, affiliation, country FROM Figure
           WHERE affiliation IS NOT NULL AND metric IN ('killed', 'injured', 'missing') ORDER BY value DESC`,
          [],
        ),
    },
  };
  return fake as unknown as Db;
}

/** lib/incidents/queries.ts listIncidents + countIncidents, as SQL. */
export function listSql(
  sql: Database.Database,
  filters: IncidentFilters,
  limit: number,
  cursor?: string,
): unknown {
  const cond = incidentFilterSql(filters);
  const [day, id] = cursor ? cursor.split('_') : [];
  const keyset = day ? ' AND i.date <= ? AND (i.date < ? OR i.id < ?)' : '';
  const keyParams = day ? [`${day}T00:00:00.000+00:00`, `${day}T00:00:00.000+00:00`, Number(id)] : [];
  const rows = all(
    sql,
    `SELECT i.*, l.key, l.name, l.kind, l.path,
            (SELECT count(*) FROM IncidentSource s WHERE s.incidentId = i.id) AS sourceCount
     FROM Incident i LEFT JOIN Location l ON l.id = i.locationId
     WHERE ${cond.sql}${keyset} ORDER BY i.date DESC, i.id DESC LIMIT ?`,
    [...cond.params, ...keyParams, limit + 1],
  ) as { id: number }[];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const claims = all(
    sql,
    `SELECT incidentId, reportId, kind, affiliation, country, count, hedge FROM CasualtyClaim
     WHERE incidentId IN (SELECT value FROM json_each(?))`,
    [ids],
  );
  const total = all(sql, `SELECT count(*) AS n FROM Incident i WHERE ${cond.sql}`, cond.params);
  return { rows, claims, total };
}

/** lib/incidents/queries.ts getIncident, as SQL. */
export function incidentSql(sql: Database.Database, id: number): unknown {
  const [incident] = all(
    sql,
    `SELECT i.*, l.key, l.name, l.kind, l.path, l.lat, l.lng, l.radiusM,
            (SELECT count(*) FROM IncidentSource s WHERE s.incidentId = i.id) AS sourceCount
     FROM Incident i LEFT JOIN Location l ON l.id = i.locationId WHERE i.id = ?`,
    [id],
  ) as { path: string | null }[];
  const keys = JSON.stringify((incident?.path ?? '').split('/').filter(Boolean));
  return [
    incident,
    all(sql, 'SELECT * FROM CasualtyClaim WHERE incidentId = ? ORDER BY id', [id]),
    all(
      sql,
      `SELECT s.*, r.id, r.title, r.outlet, r.url, r.publishedAt, r.warnings FROM IncidentSource s
       JOIN Report r ON r.id = s.reportId WHERE s.incidentId = ? ORDER BY r.publishedAt`,
      [id],
    ),
    all(sql, 'SELECT key, name, kind FROM Location WHERE key IN (SELECT value FROM json_each(?))', [keys]),
    all(
      sql,
      `SELECT a.*, u.name FROM AuditEntry a LEFT JOIN User u ON u.id = a.userId
       WHERE a.entity = 'Incident' AND a.entityId = ? ORDER BY a.at DESC`,
      [id],
    ),
  ];
}

/** lib/export/batches.ts: every matching incident with place, claims and sources (one pass). */
export function exportSql(sql: Database.Database, filters: IncidentFilters): number {
  const cond = incidentFilterSql(filters);
  const where = `SELECT i.id FROM Incident i WHERE ${cond.sql}`;
  const rows = all(
    sql,
    `SELECT i.*, l.key, l.name, l.kind, l.path, l.lat, l.lng, l.radiusM FROM Incident i
     LEFT JOIN Location l ON l.id = i.locationId WHERE ${cond.sql} ORDER BY i.date DESC, i.id DESC`,
    cond.params,
  );
  all(
    sql,
    `SELECT incidentId, reportId, kind, affiliation, country, count, hedge FROM CasualtyClaim
     WHERE incidentId IN (${where})`,
    cond.params,
  );
  all(
    sql,
    `SELECT s.incidentId, r.id, r.title, r.url, r.publishedAt FROM IncidentSource s
     JOIN Report r ON r.id = s.reportId WHERE s.incidentId IN (${where}) ORDER BY s.reportId`,
    cond.params,
  );
  return rows.length;
}

let mapModule: typeof import('../map/queries') | undefined;

/** lib/map/queries.ts is marked server-only; outside Next that guard is stubbed for this process. */
async function mapQueries(): Promise<typeof import('../map/queries')> {
  if (mapModule) return mapModule;
  const id = require.resolve('server-only');
  const stub = new Module(id);
  stub.exports = {};
  stub.loaded = true;
  require.cache[id] = stub;
  mapModule = await import('../map/queries');
  return mapModule;
}

export const statsReads = {
  month: (sql: Database.Database) => casualtiesByMonth(sqlDb(sql), {}),
  side: (sql: Database.Database) => casualtiesBySide(sqlDb(sql), {}),
  department: (sql: Database.Database) => casualtiesByDepartment(sqlDb(sql), {}),
  totals: (sql: Database.Database) => casualtyTotals(sqlDb(sql), {}),
  deployments: (sql: Database.Database) => listDeployments(sqlDb(sql)),
  map: async (sql: Database.Database, view: MapView) =>
    (await mapQueries()).queryMapData(sqlDb(sql), { filters: {}, view, cache: false }),
};

/** Median wall time of `read` over repeated runs (at least 5, about a second in all). */
export async function timeRaw(file: string, read: Read): Promise<number> {
  const sql = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await read(sql);
    const times: number[] = [];
    const until = performance.now() + 1000;
    while (times.length < 5 || (performance.now() < until && times.length < 200)) {
      const t = performance.now();
      await read(sql);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? Number.NaN;
  } finally {
    sql.close();
  }
}
