'use client';
import 'leaflet/dist/leaflet.css';
import type { Map as LeafletMap } from 'leaflet';
import { MapContainer } from 'react-leaflet';
import type { IncidentFilters } from '@/lib/incidents/filters';
import type { Bbox, MapData, MapTiles, MapView } from '@/lib/map/types';
import type { UrlView } from '@/lib/map/url-view';
import { BasemapLayer, Tiles } from './basemap-layer';
import { IncidentFeatures } from './incident-features';
import { toLatLngBounds, ViewWatcher } from './view-watcher';

export interface IncidentMapCanvasProps {
  data: MapData;
  filters: IncidentFilters;
  tiles: MapTiles;
  showLabels: boolean;
  initialBbox: Bbox;
  initialView: UrlView | null;
  hintId: string;
  onReady: (map: LeafletMap) => void;
  onViewChange: (view: MapView) => void;
  onTilesFailed: () => void;
}

/** The Leaflet part of the Map page, loaded in the browser only (next/dynamic, ssr: false). */
export default function IncidentMapCanvas(props: IncidentMapCanvasProps) {
  return (
    <MapContainer
      {...(props.initialView
        ? { center: [props.initialView.lat, props.initialView.lng], zoom: props.initialView.zoom }
        : { bounds: toLatLngBounds(props.initialBbox), boundsOptions: { padding: [40, 40], maxZoom: 15 } })}
      className="map-canvas"
      minZoom={6}
      maxZoom={18}
      // Half levels let the first view hold both Port-au-Prince and Pont-Sondé on a laptop screen.
      zoomSnap={0.5}
      maxBounds={[
        [15, -78],
        [23, -66],
      ]}
      maxBoundsViscosity={0.8}
    >
      <Tiles tiles={props.tiles} onFailed={props.onTilesFailed} />
      <BasemapLayer showLabels={props.showLabels} />
      <IncidentFeatures
        points={props.data.points}
        clusters={props.data.clusters}
        cellDeg={props.data.cellDeg}
        filters={props.filters}
      />
      <ViewWatcher
        label="Map of incidents"
        describedBy={props.hintId}
        onReady={props.onReady}
        onViewChange={props.onViewChange}
      />
    </MapContainer>
  );
}
