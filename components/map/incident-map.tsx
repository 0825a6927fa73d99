'use client';
import type { Map as LeafletMap } from 'leaflet';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { filtersToQuery, type IncidentFilters } from '@/lib/incidents/filters';
import { bboxHas, needsRefetch, padBbox } from '@/lib/map/grid';
import type { Bbox, MapData, MapTiles, MapView } from '@/lib/map/types';
import { type UrlView, withUrlView } from '@/lib/map/url-view';
import { DEFAULT_BBOX, QUICK_JUMPS } from '@/lib/map/views';
import { filtersForWeek, type WeekSpan } from '@/lib/map/weeks';
import { IncidentsOnMap } from './incidents-on-map';
import { MapLegend } from './map-legend';
import { useMapWeek } from './use-map-week';
import { toLatLngBounds } from './view-watcher';
import { WeekSlider } from './week-slider';
import './map.css';

const IncidentMapCanvas = dynamic(() => import('./incident-map-canvas'), {
  ssr: false,
  loading: () => <div className="map-canvas map-loading">Loading the map…</div>,
});

type LoadState = 'ready' | 'loading' | 'error';

/** A week stepped to is asked for after this pause, so dragging the slider asks once. */
const WEEK_DELAY_MS = 150;

const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The Map page's interactive part: quick jumps, the Leaflet map (browser only), the legend, and
 * the list of the incidents in view. The server gives the first data; after a pan or zoom that
 * leaves it, this asks /api/map for the new view (our one page that calls our own API: Leaflet
 * runs in the browser and the view is only known there).
 */
