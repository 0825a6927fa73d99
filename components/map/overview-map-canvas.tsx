'use client';
import 'leaflet/dist/leaflet.css';
import { useMemo, useState } from 'react';
import { MapContainer } from 'react-leaflet';
import type { Bbox, MapPoint, MapTiles } from '@/lib/map/types';
import { DEFAULT_BBOX } from '@/lib/map/views';
import { BasemapLayer, Tiles } from './basemap-layer';
import { IncidentFeatures } from './incident-features';
import { toLatLngBounds, ViewWatcher } from './view-watcher';

function boundsOf(points: MapPoint[]): Bbox {
  if (points.length === 0) return DEFAULT_BBOX;
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/** The Leaflet part of the home page's map (browser only). */
export default function OverviewMapCanvas({ points, tiles }: { points: MapPoint[]; tiles: MapTiles }) {
  const [tilesFailed, setTilesFailed] = useState(false);
  const bounds = useMemo(() => toLatLngBounds(boundsOf(points)), [points]);
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
      <IncidentFeatures points={points} clusters={[]} cellDeg={null} filters={{}} />
      <ViewWatcher label="Map of incidents" />
    </MapContainer>
  );
}
