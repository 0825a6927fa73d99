'use client';
import type { LeafletEvent, Marker as LeafletMarker, Path } from 'leaflet';
import { divIcon } from 'leaflet';
import { useMemo, useState } from 'react';
import { Circle, CircleMarker, Marker, Popup, useMap, useMapEvents } from 'react-leaflet';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { cellOf } from '@/lib/map/grid';
import { groupByPlace, markerRadiusPx, metresPerPixel, type PlaceGroup } from '@/lib/map/markers';
import type { MapCluster, MapPoint } from '@/lib/map/types';
import { ClusterMarker, openOnSpace } from './cluster-marker';
import { PlacePopup } from './place-popup';
import { typeColour } from './type-colours';

/**
 * The incidents on a Leaflet map: one marker per place (a pin for an exact site, a translucent
 * dashed circle of the place's extent otherwise), coloured by type and sized by casualties;
 * clusters as numbered circles that zoom in when chosen. Every drawn element carries the ids of
 * its incidents (data-incidents), so the list below the map and the tests can match them.
 */
export function IncidentFeatures({
  points,
  clusters,
  cellDeg,
  filters,
}: {
  points: MapPoint[];
  clusters: MapCluster[];
  cellDeg: number | null;
  filters: IncidentFilters;
}) {
  const map = useMap();
  const [zoom, setZoom] = useState(map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const groups = useMemo(() => groupByPlace(points), [points]);
  return (
    <>
      {groups
        .filter((g) => g.approximate)
        .map((g) => (
          <PlaceArea key={g.key} group={g} zoom={zoom} filters={filters} />
        ))}
      {groups
        .filter((g) => !g.approximate)
        .map((g) => (
          <PlacePin key={g.key} group={g} filters={filters} />
        ))}
      {clusters.map((c) => (
        <ClusterMarker
          key={cellDeg ? cellOf(c.lat, c.lng, cellDeg).join(':') : `${c.lat}:${c.lng}`}
          cluster={c}
          filters={filters}
        />
      ))}
    </>
  );
}

function groupLabel(group: PlaceGroup<MapPoint>): string {
  const n = group.points.length;
  const what = n === 1 ? (group.points[0]?.title ?? '1 incident') : `${n} incidents`;
  const where = group.approximate ? `somewhere in ${group.placeName}` : `at ${group.placeName}`;
  return `${what} ${where}`;
}

/** Marks the drawn element (SVG path or marker icon) with what it shows, once added. */
function tag(group: PlaceGroup<MapPoint>, label: string) {
  return (e: LeafletEvent) => {
    const element = (e.target as Path | LeafletMarker).getElement();
    if (!element) return;
    element.setAttribute('data-incidents', group.points.map((p) => p.id).join(' '));
    element.setAttribute('data-place', group.placeKey);
    element.setAttribute('data-place-path', group.points[0]?.placePath ?? '');
    element.setAttribute('data-shape', group.approximate ? 'area' : 'pin');
    element.setAttribute('aria-label', label);
    // A marker's icon is a focusable button already; an area's SVG path is made one, so that
    // keyboard users can open every marker, not only the exact sites.
    if (element instanceof SVGElement && element.getAttribute('tabindex') !== '0') {
      const layer = e.target as Path;
      element.setAttribute('role', 'button');
      element.setAttribute('tabindex', '0');
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        layer.openPopup();
      });
    }
  };
}

function PlaceArea({
  group,
  zoom,
  filters,
}: {
  group: PlaceGroup<MapPoint>;
  zoom: number;
  filters: IncidentFilters;
}) {
  const colour = typeColour(group.type);
  const minPx = markerRadiusPx(group.casualties);
  const style = {
    color: colour,
    weight: 2,
    dashArray: '6 5',
    fillColor: colour,
    fillOpacity: 0.16,
    className: 'map-area',
  };
  const popup = (
    <Popup>
      <PlacePopup group={group} filters={filters} />
    </Popup>
  );
  const handlers = { add: tag(group, `${groupLabel(group)}. Press Enter for details.`) };
  // Far out, a neighbourhood's true extent is a few pixels: keep it visible, still dashed.
  if (group.radiusM / metresPerPixel(group.lat, zoom) < minPx) {
    return (
      <CircleMarker
        center={[group.lat, group.lng]}
        radius={minPx}
        pathOptions={style}
        eventHandlers={handlers}
      >
        {popup}
      </CircleMarker>
    );
  }
  return (
    <Circle
      center={[group.lat, group.lng]}
      radius={group.radiusM}
      pathOptions={style}
      eventHandlers={handlers}
    >
      {popup}
    </Circle>
  );
}

function PlacePin({ group, filters }: { group: PlaceGroup<MapPoint>; filters: IncidentFilters }) {
  const r = markerRadiusPx(group.casualties);
  const n = group.points.length;
  const icon = useMemo(
    () =>
      divIcon({
        className: 'map-icon',
        html: `<span class="map-pin" style="background:${typeColour(group.type)}">${n > 1 ? n : ''}</span>`,
        iconSize: [2 * r, 2 * r],
        popupAnchor: [0, -r],
      }),
    [group.type, n, r],
  );
  return (
    <Marker
      position={[group.lat, group.lng]}
      icon={icon}
      eventHandlers={{
        add: tag(group, `${groupLabel(group)}. Press Enter for details.`),
        keydown: openOnSpace,
      }}
    >
      <Popup>
        <PlacePopup group={group} filters={filters} />
      </Popup>
    </Marker>
  );
}
