import 'server-only';
import { type Db, db } from '../db';
import type { IncidentFilters } from '../incidents/filters';
import {
  claimsJsonColumn,
  type IncidentRow,
  incidentRowColumns,
  KEYSET_AFTER,
  reconcileClaimsJson,
} from '../incidents/incident-rows';
import { incidentFilterSql } from '../stats/filter-sql';
import { queryRows } from '../stats/raw';
import { dayKey, dialectOf, jsonArrayAgg } from '../store/dialect';
import type { ExportIncident } from './csv';
import { namedVictims, personsJsonColumn } from './victims';

const BATCH = 500;

interface BatchRow extends IncidentRow {
  lat: number | null;
  lng: number | null;
  radiusM: number | null;
  summary: string;
  /** JSON: [[reportId, title, outlet, url, publishedAt], …] by report id */
  sources: string;
  /** personsJsonColumn */
  persons: string;
  /** JSON: [[role, actorKey, name, actorType, country, reportId], …] as stored */
  actors: string;
  /** The stored date, for the keyset. */
  keyDate: string;
}

/**
 * One batch in one statement: the incidents after the keyset position, with their place, and
 * their claims and sources as JSON arrays from correlated subqueries (index lookups per
 * incident). Measured at 100,000 incidents: ~20 ms per 500 rows, against ~130 ms for the same
 * batch through Prisma's includes (three queries and an object graph per row).
 */
function fetchBatch(
  database: Db,
  filters: IncidentFilters,
  after: { date: string; id: number } | null,
): Promise<BatchRow[]> {
  const dialect = dialectOf(database);
  const cond = incidentFilterSql(filters, dialect);
  // The range form of the keyset: each batch starts where the last ended.
  const keyset = after ? KEYSET_AFTER : '';
  const sources = jsonArrayAgg(
    `r.id, r.title, r.outlet, r.url, ${dayKey('r."publishedAt"', dialect)}`,
    dialect,
    'r.id',
  );
  const actors = jsonArrayAgg(
    'a.role, a."actorKey", a.name, a."actorType", a.country, a."reportId"',
    dialect,
    'a.id',
  );
  return queryRows<BatchRow>(
    database,
    `SELECT ${incidentRowColumns(dialect)}, l.lat, l.lng, i.summary,
            ${claimsJsonColumn(dialect)}, ${personsJsonColumn(dialect)},
            (SELECT ${sources}
             FROM (SELECT r.id, r.title, r.outlet, r.url, r."publishedAt" FROM "IncidentSource" s
                   JOIN "Report" r ON r.id = s."reportId" WHERE s."incidentId" = i.id ORDER BY s."reportId") r) AS sources,
            (SELECT ${actors}
             FROM (SELECT * FROM "ActorClaim" a WHERE a."incidentId" = i.id ORDER BY a.id) a) AS actors,
            i.date AS "keyDate"
     FROM "Incident" i LEFT JOIN "Location" l ON l.id = i."locationId"
     WHERE ${cond.sql}${keyset}
     ORDER BY i."deletedAt" DESC, i.date DESC, i.id DESC LIMIT ?`,
    [...cond.params, ...(after ? [after.date, after.date, after.id] : []), BATCH],
  );
}

type ActorTuple = [string, string | null, string, string, string | null, number];
type SourceTuple = [number, string, string | null, string | null, string | null];

/**
 * The filtered incidents, newest first, BATCH at a time by keyset: an export of any size holds
 * one batch in memory, and each batch costs the same however deep it is.
 */
export async function* exportIncidents(
  filters: IncidentFilters,
  database: Db = db(),
): AsyncGenerator<ExportIncident[]> {
  const places = await database.location.findMany({ select: { key: true, name: true, kind: true } });
  const placeByKey = new Map(places.map((p) => [p.key, p]));
  const ancestor = (path: string | undefined, kind: string) =>
    path
      ?.split('/')
      .filter(Boolean)
      .map((k) => placeByKey.get(k))
      .find((p) => p?.kind === kind)?.name ?? null;
  let after: { date: string; id: number } | null = null;
  for (;;) {
    const rows = await fetchBatch(database, filters, after);
    if (rows.length === 0) return;
    yield rows.map((r): ExportIncident => {
      const casualties = reconcileClaimsJson(r.claims, filters.confirmed === true);
      const exported = (g: { kind: string; affiliation: string; country: string | null }) =>
        casualties.some(
          (c) => c.kind === g.kind && c.affiliation === g.affiliation && c.country === g.country,
        );
      return {
        id: r.id,
        date: r.date,
        dateEnd: r.dateEnd,
        datePrecision: r.datePrecision,
        type: r.type,
        title: r.title,
        summary: r.summary,
        status: r.status,
        grade: r.grade,
        placeName: r.name,
        placeKey: r.key,
        placeKind: r.kind,
        placePrecision: r.placePrecision,
        placeText: r.placeText,
        commune: ancestor(r.path ?? undefined, 'commune'),
        department: ancestor(r.path ?? undefined, 'department'),
        lat: r.lat,
        lng: r.lng,
        radiusM: r.radiusM,
        casualties,
        victims: namedVictims(r.persons, exported),
        actors: (JSON.parse(r.actors) as ActorTuple[]).map(([role, key, name, type, country, reportId]) => ({
          role,
          key,
          name,
          type,
          country,
          reportId,
        })),
        sources: (JSON.parse(r.sources) as SourceTuple[]).map(
          ([reportId, title, outlet, url, publishedAt]) => ({
            reportId,
            title,
            outlet,
            url,
            publishedAt,
          }),
        ),
      };
    });
    if (rows.length < BATCH) return;
    const last = rows.at(-1) as BatchRow;
    after = { date: last.keyDate, id: last.id };
  }
}
