'use client';
import { type MouseEvent, useCallback, useEffect, useRef, useState } from 'react';
import { filtersToQuery, type IncidentFilters } from '@/lib/incidents/filters';
import type { PlaceIncident, PlaceIncidentsPage } from '@/lib/map/types';
import { PopupIncident } from './place-popup';

type Status = 'loading' | 'ready' | 'error';

/**
 * A place marker's incidents, asked for when its popup first opens (GET /api/map/place, the map's
 * filters kept) and 20 more at a time with "More": the map's answers carry a place's count, not
 * its incidents (lib/map/budget.ts). After "More" the focus moves to the first incident it
 * brought, so a keyboard user carries on from there. `onChange` runs after every change of
 * content (the popup re-measures itself).
 */
export function PlaceIncidents({
  placeKey,
  placeName,
  filters,
  onChange,
}: {
  placeKey: string;
  placeName: string;
  filters: IncidentFilters;
  onChange?: () => void;
}) {
  const [incidents, setIncidents] = useState<PlaceIncident[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const request = useRef<AbortController | null>(null);
  const lastCursor = useRef<string | undefined>(undefined);
  /** The index of the incident whose link takes the focus once drawn (the first of a new page). */
  const focusAt = useRef<number | null>(null);

  const load = useCallback(
    (cursor?: string) => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      lastCursor.current = cursor;
      setStatus('loading');
      fetch(`/api/map/place${filtersToQuery(filters, { key: placeKey, cursor })}`, {
        signal: controller.signal,
      })
        .then((r) =>
          r.ok ? (r.json() as Promise<PlaceIncidentsPage>) : Promise.reject(new Error(`HTTP ${r.status}`)),
        )
        .then((page) => {
          setIncidents((shown) => {
            if (!cursor) return page.incidents;
            const seen = new Set(shown.map((i) => i.id));
            return [...shown, ...page.incidents.filter((i) => !seen.has(i.id))];
          });
          setTotal(page.total);
          setNextCursor(page.nextCursor);
          setStatus('ready');
        })
        .catch((error: unknown) => {
          if (!(error instanceof DOMException && error.name === 'AbortError')) setStatus('error');
        });
    },
    [filters, placeKey],
  );

  useEffect(() => {
    load();
    return () => request.current?.abort();
  }, [load]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measure whenever the content changes
  useEffect(() => onChange?.(), [incidents, status]);

  const more = () => {
    if (!nextCursor) return;
    focusAt.current = incidents.length;
    load(nextCursor);
  };
  /**
   * A button's click goes no further than the popup. React handles it where the popup's content
   * is portalled, inside the map, and removes the button before the click reaches the map's own
   * handler; Leaflet then no longer sees it came from the popup and closes the popup.
   */
  const inPopup = (action: () => void) => (event: MouseEvent) => {
    event.stopPropagation();
    action();
  };

  return (
    <div className="map-popup-incidents" aria-busy={status === 'loading'}>
      {incidents.length > 0 && (
        <ul>
          {incidents.map((incident, index) => (
            <PopupIncident
              key={incident.id}
              incident={incident}
              linkRef={(link) => {
                if (link && focusAt.current === index) {
                  focusAt.current = null;
                  link.focus();
                }
              }}
            />
          ))}
        </ul>
      )}
      {status === 'loading' && (
        <p className="map-popup-note muted" role="status">
          Loading the incidents…
        </p>
      )}
      {status === 'error' && (
        <p className="map-popup-note map-error" role="alert">
          The incidents at {placeName} could not be loaded.{' '}
          <button
            type="button"
            className="map-popup-button"
            onClick={inPopup(() => load(lastCursor.current))}
          >
            Try again
          </button>
        </p>
      )}
      {status === 'ready' && incidents.length === 0 && !nextCursor && (
        <p className="map-popup-note muted">None of its incidents match the filters any more.</p>
      )}
      {status === 'ready' && nextCursor && (
        <p className="map-popup-note">
          <button type="button" className="map-popup-button" onClick={inPopup(more)}>
            More<span className="visually-hidden"> incidents at {placeName}</span>
          </button>{' '}
          <span className="muted">
            {incidents.length.toLocaleString('en')} of {(total ?? 0).toLocaleString('en')} shown
          </span>
        </p>
      )}
    </div>
  );
}
