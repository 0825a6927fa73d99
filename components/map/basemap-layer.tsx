'use client';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { divIcon, type PathOptions } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON, Marker, Pane, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import type { MapTiles } from '@/lib/map/types';

/**
 * The basemap shipped with the app (public/basemap/hispaniola.geojson, made by
 * lib/cli/make-basemap.ts): Haiti's outline under the tiles, so it shows wherever tiles are off
 * or fail, and department and town names when no tiles give names.
 */
let basemap: Promise<FeatureCollection> | null = null;

function loadBasemap(): Promise<FeatureCollection> {
  basemap ??= fetch('/basemap/hispaniola.geojson').then((r) => {
    if (!r.ok) throw new Error(`basemap: HTTP ${r.status}`);
    return r.json() as Promise<FeatureCollection>;
  });
  basemap.catch(() => {
    basemap = null;
  });
  return basemap;
}

const LAND: Record<string, PathOptions> = {
  HT: {
    fillColor: '#f5f2ea',
    fillOpacity: 1,
    color: '#6f7d88',
    weight: 1.2,
    interactive: false,
    className: 'map-land',
  },
  DO: {
    fillColor: '#e3e1dc',
    fillOpacity: 1,
    color: '#a5adb4',
    weight: 0.8,
    interactive: false,
    className: 'map-land',
  },
};

/** Which labels show at which zooms, so the map is never a wall of names. */
const LABEL_ZOOMS: Record<string, [number, number]> = {
  department: [0, 9],
  town: [8, 19],
  country: [0, 9],
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function useZoom(): number {
  const map = useMap();
  const [zoom, setZoom] = useState(map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  return zoom;
}

export function BasemapLayer({ showLabels }: { showLabels: boolean }) {
  const [data, setData] = useState<FeatureCollection | null>(null);
  const zoom = useZoom();
  useEffect(() => {
    let live = true;
    loadBasemap()
      .then((d) => live && setData(d))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const land = useMemo<FeatureCollection | null>(
    () =>
      data && {
        type: 'FeatureCollection',
        features: data.features.filter((f) => f.geometry.type !== 'Point'),
      },
    [data],
  );
  const labels = useMemo(
    () =>
      (data?.features ?? [])
        .filter((f): f is Feature<Point> => f.geometry.type === 'Point')
        .map((f) => {
          const kind = String(f.properties?.kind ?? 'town');
          const name = String(f.properties?.name ?? '');
          const [lng = 0, lat = 0] = f.geometry.coordinates;
          const icon = divIcon({
            className: `map-label map-label--${kind}`,
            html: `<span>${escapeHtml(name)}</span>`,
            iconSize: [0, 0],
          });
          return { key: `${kind}-${name}`, kind, lat, lng, icon };
        }),
    [data],
  );
  if (!land) return null;
  return (
    <>
      <Pane name="basemap" style={{ zIndex: 150 }}>
        <GeoJSON
          data={land}
          style={(f) => LAND[String(f?.properties?.iso)] ?? LAND.DO ?? {}}
          attribution="Outline: Natural Earth"
        />
      </Pane>
      {showLabels && (
        <Pane name="labels" style={{ zIndex: 350 }}>
          {labels
            .filter((l) => {
              const [min, max] = LABEL_ZOOMS[l.kind] ?? [0, 19];
              return zoom >= min && zoom <= max;
            })
            .map((l) => (
              <Marker
                key={l.key}
                position={[l.lat, l.lng]}
                icon={l.icon}
                interactive={false}
                keyboard={false}
                pane="labels"
              />
            ))}
        </Pane>
      )}
    </>
  );
}

/**
 * Tiles from MAP_TILE_URL. When they fail (offline, blocked, server down) the layer goes away
 * and `onFailed` tells the page, which then shows the basemap's names and says why.
 */
export function Tiles({ tiles, onFailed }: { tiles: MapTiles; onFailed: () => void }) {
  const [failed, setFailed] = useState(false);
  const counts = useRef({ loaded: 0, errors: 0 });
  if (!tiles.url || failed) return null;
  return (
    <TileLayer
      url={tiles.url}
      attribution={escapeHtml(tiles.attribution)}
      maxZoom={19}
      eventHandlers={{
        tileload: () => {
          counts.current.loaded++;
        },
        tileerror: () => {
          counts.current.errors++;
          if (counts.current.loaded === 0 && counts.current.errors >= 3) {
            setFailed(true);
            onFailed();
          }
        },
      }}
    />
  );
}
