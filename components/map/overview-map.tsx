'use client';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import type { MapPoint, MapTiles } from '@/lib/map/types';
import './map.css';

const OverviewMapCanvas = dynamic(() => import('./overview-map-canvas'), {
  ssr: false,
  loading: () => <div className="map-canvas map-small map-loading">Loading the map…</div>,
});

/**
 * The home page's small map of given incidents (e.g. `mapData({}, INITIAL_VIEW).points`, or the
 * latest ones). The full, filterable map with its list is /map.
 */
export function OverviewMap({ points, tiles }: { points: MapPoint[]; tiles: MapTiles }) {
  return (
    <figure className="overview-map">
      <OverviewMapCanvas points={points} tiles={tiles} />
      <figcaption className="map-hint">
        {points.length === 1 ? '1 incident' : `${points.length.toLocaleString('en')} incidents`} shown.{' '}
        <Link href="/map">Open the full map</Link>, with filters and a list of the incidents in view.
      </figcaption>
    </figure>
  );
}
