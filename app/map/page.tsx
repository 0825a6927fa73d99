import type { Metadata } from 'next';
import Link from 'next/link';
import { IncidentFiltersForm } from '@/components/incidents/incident-filters';
import { IncidentMap } from '@/components/map/incident-map';
import { requirePageRole } from '@/lib/auth/access';
import { filtersToQuery, parseFilters, searchParamsRecord } from '@/lib/incidents/filters';
import { listPlaceOptions } from '@/lib/locations/queries';
import { mapData, placeBbox } from '@/lib/map/queries';
import { mapTiles } from '@/lib/map/tiles';
import { parseUrlView } from '@/lib/map/url-view';
import { DEFAULT_BBOX, INITIAL_VIEW } from '@/lib/map/views';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Map' };

export default async function MapPage({ searchParams }: PageProps<'/map'>) {
  await requirePageRole('reader', '/map');
  const record = searchParamsRecord(await searchParams);
  const { filters, errors } = parseFilters(record);
  const [data, places, placeExtent] = await Promise.all([
    mapData(filters, INITIAL_VIEW),
    listPlaceOptions(),
    filters.place ? placeBbox(filters.place) : null,
  ]);
  const query = filtersToQuery(filters);
  const active = Object.values(filters).filter((v) => v !== undefined).length;
  return (
    <>
      <div className="map-page-head">
        <h1>Map</h1>
        <p>
          {/* A download, not a page: a plain link, so Next does not prefetch the export. */}
          <a href={`/api/export/incidents.geojson${query}`}>Export GeoJSON</a>
          {' · '}
          <Link href={`/incidents${query}`}>Same incidents in the timeline</Link>
        </p>
      </div>
      <details className="map-page-filters" open={active > 0 || Object.keys(errors).length > 0}>
        <summary>Filters{active ? ` (${active} active)` : ''}</summary>
        <IncidentFiltersForm filters={filters} places={places} action="/map" errors={errors} />
      </details>
      {/* A new filter set is a new map: remount so the client state starts from the server's data. */}
      <IncidentMap
        key={query}
        initialData={data}
        initialBbox={placeExtent ?? DEFAULT_BBOX}
        initialView={parseUrlView(record.view)}
        filters={filters}
        tiles={mapTiles()}
      />
    </>
  );
}
