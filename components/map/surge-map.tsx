'use client';
import dynamic from 'next/dynamic';
import { LEVEL_COLOURS, LEVEL_LABELS, type SignalLevel } from '@/lib/early-warning/surge';
import type { SurgeMapPlace } from '@/lib/early-warning/view';
import type { MapTiles } from '@/lib/map/types';
import './map.css';

const SurgeMapCanvas = dynamic(() => import('./surge-map-canvas'), {
  ssr: false,
  loading: () => <div className="map-canvas surge-map-canvas map-loading">Loading the map…</div>,
});

const LEGEND: SignalLevel[] = ['surge', 'new', 'rising', 'none'];

/**
 * The early-warning map: each commune with violence in the last 4 weeks as a circle, sized by its
 * incidents and coloured by its signal. The table beside it holds the same figures in words.
 */
export function SurgeMap({ places, tiles }: { places: SurgeMapPlace[]; tiles: MapTiles }) {
  return (
    <figure className="surge-map">
      <SurgeMapCanvas places={places} tiles={tiles} />
      <figcaption className="map-hint">
        <span className="surge-legend">
          {LEGEND.map((level) => (
            <span key={level}>
              <svg width="12" height="12" aria-hidden="true">
                <circle cx="6" cy="6" r="5" fill={LEVEL_COLOURS[level]} />
              </svg>{' '}
              {LEVEL_LABELS[level]}
            </span>
          ))}
        </span>
        {places.length === 1 ? '1 commune' : `${places.length} communes`} with incidents or killed in the last
        4 weeks; a bigger circle, more incidents. Select a circle for its figures and incidents.
      </figcaption>
    </figure>
  );
}
