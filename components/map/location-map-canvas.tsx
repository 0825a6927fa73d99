'use client';
import 'leaflet/dist/leaflet.css';
import { divIcon } from 'leaflet';
import { useMemo, useState } from 'react';
import { Circle, MapContainer, Marker } from 'react-leaflet';
import { circleBbox } from '@/lib/map/markers';
import { BasemapLayer, Tiles } from './basemap-layer';
import type { IncidentLocationMapProps } from './incident-location-map';
import { TextTooltip } from './text-tooltip';
import { toLatLngBounds, ViewWatcher } from './view-watcher';

/** The Leaflet part of the incident page's map (browser only). */
export default function LocationMapCanvas(props: IncidentLocationMapProps & { approximate: boolean }) {
  const [tilesFailed, setTilesFailed] = useState(false);
  const pin = useMemo(
    () =>
      divIcon({
        className: 'map-icon',
        html: '<span class="map-pin" style="background:#0b5cad"></span>',
        iconSize: [18, 18],
      }),
    [],
  );
  // Room around the place (at least 12 km), so the reader sees where in Haiti it is.
  const bounds = toLatLngBounds(circleBbox(props.lat, props.lng, Math.max(props.radiusM * 4, 12_000)));
  const label = <TextTooltip text={props.label} permanent direction="right" offset={[10, 0]} />;
  return (
    <MapContainer
      bounds={bounds}
      className="map-canvas map-small"
      scrollWheelZoom={false}
      minZoom={6}
      maxZoom={18}
    >
      <Tiles tiles={props.tiles} onFailed={() => setTilesFailed(true)} />
      <BasemapLayer showLabels={!props.tiles.url || tilesFailed} />
      {props.approximate ? (
        <Circle
          center={[props.lat, props.lng]}
          radius={props.radiusM}
          interactive={false}
          pathOptions={{
            color: '#0b5cad',
            weight: 2,
            dashArray: '6 5',
            fillColor: '#0b5cad',
            fillOpacity: 0.15,
          }}
        >
          {label}
        </Circle>
      ) : (
        <Marker position={[props.lat, props.lng]} icon={pin} interactive={false} keyboard={false}>
          {label}
        </Marker>
      )}
      <ViewWatcher label={`Map of ${props.label}`} />
    </MapContainer>
  );
}
