import type { Grade } from '../incidents/grade';
/** What the map draws: plain data, computed on the server, handed to the Leaflet components. */

/** west, south, east, north in degrees (WGS84), as in GeoJSON and the `bbox` parameter. */
export type Bbox = [west: number, south: number, east: number, north: number];

export interface MapView {
  bbox: Bbox;
  zoom: number;
}

export interface Casualties {
  killed: number;
  injured: number;
  missing: number;
}

/** One incident, at the coordinates of its place. Casualties are the reconciled "best" figures. */
export interface MapPoint extends Casualties {
  id: number;
  title: string;
  date: string;
  dateEnd: string | null;
  datePrecision: string;
  type: string;
  /** How sure we are (lib/incidents/grade.ts). */
  grade: Grade;
  placeKey: string;
  placeName: string;
  /** Keys from the country down, "/haiti/artibonite/saint-marc/pont-sonde/". */
  placePath: string;
  placePrecision: string;
  lat: number;
  lng: number;
  radiusM: number;
}

/**
 * Incidents of one grid cell, when the view holds too many to draw one by one. A cell of a
 * single place is that place's marker (`placeKey` set): opened, it lists the place's incidents
 * from /api/map/place, page by page.
 */
export interface MapCluster extends Casualties {
  /** The mean position of the incidents (each incident counts once). */
  lat: number;
  lng: number;
  count: number;
  bounds: Bbox;
  /** How many places the incidents are at, and up to three of their names. */
  placeCount: number;
  placeNames: string[];
  /** Set when every incident is at one place: zooming in cannot split the cluster. */
  placeKey: string | null;
}

/**
 * One answer of the map (lib/map/budget.ts): at most 500 features (points + clusters) and
 * 100,000 bytes of JSON, whatever the view and the store.
 */
export interface MapData {
  /**
   * "points": every incident in the view (at most 200 of them); "clusters": one feature per grid
   * cell, a cluster — a place marker for a cell of one place — or, for a cell of a single
   * incident, that incident as a point when the answer still fits.
   */
  mode: 'points' | 'clusters';
  view: MapView;
  /** Incidents matching the filters inside the view, drawn one by one or not. */
  total: number;
  points: MapPoint[];
  clusters: MapCluster[];
  /** Grid cell size in degrees when clustered. */
  cellDeg: number | null;
  /** Incidents matching the filters that have no known place, so cannot be on any map. */
  unplaced: number;
}

/** Tile settings as the map components receive them; `url` null = basemap only. */
export interface MapTiles {
  url: string | null;
  attribution: string;
}

/** One incident of a place marker's list (GET /api/map/place). */
export type PlaceIncident = Pick<
  MapPoint,
  'id' | 'title' | 'date' | 'dateEnd' | 'datePrecision' | 'type' | 'grade' | 'killed' | 'injured' | 'missing'
>;

/** A page of a place's incidents matching the filters, newest first (GET /api/map/place). */
export interface PlaceIncidentsPage {
  place: { key: string; name: string; path: string };
  /** The place's incidents matching the filters: the place marker's count. */
  total: number;
  incidents: PlaceIncident[];
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
}
