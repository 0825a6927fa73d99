'use client';
import 'leaflet/dist/leaflet.css';
import Link from 'next/link';
import { useState } from 'react';
import { CircleMarker, MapContainer, Popup } from 'react-leaflet';
import { LEVEL_COLOURS, LEVEL_LABELS, LEVEL_RANK } from '@/lib/early-warning/surge';
import type { SurgeMapPlace } from '@/lib/early-warning/view';
import type { Bbox, MapTiles } from '@/lib/map/types';
import { BasemapLayer, Tiles } from './basemap-layer';
import { TextTooltip } from './text-tooltip';
import { toLatLngBounds, ViewWatcher } from './view-watcher';

/** All of Haiti: signals may be anywhere in the country. */
const HAITI: Bbox = [-74.5, 18.0, -71.6, 20.1];

/** Area grows with incidents (radius with the square root), within what the map can hold. */
const radius = (incidents: number) => Math.min(28, 5 + 3 * Math.sqrt(incidents));

const summary = (p: SurgeMapPlace) =>
  `${p.name}: ${p.incidents} incidents (usual ${p.incidentsUsual}), ${p.killed} killed (usual ${p.killedUsual}) — ${LEVEL_LABELS[p.level]}`;

/** The Leaflet part of the early-warning map (browser only). */
export default function SurgeMapCanvas({ places, tiles }: { places: SurgeMapPlace[]; tiles: MapTiles }) {
  const [tilesFailed, setTilesFailed] = useState(false);
  // The strongest signals drawn last, on top.
  const drawn = [...places].sort(
    (a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || b.incidents - a.incidents,
  );
  return (
    <MapContainer
      bounds={toLatLngBounds(HAITI)}
      className="map-canvas surge-map-canvas"
      scrollWheelZoom={false}
      minZoom={6}
      maxZoom={14}
    >
      <Tiles tiles={tiles} onFailed={() => setTilesFailed(true)} />
      <BasemapLayer showLabels={!tiles.url || tilesFailed} />
      {drawn.map((p) => (
        <CircleMarker
          key={p.key}
          center={[p.lat, p.lng]}
          radius={radius(p.incidents)}
          pathOptions={{
            color: '#fff',
            weight: 1.5,
            fillColor: LEVEL_COLOURS[p.level],
            fillOpacity: p.level === 'none' ? 0.55 : 0.85,
          }}
        >
          <TextTooltip text={summary(p)} direction="top" />
          <Popup>
            <div className="map-popup">
              <p className="map-popup-place">
                {p.name} <span className="muted">({p.department})</span>
              </p>
              <p className="map-popup-note">
                <strong>{LEVEL_LABELS[p.level]}</strong>: {p.incidents} incidents in the last 4 weeks (usual{' '}
                {p.incidentsUsual}); {p.killed} killed (usual {p.killedUsual})
              </p>
              <p className="map-popup-note">
                <Link href={p.href}>The incidents behind it</Link>
              </p>
            </div>
          </Popup>
        </CircleMarker>
      ))}
      <ViewWatcher label="Map of communes by signal" />
    </MapContainer>
  );
}
