/**
 * Named views of the map. The Map page opens on the Port-au-Prince area with the Artibonite
 * (Pont-Sondé, Saint-Marc) in reach; the quick jumps go to either.
 */
import type { Bbox, MapView } from './types';

export const HAITI_BBOX: Bbox = [-74.55, 17.95, -71.6, 20.15];
export const PORT_AU_PRINCE_BBOX: Bbox = [-72.45, 18.45, -72.2, 18.64];
/** The lower Artibonite, where the reports place the fighting: Saint-Marc, Pont-Sondé, Gonaïves. */
export const ARTIBONITE_BBOX: Bbox = [-72.95, 18.98, -72.35, 19.5];
/** What the page fits on first load: the capital's area up to Pont-Sondé and Saint-Marc. */
export const DEFAULT_BBOX: Bbox = [-72.75, 18.47, -72.2, 19.19];

export const QUICK_JUMPS: readonly { label: string; bbox: Bbox }[] = [
  { label: 'Port-au-Prince', bbox: PORT_AU_PRINCE_BBOX },
  { label: 'Artibonite', bbox: ARTIBONITE_BBOX },
  { label: 'All of Haiti', bbox: HAITI_BBOX },
];

/**
 * The view the server computes the first data for, before the browser knows its map size:
 * all of Haiti, at the zoom a laptop-sized map fits the default area to. The browser
 * fetches again only when the user leaves it (or zooms while the data is clustered).
 */
export const INITIAL_VIEW: MapView = { bbox: [-74.6, 17.7, -70.6, 20.2], zoom: 9 };
