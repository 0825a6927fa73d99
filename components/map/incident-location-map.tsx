'use client';
import dynamic from 'next/dynamic';
import { formatKm, placePosition } from '@/lib/locations/position';
import type { MapTiles } from '@/lib/map/types';
import './map.css';

const LocationMapCanvas = dynamic(() => import('./location-map-canvas'), {
  ssr: false,
  loading: () => <div className="map-canvas map-small map-loading">Loading the map…</div>,
});

export interface IncidentLocationMapProps {
  lat: number;
  lng: number;
  radiusM: number;
  placePrecision: string;
  /** The place's name, e.g. "Ségur-Savien". */
  label: string;
  tiles: MapTiles;
}

/** The incident page's map: a pin for an exact site, the place's extent otherwise. */
export function IncidentLocationMap(props: IncidentLocationMapProps) {
  const { approximate, radiusM } = placePosition(props.placePrecision, props.radiusM);
  return (
    <figure className="location-map">
      <LocationMapCanvas {...props} radiusM={radiusM} approximate={approximate} />
      <figcaption className="map-hint">
        {approximate
          ? `${props.label}: approximate position. The incident is somewhere within about ${formatKm(radiusM)} of the centre of the circle.`
          : `${props.label}: exact site.`}
      </figcaption>
    </figure>
  );
}
