'use client';
import type { Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Bbox, MapView } from '@/lib/map/types';

const round = (v: number) => Math.round(v * 1e5) / 1e5;

export function viewOf(map: LeafletMap): MapView {
  const b = map.getBounds();
  const bbox: Bbox = [
    round(Math.max(-180, b.getWest())),
    round(Math.max(-90, b.getSouth())),
    round(Math.min(180, b.getEast())),
    round(Math.min(90, b.getNorth())),
  ];
  // The API takes whole zoom levels; a half level gets the coarser grid of the level below.
  return { bbox, zoom: Math.floor(map.getZoom()) };
}

export const toLatLngBounds = ([w, s, e, n]: Bbox): [[number, number], [number, number]] => [
  [s, w],
  [n, e],
];

/**
 * Names the map for assistive technology, hands the Leaflet map to the page (for the quick
 * jumps) and reports the view after every move.
 */
export function ViewWatcher({
  label,
  describedBy,
  onReady,
  onViewChange,
}: {
  label: string;
  describedBy?: string;
  onReady?: (map: LeafletMap) => void;
  onViewChange?: (view: MapView) => void;
}) {
  const map = useMap();
  useMapEvents({ moveend: () => onViewChange?.(viewOf(map)) });
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the map exists
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
    if (describedBy) container.setAttribute('aria-describedby', describedBy);
    onReady?.(map);
    onViewChange?.(viewOf(map));
  }, [map]);
  return null;
}
