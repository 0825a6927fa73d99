import 'server-only';
import { settings } from '../env';
import type { MapTiles } from './types';

/** The tile settings the map components receive as props ("off" → basemap only). */
export function mapTiles(): MapTiles {
  const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION } = settings();
  return { url: MAP_TILE_URL === 'off' ? null : MAP_TILE_URL, attribution: MAP_TILE_ATTRIBUTION };
}
