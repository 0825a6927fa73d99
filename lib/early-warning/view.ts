/**
 * What the early-warning page, its map and the overview's panel show of a report: plain data and
 * words, no store and no React (the map's Leaflet part receives these as props).
 */
import { filtersToQuery, type IncidentFilters } from '../incidents/filters';
import type { SurgeReport } from './queries';
import { fires, type MeasureReading, type PlaceSignal, type SignalLevel } from './surge';

/** The timeline of the incidents behind a reading: the place, the last 4 weeks, the same filters. */
export function incidentsHref(
  signal: Pick<PlaceSignal, 'place'>,
  report: Pick<SurgeReport, 'window'>,
  filters: IncidentFilters,
): string {
  return `/incidents${filtersToQuery({
    ...filters,
    place: signal.place.key,
    from: report.window.recentFrom,
    to: report.window.to,
  })}`;
}

/** "×2.0", or "none before" when the baseline year held nothing. */
export function formatRatio(reading: MeasureReading): string {
  if (reading.ratio === null) return reading.recent > 0 ? 'none before' : '—';
  return `×${reading.ratio.toFixed(1)}`;
}

/** The usual count for 4 weeks, to one decimal below 10 ("0.3", "4.6", "12"). */
export function formatExpected(expected: number): string {
  return expected < 10 ? expected.toFixed(1).replace(/\.0$/, '') : Math.round(expected).toString();
}

export function placeLabel(signal: Pick<PlaceSignal, 'place'>): string {
  const { place } = signal;
  return place.kind === 'department'
    ? `${place.name} (department)`
    : `${place.name}, ${place.departmentName}`;
}

export interface SurgeMapPlace {
  key: string;
  name: string;
  department: string;
  lat: number;
  lng: number;
  level: SignalLevel;
  incidents: number;
  incidentsUsual: string;
  killed: number;
  killedUsual: string;
  href: string;
}

/**
 * The communes the map draws: those with an incident or a killed in the last 4 weeks, and any that
 * fire (a department's circle would hide its communes: departments are in the table).
 */
export function surgeMapPlaces(report: SurgeReport, filters: IncidentFilters): SurgeMapPlace[] {
  return report.signals
    .filter(
      (s) => s.place.kind === 'commune' && (s.incidents.recent > 0 || s.killed.recent > 0 || fires(s.level)),
    )
    .map((s) => ({
      key: s.place.key,
      name: s.place.name,
      department: s.place.departmentName,
      lat: s.place.lat,
      lng: s.place.lng,
      level: s.level,
      incidents: s.incidents.recent,
      incidentsUsual: formatExpected(s.incidents.expected),
      killed: s.killed.recent,
      killedUsual: formatExpected(s.killed.expected),
      href: incidentsHref(s, report, filters),
    }));
}
