'use client';
import dynamic from 'next/dynamic';
import type { PickerPlace } from '@/lib/locations/queries';
import type { MapTiles } from '@/lib/map/types';
import './map.css';

const PlacePickCanvas = dynamic(() => import('./place-pick-canvas'), {
  ssr: false,
  loading: () => <div className="map-canvas map-small map-loading">Loading the map…</div>,
});

export interface PlacePickMapProps {
  places: PickerPlace[];
  chosenId: number | null;
  tiles: MapTiles;
  /** A gazetteer place was clicked, or the place that covers the clicked point. */
  onPickPlace: (place: PickerPlace) => void;
  /** Where the click was, for a new place's coordinates. */
  onPickPoint?: (lat: number, lng: number) => void;
}

/** Choosing a place by clicking the map: a mouse alternative to the autocomplete beside it. */
export function PlacePickMap(props: PlacePickMapProps) {
  return (
    <figure className="location-map">
      <PlacePickCanvas {...props} />
      <figcaption className="map-hint">
        Click a dot to choose that place, or anywhere to choose the smallest place around that point.
      </figcaption>
    </figure>
  );
}
