import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FormattedDateTime } from '@/components/formatted-date';
import { IncidentCard } from '@/components/incidents/incident-card';
import { requirePageRole } from '@/lib/auth/access';
import { decimalIdSchema } from '@/lib/http/decimal-id';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { countIncidentsRecordedSince, listIncidentsByCreation } from '@/lib/saved-searches/feed-incidents';
import { visitSince } from '@/lib/saved-searches/new-since';
import { getSavedSearch } from '@/lib/saved-searches/queries';
import { filtersOfQuery } from '@/lib/saved-searches/schema';
import { appSql } from '@/lib/store/app-sql';

export const metadata: Metadata = { title: 'New since your last visit' };
export const dynamic = 'force-dynamic';

const SHOWN = 100;

/** The incidents recorded since the user's last visit, all or one saved search's, newest recorded first. */
export default async function NewSinceVisitPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole('viewer', '/searches/new');
  if (!user) return null; // requirePageRole sent a visitor to sign in
  const { search: searchParam } = await searchParams;
  let search = null;
  if (searchParam !== undefined) {
    const id = decimalIdSchema.safeParse(searchParam);
    search = id.success ? await getSavedSearch(await appSql(), { userId: user.id, searchId: id.data }) : null;
    if (!search) notFound();
  }
  const filters: IncidentFilters = search ? filtersOfQuery(search.query).filters : {};
  const since = await visitSince(user.id);
  const [items, total] = since
    ? await Promise.all([
        listIncidentsByCreation(filters, { since, limit: SHOWN }),
        countIncidentsRecordedSince(filters, since),
      ])
    : [[], 0];
  return (
    <>
      <h1>New since your last visit{search ? `: ${search.name}` : ''}</h1>
      {since ? (
        <p className="lede">
          {total} incident{total === 1 ? '' : 's'} {search ? 'matching this saved search ' : ''}recorded since
          your last visit, which ended <FormattedDateTime iso={since.toISOString()} />; newest recorded first
          {total > SHOWN ? ` (the newest ${SHOWN} shown)` : ''}.
        </p>
      ) : (
        <p className="lede">
          This is your first visit: from your next one on, what was recorded in between shows here.
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty">Nothing new.</p>
      ) : (
        items.map((i) => <IncidentCard key={i.id} incident={i} />)
      )}
      <p>
        <Link href="/searches">Saved searches</Link> · <Link href="/">Overview</Link>
      </p>
    </>
  );
}
