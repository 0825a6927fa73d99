'use client';
import type { LeafletEvent, Marker as LeafletMarker } from 'leaflet';
import { divIcon } from 'leaflet';
import { useMemo } from 'react';
import { Marker, Popup, useMap } from 'react-leaflet';
import { filtersToQuery, type IncidentFilters } from '@/lib/incidents/filters';
import { clusterRadiusPx } from '@/lib/map/markers';
import type { MapCluster } from '@/lib/map/types';
import { casualtyText } from './place-popup';
import { CLUSTER_COLOUR } from './type-colours';

/** A numbered circle for a grid cell of incidents; choosing it zooms to them. */
function clusterLabel(c: MapCluster): string {
  const places =
    c.placeCount > c.placeNames.length
      ? `${c.placeNames.join(', ')} and ${c.placeCount - c.placeNames.length} more places`
      : c.placeNames.join(', ');
  return `${c.count.toLocaleString('en')} incidents around ${places}; ${casualtyText(c)}`;
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
  // One place only: zooming cannot split it, so it opens a popup pointing to the timeline.
  if (cluster.placeKey) {
    return (
      <Marker
        position={[cluster.lat, cluster.lng]}
        icon={icon}
        eventHandlers={{
          add: tagCluster(cluster, `${clusterLabel(cluster)}. Press Enter for a link to the list.`),
          keydown: openOnSpace,
        }}
      >
        <Popup>
          <div className="map-popup">
            <p className="map-popup-place">{cluster.placeNames[0]}</p>
            <p>
              {cluster.count.toLocaleString('en')} incidents; {casualtyText(cluster)}.
            </p>
            <p>
              <a href={`/incidents${filtersToQuery({ ...filters, place: cluster.placeKey })}`}>
                List them in the timeline
              </a>
            </p>
          </div>
        </Popup>
      </Marker>
    );
  }
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

function tagCluster(cluster: MapCluster, label: string) {
  return (e: LeafletEvent) => {
    const element = (e.target as LeafletMarker).getElement();
    element?.setAttribute('data-cluster', String(cluster.count));
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
