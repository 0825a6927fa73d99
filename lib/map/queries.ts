import 'server-only';
import { cubeAnswers, cubePlaceRows } from '../aggregates/cube-read';
import { cachedByMonth } from '../aggregates/month-partitions';
import { type Db, db } from '../db';
import type { IncidentFilters } from '../incidents/filters';
import { incidentFilterSql } from '../stats/filter-sql';
import { queryRows } from '../stats/raw';
import { dayKey, dialectOf, idIn, indexedBy, nullSafeEquals } from '../store/dialect';
import {
  clusterAnswer,
  loneIncidentIds,
  MAX_POINTS,
  pointsAnswer,
  withinBudget,
  withLonePoints,
} from './budget';
import { casualtyColumns, confirmedSql } from './casualty-sql';
import type { PlaceAggregate } from './cluster-places';
import { bboxHas } from './grid';
import { circleBbox } from './markers';
import type { Bbox, MapData, MapPoint, MapView } from './types';

/*
 * Two reads, both in SQL: the matching incidents summed per place (month by month, each month
 * cached under its own counters: one row per place and month, whatever the number of incidents),
 * and the incidents drawn one by one (at most MAX_POINTS of them, or the single-incident cells of
 * a clustered view; found by place through the (locationId, date) index). Clustering a view is a
 * pass over the places in it (cluster-places.ts); what an answer may hold is budget.ts.
 */

/** The given incidents (by place or by id, within the filters), newest first. */
export async function selectPoints(
  database: Db,
  filters: IncidentFilters,
  only: { placeIds: number[] } | { ids: number[] },
): Promise<MapPoint[]> {
  const dialect = dialectOf(database);
  const base = incidentFilterSql(filters, dialect);
  const narrow =
    'placeIds' in only ? idIn('i."locationId"', only.placeIds, dialect) : idIn('i.id', only.ids, dialect);
  return queryRows<MapPoint>(
    database,
    `SELECT i.id, i.title, ${dayKey('i.date', dialect)} AS date, ${dayKey('i."dateEnd"', dialect)} AS "dateEnd",
            i."datePrecision", i.type, i.grade, l.key AS "placeKey", l.name AS "placeName", l.path AS "placePath",
            i."placePrecision", l.lat, l.lng, l."radiusM", ${casualtyColumns(filters)}
     FROM "Incident" i JOIN "Location" l ON l.id = i."locationId"
     WHERE ${base.sql} AND ${narrow.sql}
     ORDER BY i.date DESC, i.id DESC`,
    [...base.params, ...narrow.params],
  );
}

export interface PlaceRow extends Omit<PlaceAggregate, 'locationId' | 'key' | 'name' | 'lat' | 'lng'> {
  locationId: number | null;
  key: string | null;
  name: string | null;
  lat: number | null;
  lng: number | null;
}

/** The matching incidents per place (locationId null: those with no known place). */
export async function selectPlaces(database: Db, filters: IncidentFilters): Promise<PlaceRow[]> {
  const dialect = dialectOf(database);
  const base = incidentFilterSql(filters, dialect);
  const sum = (kind: string) => `coalesce(sum(CASE WHEN ic.kind = '${kind}' THEN ic.best END), 0)`;
  const sameLocation = nullSafeEquals('cas."locationId"', 'places."locationId"', dialect);
  return queryRows<PlaceRow>(
    database,
    `WITH f AS MATERIALIZED (SELECT i.id, i."locationId" FROM "Incident" i WHERE ${base.sql}),
     places AS (SELECT "locationId", count(*) AS count, min(id) AS "firstId" FROM f GROUP BY "locationId"),
     cas AS (
       SELECT f."locationId", ${sum('killed')} AS killed, ${sum('injured')} AS injured,
              ${sum('missing')} AS missing
       FROM f JOIN "IncidentCasualty" ic${indexedBy('IncidentCasualty_covering_idx', dialect)} ON ic."incidentId" = f.id
       WHERE 1 = 1 ${confirmedSql(filters)}
       GROUP BY f."locationId"
     )
     SELECT places."locationId", l.key, l.name, l.lat, l.lng, places.count, places."firstId",
            coalesce(cas.killed, 0) AS killed, coalesce(cas.injured, 0) AS injured,
            coalesce(cas.missing, 0) AS missing
     FROM places LEFT JOIN cas ON ${sameLocation}
     LEFT JOIN "Location" l ON l.id = places."locationId"`,
    base.params,
  );
}

/** Per-place sums of several months added up (a place's first incident: the lowest id). */
export function mergePlaceRows(parts: readonly (readonly PlaceRow[])[]): PlaceRow[] {
  const sums = new Map<number | null, PlaceRow>();
  for (const row of parts.flat()) {
    const sum = sums.get(row.locationId);
    if (!sum) sums.set(row.locationId, { ...row });
    else {
      sum.count += row.count;
      sum.firstId = Math.min(sum.firstId, row.firstId);
      sum.killed += row.killed;
      sum.injured += row.injured;
      sum.missing += row.missing;
    }
  }
  return [...sums.values()];
}

export function placesFor(database: Db, filters: IncidentFilters, cache: boolean): Promise<PlaceRow[]> {
  if (!cache) return selectPlaces(database, filters);
  return cachedByMonth(
    database,
    { key: 'map-places', filters, scopes: ['places'] },
    (month, at) =>
      cubeAnswers(filters, at, true) ? cubePlaceRows(database, at, filters) : selectPlaces(database, month),
    mergePlaceRows,
  );
}

/**
 * What the map shows for a filter set and a view, within budget.ts's bounds (at most
 * MAX_FEATURES features, MAX_BYTES of JSON): every incident when the view holds at most
 * MAX_POINTS of them, otherwise grid clusters — a cell of one place is that place's marker, a
 * cell of one incident that incident when it fits. `total` and `unplaced` count every matching
 * incident whatever is drawn. `cache: false` reads the store afresh (the benchmark's floor).
 */
export async function queryMapData(
  database: Db,
  options: { filters: IncidentFilters; view: MapView; cache?: boolean },
): Promise<MapData> {
  const { filters, view } = options;
  const rows = await placesFor(database, filters, options.cache ?? true);
  const unplaced = rows.find((r) => r.locationId === null)?.count ?? 0;
  const inView = rows.filter(
    (r): r is PlaceRow & PlaceAggregate =>
      r.locationId !== null && r.lat !== null && r.lng !== null && bboxHas(view.bbox, r.lat, r.lng),
  );
  const total = inView.reduce((n, p) => n + p.count, 0);
  const base = { view, total, unplaced };
  if (total <= MAX_POINTS) {
    const placeIds = inView.map((p) => p.locationId);
    const points = pointsAnswer(base, total ? await selectPoints(database, filters, { placeIds }) : []);
    // Over the byte budget only with uncommonly long titles or place names: clustered instead.
    if (withinBudget(points)) return points;
  }
  const clustered = clusterAnswer(base, inView);
  const lone = loneIncidentIds(clustered);
  return withLonePoints(clustered, lone.length ? await selectPoints(database, filters, { ids: lone }) : []);
}

export function mapData(filters: IncidentFilters, view: MapView): Promise<MapData> {
  return queryMapData(db(), { filters, view });
}

/** The extent of a gazetteer place, for opening the map on it when the filters name it. */
export async function placeBbox(key: string): Promise<Bbox | null> {
  const place = await db().location.findUnique({
    where: { key },
    select: { lat: true, lng: true, radiusM: true },
  });
  // At least ~3 km across, so a site is shown with its surroundings.
  return place ? circleBbox(place.lat, place.lng, Math.max(place.radiusM, 1500)) : null;
}
