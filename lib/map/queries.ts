import 'server-only';
import { type Db, db } from '../db';
import type { IncidentFilters } from '../incidents/filters';
import { incidentFilterSql, type SqlCondition } from '../stats/filter-sql';
import { queryRows } from '../stats/raw';
import { reconciledCtes } from '../stats/reconciled-sql';
import { clusterCellDeg, MAX_FEATURES } from './grid';
import { circleBbox } from './markers';
import type { Bbox, MapCluster, MapData, MapPoint, MapView } from './types';

/*
 * Everything here is aggregated in SQL; JavaScript only ever sees at most MAX_FEATURES rows.
 * The filters are the shared SQL translation (lib/stats/filter-sql.ts), casualties the shared
 * reconciliation (lib/stats/reconciled-sql.ts: per group the lower median across sources, as on
 * the incident page), summed per incident and kind.
 */

/** The filters, narrowed to incidents whose place lies in the bbox (and optionally to ids). */
function inView(filters: IncidentFilters, bbox: Bbox, onlyIds?: number[]): SqlCondition {
  const [w, s, e, n] = bbox;
  const base = incidentFilterSql(filters);
  return {
    sql:
      `${base.sql} AND i.locationId IN (SELECT id FROM Location WHERE lat BETWEEN ? AND ? AND lng BETWEEN ? AND ?)` +
      (onlyIds ? ' AND i.id IN (SELECT value FROM json_each(?))' : ''),
    params: [...base.params, s, n, w, e, ...(onlyIds ? [JSON.stringify(onlyIds)] : [])],
  };
}

/** `cas`: killed / injured / missing ("best") per incident matching the condition. */
function casualtyCtes(condition: SqlCondition): SqlCondition {
  const reconciled = reconciledCtes(condition);
  return {
    sql: `${reconciled.sql}, cas AS (
       SELECT incidentId,
              sum(CASE WHEN kind = 'killed' THEN best ELSE 0 END) AS killed,
              sum(CASE WHEN kind = 'injured' THEN best ELSE 0 END) AS injured,
              sum(CASE WHEN kind = 'missing' THEN best ELSE 0 END) AS missing
       FROM per_incident GROUP BY incidentId
     )`,
    params: reconciled.params,
  };
}

/** Incidents in the view, newest first. */
async function selectPoints(database: Db, condition: SqlCondition): Promise<MapPoint[]> {
  const cas = casualtyCtes(condition);
  return queryRows<MapPoint>(
    database,
    `WITH ${cas.sql}
     SELECT i.id, i.title, substr(i.date, 1, 10) AS date, substr(i.dateEnd, 1, 10) AS dateEnd,
            i.datePrecision, i.type, l.key AS placeKey, l.name AS placeName, l.path AS placePath,
            i.placePrecision, l.lat, l.lng, l.radiusM, coalesce(cas.killed, 0) AS killed,
            coalesce(cas.injured, 0) AS injured, coalesce(cas.missing, 0) AS missing
     FROM Incident i JOIN Location l ON l.id = i.locationId LEFT JOIN cas ON cas.incidentId = i.id
     WHERE ${condition.sql}
     ORDER BY i.date DESC, i.id DESC`,
    [...cas.params, ...condition.params],
  );
}

interface CellRow {
  count: number;
  lat: number;
  lng: number;
  w: number;
  s: number;
  e: number;
  n: number;
  killed: number;
  injured: number;
  missing: number;
  placeCount: number;
  placeKey: string;
  placeNames: string;
  firstId: number;
}

/**
 * Incidents grouped by grid cell: GROUP BY the cell's column and row, CAST((lng + 180) / size)
 * and CAST((lat + 90) / size) (non-negative, so CAST is floor). Per cell: the count, the mean
 * position, the bounds, casualty sums, and the three places with most incidents.
 */
