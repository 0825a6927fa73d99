import 'server-only';
import type { Db } from '../db';
import { decodeCursor, encodeCursor, type IncidentFilters } from '../incidents/filters';
import { KEYSET_AFTER } from '../incidents/incident-rows';
import { incidentFilterSql } from '../stats/filter-sql';
import { queryRows } from '../stats/raw';
import { dayKey, dialectOf } from '../store/dialect';
import { sqlDate } from '../store/sql-values';
import { casualtyColumns } from './casualty-sql';
import { placesFor } from './queries';
import type { PlaceIncident, PlaceIncidentsPage } from './types';

/** Incidents per page of a place marker's list. */
export const PLACE_PAGE_SIZE = 20;

/**
 * What a place marker lists when opened: the incidents recorded at that place itself (not at the
 * places within it, which have markers of their own), matching the filters, newest first, paged
 * by keyset (date, id) as the timeline is — a later page costs what the first does, through the
 * (locationId, date) index. Casualties as on the map's points ("confirmed only" included).
 * The total is the marker's own count, from the same cached per-place sums. Null: no such place.
 */
export async function listPlaceIncidents(
  database: Db,
  options: { key: string; filters: IncidentFilters; cursor?: string; cache?: boolean },
): Promise<PlaceIncidentsPage | null> {
  const place = await database.location.findUnique({
    where: { key: options.key },
    select: { id: true, key: true, name: true, path: true },
  });
  if (!place) return null;
  const { filters } = options;
  const dialect = dialectOf(database);
  const base = incidentFilterSql(filters, dialect);
  const after = options.cursor ? decodeCursor(options.cursor) : null;
  const day = after ? sqlDate(after.date.toISOString().slice(0, 10)) : null;
  const [rows, places] = await Promise.all([
    queryRows<PlaceIncident>(
      database,
      `SELECT i.id, i.title, ${dayKey('i.date', dialect)} AS date, ${dayKey('i."dateEnd"', dialect)} AS "dateEnd",
              i."datePrecision", i.type, i.grade, ${casualtyColumns(filters)}
       FROM "Incident" i
       WHERE ${base.sql} AND i."locationId" = ?${after ? KEYSET_AFTER : ''}
       ORDER BY i."deletedAt" DESC, i.date DESC, i.id DESC LIMIT ?`,
      [...base.params, place.id, ...(after && day ? [day, day, after.id] : []), PLACE_PAGE_SIZE + 1],
    ),
    placesFor(database, filters, options.cache ?? true),
  ]);
  const incidents = rows.slice(0, PLACE_PAGE_SIZE);
  const last = incidents[PLACE_PAGE_SIZE - 1];
  return {
    place: { key: place.key, name: place.name, path: place.path },
    total: places.find((p) => p.locationId === place.id)?.count ?? 0,
    incidents,
    nextCursor:
      rows.length > PLACE_PAGE_SIZE && last
        ? encodeCursor(new Date(`${last.date}T00:00:00Z`), last.id)
        : null,
  };
}