export function IncidentMap({
  initialData,
  initialBbox = DEFAULT_BBOX,
  initialView,
  filters,
  tiles,
  weeks = null,
  initialWeek = null,
  weekErrors,
}: {
  initialData: MapData;
  /** Where the map opens: the default area, or the place the filters name. */
  initialBbox?: Bbox;
  /** The view the URL names (a reload, a shared link, Back): it wins over `initialBbox`. */
  initialView?: UrlView | null;
  filters: IncidentFilters;
  tiles: MapTiles;
  /** The weeks of the time control (null: no incident matches, no control). */
  weeks?: WeekSpan | null;
  /** The week the URL names, as the page checked it (null: the whole period); initialData is its. */
  initialWeek?: string | null;
  weekErrors?: string[];
}) {
  const [week, setWeek] = useMapWeek(weeks, initialWeek);
  // A week is the filters' from/to for the map's data; every other filter is kept.
  const dataFilters = useMemo(() => (week ? filtersForWeek(filters, week) : filters), [filters, week]);
  const [data, setData] = useState(initialData);
  const [dataWeek, setDataWeek] = useState(initialWeek);
  const [view, setView] = useState<MapView | null>(null);
  const [state, setState] = useState<LoadState>('ready');
  const [tilesFailed, setTilesFailed] = useState(false);
  const map = useRef<LeafletMap | null>(null);
  const pendingJump = useRef<Bbox | null>(null);
  const dataRef = useRef(data);
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const hintId = useId();

  const load = useCallback(
    (target: MapView) => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      setState('loading');
      const bbox = padBbox(target.bbox, 0.25).map((v) => Math.round(v * 1e4) / 1e4);
      fetch(`/api/map${filtersToQuery(dataFilters, { bbox: bbox.join(','), zoom: String(target.zoom) })}`, {
        signal: controller.signal,
      })
        .then((r) => (r.ok ? (r.json() as Promise<MapData>) : Promise.reject(new Error(`HTTP ${r.status}`))))
        .then((next) => {
          dataRef.current = next;
          setData(next);
          setDataWeek(week);
          setState('ready');
        })
        .catch((error: unknown) => {
          if (!(error instanceof DOMException && error.name === 'AbortError')) setState('error');
        });
    },
    [dataFilters, week],
  );

  const onViewChange = useCallback(
    (next: MapView) => {
      setView(next);
      const m = map.current;
      if (m) {
        // Replace, not push: panning must not fill the history with one entry per move.
        const { lat, lng } = m.getCenter();
        window.history.replaceState(
          null,
          '',
          withUrlView(window.location.href, { lat, lng, zoom: m.getZoom() }),
        );
      }
      if (!needsRefetch(dataRef.current, next)) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => load(next), 200);
    },
    [load],
  );

  // Another week (or the whole period again): the same view, asked for anew.
  useEffect(() => {
    if (!view || dataWeek === week) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => load(view), WEEK_DELAY_MS);
  }, [view, week, dataWeek, load]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  const jump = useCallback((bbox: Bbox) => {
    if (!map.current) {
      pendingJump.current = bbox;
      return;
    }
    map.current.fitBounds(toLatLngBounds(bbox), { animate: !reducedMotion(), padding: [16, 16] });
  }, []);

  const onReady = useCallback((m: LeafletMap) => {
    map.current = m;
    if (pendingJump.current) m.fitBounds(toLatLngBounds(pendingJump.current), { animate: false });
    pendingJump.current = null;
  }, []);

  // Before the map exists (and without JavaScript) the list shows the area the map opens on.
  const inView = view?.bbox ?? initialBbox;
  const points = useMemo(() => data.points.filter((p) => bboxHas(inView, p.lat, p.lng)), [data, inView]);
  const clusters = useMemo(() => data.clusters.filter((c) => bboxHas(inView, c.lat, c.lng)), [data, inView]);
  const shown = points.length + clusters.reduce((n, c) => n + c.count, 0);

  return (
    <>
      <div className="map-layout">
        <div className="map-frame">
          <fieldset className="map-jumps">
            <legend>Go to</legend>
            {QUICK_JUMPS.map((j) => (
              <button key={j.label} type="button" onClick={() => jump(j.bbox)}>
                {j.label}
              </button>
            ))}
          </fieldset>
          <IncidentMapCanvas
            data={data}
            filters={dataFilters}
            tiles={tiles}
            showLabels={!tiles.url || tilesFailed}
            initialBbox={initialBbox}
            initialView={initialView ?? null}
            hintId={hintId}
            onReady={onReady}
            onViewChange={onViewChange}
            onTilesFailed={() => setTilesFailed(true)}
          />
          {/* With the time control, its status is the one that speaks (the week and the count). */}
          <p className="map-status" aria-live={weeks ? 'off' : 'polite'}>
            {state === 'loading'
              ? 'Loading the incidents for this view…'
              : `${shown.toLocaleString('en')} incident${shown === 1 ? '' : 's'} in this view${
                  clusters.length
                    ? ', grouped where dense: zoom in to split a group, open a place’s marker to list its incidents'
                    : ''
                }.`}
          </p>
          <p className="map-hint" id={hintId}>
            Drag or use the arrow keys to move, + and − to zoom; Tab reaches the markers, Enter opens one.
            Every incident in view is also listed below the map.
          </p>
          {state === 'error' && (
            <p className="map-notice map-error" role="alert">
              The incidents for this view could not be loaded.
              <button type="button" onClick={() => view && load(view)}>
                Try again
              </button>
            </p>
          )}
          {tilesFailed && (
            <p className="map-notice notice">
              Map tiles could not be loaded, so the map shows the outline of Haiti that comes with the app.
            </p>
          )}
          {data.unplaced > 0 && (
            <p className="map-notice muted">
              {data.unplaced === 1 ? '1 matching incident has' : `${data.unplaced} matching incidents have`}{' '}
              no known place and {data.unplaced === 1 ? 'is' : 'are'} not on the map:{' '}
              <Link href={`/incidents${filtersToQuery(dataFilters)}`}>see the timeline</Link>.
            </p>
          )}
        </div>
        {/* Beside the map on a wide screen, so the map stays in sight while the weeks play. */}
        <div className="map-side">
          {weeks && (
            <WeekSlider
              span={weeks}
              week={week}
              onWeek={setWeek}
              shown={{ week: dataWeek, count: shown }}
              ready={dataWeek === week && state === 'ready'}
              failed={state === 'error'}
              errors={weekErrors}
            />
          )}
          <MapLegend />
        </div>
      </div>
      <IncidentsOnMap points={points} clusters={clusters} filters={dataFilters} onZoomTo={jump} />
    </>
  );
}
