'use client';
import 'leaflet/dist/leaflet.css';
import { useMemo, useState } from 'react';
import { MapContainer } from 'react-leaflet';
import type { Bbox, MapCluster, MapPoint, MapTiles } from '@/lib/map/types';
import { DEFAULT_BBOX } from '@/lib/map/views';
import { BasemapLayer, Tiles } from './basemap-layer';
import { IncidentFeatures } from './incident-features';
import { toLatLngBounds, ViewWatcher } from './view-watcher';

function boundsOf(points: readonly { lat: number; lng: number }[]): Bbox {
  if (points.length === 0) return DEFAULT_BBOX;
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/** The Leaflet part of the home page's map (browser only). */
export default function OverviewMapCanvas({
  points,
  clusters,
  cellDeg,
  tiles,
}: {
  points: MapPoint[];
  clusters: MapCluster[];
  cellDeg: number | null;
  tiles: MapTiles;
}) {
  const [tilesFailed, setTilesFailed] = useState(false);
  const bounds = useMemo(() => toLatLngBounds(boundsOf([...points, ...clusters])), [points, clusters]);
  return (
    <MapContainer
      bounds={bounds}
      boundsOptions={{ padding: [24, 24], maxZoom: 11 }}
      className="map-canvas map-small"
      scrollWheelZoom={false}
      minZoom={6}
      maxZoom={18}
    >
      <Tiles tiles={tiles} onFailed={() => setTilesFailed(true)} />
      <BasemapLayer showLabels={!tiles.url || tilesFailed} />
      <IncidentFeatures points={points} clusters={clusters} cellDeg={cellDeg} filters={{}} />
      <ViewWatcher label="Map of incidents" />
    </MapContainer>
  );
}
