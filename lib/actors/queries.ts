import 'server-only';
/**
 * Reads for the actor pages. Counts go through the incident filters (lib/stats/filter-sql.ts),
 * so an actor page says what the timeline filtered by that actor lists — a coalition with its
 * member groups while they belonged.
 */
import type { Db } from '../db';
import type { IncidentFilters } from '../incidents/filters';
import { countIncidentsIn } from '../incidents/queries';
import { incidentFilterSql } from '../stats/filter-sql';
import { queryRows } from '../stats/raw';
import { dayKey, dialectOf, keyIn, monthKey } from '../store/dialect';
import { ACTORS, type ActorEntry, actorWithMembers } from './register';

export interface ActorSummary {
  actor: ActorEntry;
  asPerpetrator: number;
  asTarget: number;
}

/** Every actor of the register with how many live incidents name it in each role. */
export async function listActorSummaries(database: Db): Promise<ActorSummary[]> {
  return Promise.all(
    ACTORS.map(async (actor) => {
      const filters: IncidentFilters = { actor: [actor.key] };
      const [asPerpetrator, asTarget] = await Promise.all([
        countIncidentsIn(database, { ...filters, actorRole: 'perpetrator' }),
        countIncidentsIn(database, { ...filters, actorRole: 'target' }),
      ]);
      return { actor, asPerpetrator, asTarget };
    }),
  );
}

export interface ActorReport {
  id: number;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
}

/** The live reports that name the actor (or, for a coalition, its members), newest first. */
export async function listActorReports(
  database: Db,
  key: string,
  limit: number,
): Promise<{ reports: ActorReport[]; total: number }> {
  const dialect = dialectOf(database);
  const keys = keyIn('ac."actorKey"', [...new Set(actorWithMembers(key).map((m) => m.key))], dialect);
  const from = `FROM "Report" r WHERE r."withdrawnAt" IS NULL AND r.id IN (
      SELECT ac."reportId" FROM "ActorClaim" ac WHERE ${keys.sql})`;
  const [reports, [count]] = await Promise.all([
    queryRows<ActorReport>(
      database,
      `SELECT r.id, r.title, r.outlet, ${dayKey('r."publishedAt"', dialect)} AS "publishedAt" ${from}
       ORDER BY r."publishedAt" DESC, r.id DESC LIMIT ?`,
      [...keys.params, limit],
    ),
    queryRows<{ total: number }>(database, `SELECT count(*) AS total ${from}`, keys.params),
  ]);
  return { reports, total: count?.total ?? 0 };
}

export interface MonthCount {
  month: string;
  incidents: number;
}

/** How many incidents match, month by month (by when each started), oldest first. */
export async function incidentsByMonth(database: Db, filters: IncidentFilters): Promise<MonthCount[]> {
  const dialect = dialectOf(database);
  const condition = incidentFilterSql(filters, dialect);
  return queryRows<MonthCount>(
    database,
    `SELECT ${monthKey('i.date', dialect)} AS month, count(*) AS incidents FROM "Incident" i
     WHERE ${condition.sql} GROUP BY month ORDER BY month`,
    condition.params,
  );
}
