import 'server-only';
/**
 * Incidents in the order they were recorded, newest first — what a feed subscriber and "new since
 * your last visit" want, where the timeline orders by when incidents happened. The same filters
 * (lib/stats/filter-sql.ts) and the same columns and claims as the timeline (incident-rows.ts), so
 * an incident reads the same in a feed as on the timeline.
 */
import { type Db, db } from '../db';
import type { IncidentFilters } from '../incidents/filters';
import { claimsJsonColumn, incidentRowColumns } from '../incidents/incident-rows';
import { type ListRow, toListItem } from '../incidents/list-incidents';
import { incidentFilterSql } from '../stats/filter-sql';
import { queryRows } from '../stats/raw';
import { dialectOf, indexedBy } from '../store/dialect';
import { sqlDateTime } from '../store/sql-values';
import type { FeedIncident } from './feed-entries';

export const FEED_SIZE = 50;

/**
 * "Recorded since" reads the range of Incident_createdAt_idx after that moment — a visit ago, a
 * few rows — named here because without ANALYZE statistics SQLite prefers the live-incidents
 * index and reads every live incident. The feed (no lower bound) is left to the planner: with a
 * selective filter (a type, a place) its own index beats walking every incident by creation.
 */
const SINCE_INDEX = 'Incident_createdAt_idx';

interface Row extends ListRow {
  summary: string;
  createdAt: string;
  updatedAt: string;
}

/** Recorded after `since` (when given), newest recorded first, at most `limit`. */
export async function listIncidentsByCreation(
  filters: IncidentFilters,
  options: { since?: Date | null; limit: number },
  database: Db = db(),
): Promise<FeedIncident[]> {
  const dialect = dialectOf(database);
  const cond = incidentFilterSql(filters, dialect);
  const since = options.since ? [sqlDateTime(options.since)] : [];
  const rows = await queryRows<Row>(
    database,
    `SELECT ${incidentRowColumns(dialect)}, i.summary, i."createdAt", i."updatedAt",
            (SELECT count(*) FROM "IncidentSource" s WHERE s."incidentId" = i.id) AS "sourceCount",
            ${claimsJsonColumn(dialect)}
       FROM "Incident" i${since.length ? indexedBy(SINCE_INDEX, dialect) : ''} LEFT JOIN "Location" l ON l.id = i."locationId"
      WHERE ${cond.sql}${since.length ? ' AND i."createdAt" > ?' : ''}
      ORDER BY i."createdAt" DESC, i.id DESC LIMIT ?`,
    [...cond.params, ...since, options.limit],
  );
  return rows.map((r) => ({
    ...toListItem(r, filters.confirmed === true),
    summary: r.summary,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}

/** How many incidents matching the filters were recorded after `since`. */
export async function countIncidentsRecordedSince(
  filters: IncidentFilters,
  since: Date,
  database: Db = db(),
): Promise<number> {
  const dialect = dialectOf(database);
  const cond = incidentFilterSql(filters, dialect);
  const [row] = await queryRows<{ n: number }>(
    database,
    `SELECT count(*) AS n FROM "Incident" i${indexedBy(SINCE_INDEX, dialect)} WHERE ${cond.sql} AND i."createdAt" > ?`,
    [...cond.params, sqlDateTime(since)],
  );
  return row?.n ?? 0;
}

/** Which of these incidents were recorded after `since`. */
export async function recordedSince(ids: number[], since: Date, database: Db = db()): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await queryRows<{ id: number }>(
    database,
    `SELECT id FROM "Incident" WHERE id IN (${ids.map(() => '?').join(', ')}) AND "createdAt" > ?`,
    [...ids, sqlDateTime(since)],
  );
  return new Set(rows.map((r) => r.id));
}
