import type { Metadata } from 'next';
import { IncidentFiltersForm } from '@/components/incidents/incident-filters';
import { IncidentMap } from '@/components/map/incident-map';
import { requirePageRole } from '@/lib/auth/access';
import { filtersToQuery, parseFilters, searchParamsRecord } from '@/lib/incidents/filters';
import { listPlaceOptions } from '@/lib/locations/queries';
import { mapData, placeBbox } from '@/lib/map/queries';
import { mapTiles } from '@/lib/map/tiles';
import { parseUrlView } from '@/lib/map/url-view';
import { DEFAULT_BBOX, INITIAL_VIEW } from '@/lib/map/views';
import { weekSpan } from '@/lib/map/week-span';
import { filtersForWeek, parseWeekParam } from '@/lib/map/weeks';
import { WeekLinks } from './week-links';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Map' };

export default async function MapPage({ searchParams }: PageProps<'/map'>) {
  await requirePageRole('reader', '/map');
  const record = searchParamsRecord(await searchParams);
  const { filters, errors } = parseFilters(record);
  // The time control's weeks, then the chosen week's data (a bad week: reported, the whole period).
  const chosen = weekSpan(filters).then((span) => ({ span, ...parseWeekParam(record.week, span) }));
  const [{ span, week, errors: weekErrors }, data, places, placeExtent] = await Promise.all([
    chosen,
    chosen.then((c) => mapData(c.week ? filtersForWeek(filters, c.week) : filters, INITIAL_VIEW)),
    listPlaceOptions(),
    filters.place ? placeBbox(filters.place) : null,
  ]);
  const query = filtersToQuery(filters);
  const active = Object.values(filters).filter((v) => v !== undefined).length;
  return (
    <>
      <div className="map-page-head">
        <h1>Map</h1>
        <WeekLinks filters={filters} weeks={span} />
      </div>
      <details className="map-page-filters" open={active > 0 || Object.keys(errors).length > 0}>
        <summary>Filters{active ? ` (${active} active)` : ''}</summary>
        <IncidentFiltersForm filters={filters} places={places} action="/map" errors={errors} />
      </details>
      {!span && weekErrors && <p className="field-error">The week in the address {weekErrors.join('; ')}.</p>}
      {/* A new filter set is a new map: remount so the client state starts from the server's data. */}
      <IncidentMap
        key={query}
        initialData={data}
        initialBbox={placeExtent ?? DEFAULT_BBOX}
        initialView={parseUrlView(record.view)}
        filters={filters}
        tiles={mapTiles()}
        weeks={span}
        initialWeek={week}
        weekErrors={weekErrors}
      />
    </>
  );
}
