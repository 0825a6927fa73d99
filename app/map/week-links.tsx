'use client';
import Link from 'next/link';
import { useUrlWeek } from '@/components/map/use-map-week';
import { filtersToQuery, type IncidentFilters } from '@/lib/incidents/filters';
import { filtersForWeek, type WeekSpan } from '@/lib/map/weeks';

/**
 * The page's export and timeline links, for what the map shows: the filters, and the week when
 * one is chosen (the time control changes it in the URL without rendering the page again).
 */
export function WeekLinks({ filters, weeks }: { filters: IncidentFilters; weeks: WeekSpan | null }) {
  const week = useUrlWeek(weeks);
  const query = filtersToQuery(week ? filtersForWeek(filters, week) : filters);
  return (
    <p>
      {/* A download, not a page: a plain link, so Next does not prefetch the export. */}
      <a href={`/api/export/incidents.geojson${query}`}>Export GeoJSON</a>
      {' · '}
      <Link href={`/incidents${query}`}>Same incidents in the timeline</Link>
    </p>
  );
}
