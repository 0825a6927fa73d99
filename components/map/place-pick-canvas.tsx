'use client';
import 'leaflet/dist/leaflet.css';
import { useState } from 'react';
import { CircleMarker, MapContainer, useMapEvents } from 'react-leaflet';
import { placeAtPoint } from '@/lib/map/place-at-point';
import { BasemapLayer, Tiles } from './basemap-layer';
import type { PlacePickMapProps } from './place-pick-map';
import { TextTooltip } from './text-tooltip';

function ClickToPick({ places, onPickPlace, onPickPoint }: PlacePickMapProps) {
  useMapEvents({
    click(event) {
      const { lat, lng } = event.latlng;
      onPickPoint?.(lat, lng);
      const place = placeAtPoint(places, lat, lng);
      if (place) onPickPlace(place);
    },
  });
  return null;
}

export default function PlacePickCanvas(props: PlacePickMapProps) {
  const [tilesFailed, setTilesFailed] = useState(false);
  return (
    <MapContainer
      bounds={[
        [18.3, -73.1],
        [19.6, -71.9],
      ]}
      className="map-canvas map-small"
      scrollWheelZoom={false}
      minZoom={6}
      maxZoom={17}
    >
      <Tiles tiles={props.tiles} onFailed={() => setTilesFailed(true)} />
      <BasemapLayer showLabels={!props.tiles.url || tilesFailed} />
      {props.places
        .filter((p) => p.kind !== 'country')
        .map((p) => (
          <CircleMarker
            key={p.id}
            center={[p.lat, p.lng]}
            radius={p.id === props.chosenId ? 8 : 4}
            pathOptions={{
              color: p.id === props.chosenId ? '#a4161a' : '#0b5cad',
              weight: p.id === props.chosenId ? 3 : 1,
              fillOpacity: 0.7,
            }}
            eventHandlers={{
              click: (e) => {
                e.originalEvent.stopPropagation();
                props.onPickPlace(p);
              },
            }}
          >
            <TextTooltip text={p.name} />
          </CircleMarker>
        ))}
      <ClickToPick {...props} />
    </MapContainer>
  );
}
