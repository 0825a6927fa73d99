'use client';
import type { DivIcon, LeafletEvent, Marker as LeafletMarker, Popup as LeafletPopup } from 'leaflet';
import { divIcon } from 'leaflet';
import { useMemo, useRef, useState } from 'react';
import { Marker, Popup, useMap } from 'react-leaflet';
import { filtersToQuery, type IncidentFilters } from '@/lib/incidents/filters';
import { clusterRadiusPx } from '@/lib/map/markers';
import type { MapCluster } from '@/lib/map/types';
import { PlaceIncidents } from './place-incidents';
import { casualtyText } from './place-popup';
import { CLUSTER_COLOUR } from './type-colours';

/**
 * A numbered circle for a grid cell of incidents: choosing it zooms to them, or, for a cell of
 * one place (which zooming cannot split), opens a popup listing them.
 */
function clusterLabel(c: MapCluster): string {
  const places =
    c.placeCount > c.placeNames.length
      ? `${c.placeNames.join(', ')} and ${c.placeCount - c.placeNames.length} more places`
      : c.placeNames.join(', ');
  const count = c.count === 1 ? '1 incident' : `${c.count.toLocaleString('en')} incidents`;
  return `${count} ${c.placeKey ? 'at' : 'around'} ${places}; ${casualtyText(c)}`;
}

export function ClusterMarker({ cluster, filters }: { cluster: MapCluster; filters: IncidentFilters }) {
  const map = useMap();
  const r = clusterRadiusPx(cluster.count);
  const icon = useMemo(
    () =>
      divIcon({
        className: 'map-icon',
        html: `<span class="map-cluster" style="background:${CLUSTER_COLOUR}">${cluster.count.toLocaleString('en')}</span>`,
        iconSize: [2 * r, 2 * r],
        popupAnchor: [0, -r],
      }),
    [cluster.count, r],
  );
  const zoomIn = () => zoomToCluster(map, cluster);
  // One place only: zooming cannot split it, so it opens a popup listing its incidents.
  if (cluster.placeKey)
    return <PlaceMarker cluster={cluster} placeKey={cluster.placeKey} icon={icon} filters={filters} />;
  return (
    <Marker
      position={[cluster.lat, cluster.lng]}
      icon={icon}
      eventHandlers={{
        add: tagCluster(cluster, `${clusterLabel(cluster)}. Press Enter to zoom in.`),
        click: zoomIn,
        keydown: (e: LeafletEvent & { originalEvent?: KeyboardEvent }) => {
          if (e.originalEvent?.key === 'Enter' || e.originalEvent?.key === ' ') {
            e.originalEvent.preventDefault();
            zoomIn();
          }
        },
      }}
    />
  );
}

/**
 * A place's marker (a cluster of one place): its popup says the count and casualties and, once
 * opened the first time, lists the place's incidents page by page (PlaceIncidents), with the
 * timeline link for the rest of the app's tools.
 */
function PlaceMarker({
  cluster,
  placeKey,
  icon,
  filters,
}: {
  cluster: MapCluster;
  placeKey: string;
  icon: DivIcon;
  filters: IncidentFilters;
}) {
  const [opened, setOpened] = useState(false);
  const popup = useRef<LeafletPopup | null>(null);
  const name = cluster.placeNames[0] ?? placeKey;
  const count = cluster.count === 1 ? '1 incident' : `${cluster.count.toLocaleString('en')} incidents`;
  return (
    <Marker
      position={[cluster.lat, cluster.lng]}
      icon={icon}
      eventHandlers={{
        add: tagCluster(cluster, `${clusterLabel(cluster)}. Press Enter to list them.`),
        keydown: openOnSpace,
        popupopen: () => setOpened(true),
      }}
    >
      <Popup ref={popup}>
        <div className="map-popup">
          <p className="map-popup-place">{name}</p>
          <p>
            {count}; {casualtyText(cluster)}.
          </p>
          {opened && (
            <PlaceIncidents
              placeKey={placeKey}
              placeName={name}
              filters={filters}
              onChange={() => popup.current?.update()}
            />
          )}
          <p>
            <a href={`/incidents${filtersToQuery({ ...filters, place: placeKey })}`}>
              List them in the timeline
            </a>
          </p>
        </div>
      </Popup>
    </Marker>
  );
}

function tagCluster(cluster: MapCluster, label: string) {
  return (e: LeafletEvent) => {
    const element = (e.target as LeafletMarker).getElement();
    element?.setAttribute('data-cluster', String(cluster.count));
    if (cluster.placeKey) element?.setAttribute('data-place', cluster.placeKey);
    element?.setAttribute('aria-label', label);
  };
}

export function zoomToCluster(map: ReturnType<typeof useMap>, c: MapCluster): void {
  const [w, s, e, n] = c.bounds;
  map.fitBounds(
    [
      [s, w],
      [n, e],
    ],
    { padding: [48, 48], maxZoom: 17 },
  );
}

/** Space, like Enter, opens a marker's popup: to assistive technology the marker is a button. */
export function openOnSpace(e: LeafletEvent & { originalEvent?: KeyboardEvent }) {
  if (e.originalEvent?.key === ' ') {
    e.originalEvent.preventDefault();
    (e.target as LeafletMarker).openPopup();
  }
}
