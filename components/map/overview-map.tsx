'use client';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import type { MapData, MapTiles } from '@/lib/map/types';
import './map.css';

const OverviewMapCanvas = dynamic(() => import('./overview-map-canvas'), {
  ssr: false,
  loading: () => <div className="map-canvas map-small map-loading">Loading the map…</div>,
});

/**
 * The home page's small map of a map answer (`mapData({}, INITIAL_VIEW)`): its incidents, or its
 * clusters when the view holds more than a map answer draws one by one. The full, filterable map
 * with its list is /map.
 */
export function OverviewMap({
  data,
  tiles,
}: {
  data: Pick<MapData, 'points' | 'clusters' | 'cellDeg' | 'total'>;
  tiles: MapTiles;
}) {
  return (
    <figure className="overview-map">
      <OverviewMapCanvas points={data.points} clusters={data.clusters} cellDeg={data.cellDeg} tiles={tiles} />
      <figcaption className="map-hint">
        {data.total === 1 ? '1 incident' : `${data.total.toLocaleString('en')} incidents`} shown
        {data.clusters.length ? ', grouped where they are many' : ''}.{' '}
        <Link href="/map">Open the full map</Link>, with filters and a list of the incidents in view.
      </figcaption>
    </figure>
  );
}
