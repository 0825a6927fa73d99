import type { Metadata } from 'next';
import Link from 'next/link';
import { IncidentCard } from '@/components/incidents/incident-card';
import { IncidentFiltersForm } from '@/components/incidents/incident-filters';
import { SaveSearchForm } from '@/components/saved-searches/save-search-form';
import { requirePageRole } from '@/lib/auth/access';
import { hasRole } from '@/lib/auth/roles';
import { filtersToQuery, pageSchema, parseFilters, searchParamsRecord } from '@/lib/incidents/filters';
import { monthHeading } from '@/lib/incidents/labels';
import { countIncidents, type IncidentListItem, listIncidents } from '@/lib/incidents/queries';
import { listPlaceOptions } from '@/lib/locations/queries';
import { pageSearchQuery } from '@/lib/saved-searches/schema';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Timeline' };

function groupByMonth(items: IncidentListItem[]): [string, IncidentListItem[]][] {
  const groups = new Map<string, IncidentListItem[]>();
  for (const item of items) {
    const key = item.date.slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups];
}

export default async function TimelinePage({ searchParams }: PageProps<'/incidents'>) {
  const user = await requirePageRole('reader', '/incidents');
  const record = searchParamsRecord(await searchParams);
  const { filters, errors } = parseFilters(record);
  const page = pageSchema.safeParse(record);
  const { cursor, limit } = page.success ? page.data : { cursor: undefined, limit: 50 };
  const [{ items, nextCursor }, total, places] = await Promise.all([
    listIncidents(filters, { cursor, limit }),
    countIncidents(filters),
    listPlaceOptions(),
  ]);
  return (
    <>
      <h1>Timeline</h1>
      {hasRole(user?.role, 'editor') ? (
        <p className="edit-bar">
          <Link href="/incidents/new" className="button-link">
            New incident
          </Link>
        </p>
      ) : null}
      <IncidentFiltersForm filters={filters} places={places} action="/incidents" errors={errors} />
      {user ? <SaveSearchForm query={pageSearchQuery(record)} /> : null}
      {page.success ? null : (
        <p className="notice" role="alert">
          The paging in this address is not valid (
          {page.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}): showing the newest
          incidents.
        </p>
      )}
      <p className="lede" aria-live="polite">
        {total} incident{total === 1 ? '' : 's'} match{total === 1 ? 'es' : ''}, newest first.{' '}
        {/* A download, not a page: a plain link, so Next never prefetches (runs) the export. */}
        <a href={`/api/export/incidents.csv${filtersToQuery(filters)}`}>Export CSV</a>
      </p>
      {items.length === 0 ? (
        <p className="empty">No incidents match these filters.</p>
      ) : (
        groupByMonth(items).map(([month, group]) => (
          <section key={month} aria-labelledby={`month-${month}`} className="month-group">
            <h2 id={`month-${month}`}>{monthHeading(`${month}-01`)}</h2>
            {group.map((incident) => (
              <IncidentCard key={incident.id} incident={incident} />
            ))}
          </section>
        ))
      )}
      <nav aria-label="Pages" className="pager">
        {cursor && <Link href={`/incidents${filtersToQuery(filters)}`}>Newest</Link>}
        {nextCursor && (
          <Link href={`/incidents${filtersToQuery(filters, { cursor: nextCursor })}`}>Older incidents →</Link>
        )}
      </nav>
    </>
  );
}