async function selectCells(database: Db, condition: SqlCondition, cellDeg: number): Promise<CellRow[]> {
  const cas = casualtyCtes(condition);
  return queryRows<CellRow>(
    database,
    `WITH f AS MATERIALIZED (
       SELECT i.id, i.locationId, l.key, l.name, l.lat, l.lng,
              CAST((l.lng + 180) / ? AS INTEGER) AS cx, CAST((l.lat + 90) / ? AS INTEGER) AS cy
       FROM Incident i JOIN Location l ON l.id = i.locationId
       WHERE ${condition.sql}
     ), ${cas.sql},
     cells AS (
       SELECT cx, cy, count(*) AS count, avg(f.lat) AS lat, avg(f.lng) AS lng,
              min(f.lng) AS w, min(f.lat) AS s, max(f.lng) AS e, max(f.lat) AS n,
              sum(coalesce(cas.killed, 0)) AS killed, sum(coalesce(cas.injured, 0)) AS injured,
              sum(coalesce(cas.missing, 0)) AS missing,
              count(DISTINCT f.locationId) AS placeCount, min(f.key) AS placeKey, min(f.id) AS firstId
       FROM f LEFT JOIN cas ON cas.incidentId = f.id
       GROUP BY cx, cy
     ), places AS (
       SELECT cx, cy, name, row_number() OVER (PARTITION BY cx, cy ORDER BY count(*) DESC, name) AS rk
       FROM f GROUP BY cx, cy, locationId, name
     ), names AS (
       SELECT cx, cy, json_group_array(name ORDER BY rk) AS placeNames
       FROM places WHERE rk <= 3 GROUP BY cx, cy
     )
     SELECT cells.*, names.placeNames FROM cells JOIN names USING (cx, cy)
     ORDER BY cells.count DESC`,
    [cellDeg, cellDeg, ...condition.params, ...cas.params],
  );
}

/** Matching incidents inside the view, and those with no place at all, in one pass. */
async function countIncidents(database: Db, filters: IncidentFilters, bbox: Bbox) {
  const [w, s, e, n] = bbox;
  const base = incidentFilterSql(filters);
  const [row] = await queryRows<{ inView: number | null; unplaced: number | null }>(
    database,
    `SELECT sum(CASE WHEN i.locationId IN
                  (SELECT id FROM Location WHERE lat BETWEEN ? AND ? AND lng BETWEEN ? AND ?)
                THEN 1 ELSE 0 END) AS inView,
            sum(CASE WHEN i.locationId IS NULL THEN 1 ELSE 0 END) AS unplaced
     FROM Incident i WHERE ${base.sql}`,
    [s, n, w, e, ...base.params],
  );
  return { inView: row?.inView ?? 0, unplaced: row?.unplaced ?? 0 };
}

/**
 * What the map shows for a filter set and a view: every incident when the view holds at most
 * MAX_FEATURES of them, otherwise grid clusters (a cell of one incident comes back as that
 * incident). Either way the answer has at most MAX_FEATURES features.
 */
export async function queryMapData(
  database: Db,
  options: { filters: IncidentFilters; view: MapView },
): Promise<MapData> {
  const { filters, view } = options;
  const { inView: total, unplaced } = await countIncidents(database, filters, view.bbox);
  const base = { view, total, unplaced };
  if (total <= MAX_FEATURES) {
    const points = total ? await selectPoints(database, inView(filters, view.bbox)) : [];
    return { ...base, mode: 'points', points, clusters: [], cellDeg: null };
  }
  const cellDeg = clusterCellDeg(view);
  const cells = await selectCells(database, inView(filters, view.bbox), cellDeg);
  const singles = cells.filter((c) => c.count === 1).map((c) => c.firstId);
  const points = singles.length ? await selectPoints(database, inView(filters, view.bbox, singles)) : [];
  const clusters = cells
    .filter((c) => c.count > 1)
    .map(
      (c): MapCluster => ({
        lat: c.lat,
        lng: c.lng,
        count: c.count,
        bounds: [c.w, c.s, c.e, c.n],
        killed: c.killed,
        injured: c.injured,
        missing: c.missing,
        placeCount: c.placeCount,
        placeNames: JSON.parse(c.placeNames) as string[],
        placeKey: c.placeCount === 1 ? c.placeKey : null,
      }),
    );
  return { ...base, mode: 'clusters', points, clusters, cellDeg };
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
