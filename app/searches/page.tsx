import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { FormattedDateTime } from '@/components/formatted-date';
import { FeedAddress } from '@/components/saved-searches/feed-address';
import { SavedSearchControls } from '@/components/saved-searches/saved-search-controls';
import { requirePageRole } from '@/lib/auth/access';
import { settings } from '@/lib/env';
import { listPlaceOptions } from '@/lib/locations/queries';
import { describeFilters } from '@/lib/saved-searches/describe-filters';
import { feedPath, publicOrigin } from '@/lib/saved-searches/feed-address';
import { countIncidentsRecordedSince } from '@/lib/saved-searches/feed-incidents';
import { visitSince } from '@/lib/saved-searches/new-since';
import { listSavedSearches } from '@/lib/saved-searches/queries';
import { describeFilterErrors, filtersOfQuery } from '@/lib/saved-searches/schema';
import { appSql } from '@/lib/store/app-sql';

export const metadata: Metadata = { title: 'Saved searches' };
export const dynamic = 'force-dynamic';

export default async function SavedSearchesPage() {
  const user = await requirePageRole('viewer', '/searches');
  if (!user) return null; // requirePageRole sent a visitor to sign in
  const since = await visitSince(user.id);
  const searches = (await listSavedSearches(await appSql(), user.id)).map((s) => ({
    ...s,
    ...filtersOfQuery(s.query),
  }));
  const [places, newCounts] = await Promise.all([
    listPlaceOptions(),
    Promise.all(searches.map((s) => (since ? countIncidentsRecordedSince(s.filters, since) : null))),
  ]);
  const placeNames = new Map(places.map((p) => [p.key, p.name]));
  const origin = publicOrigin(await headers(), `http://localhost:${settings().PORT}`);
  return (
    <>
      <h1>Saved searches</h1>
      <p className="lede">
        Save a set of filters from the <Link href="/incidents">timeline</Link> (“Save this search”, under its
        filters). Each saved search has an Atom feed of the newest incidents recorded that match it, for any
        feed reader.
        {since ? (
          <>
            {' '}
            “New” counts incidents recorded since your last visit, which ended{' '}
            <FormattedDateTime iso={since.toISOString()} />.
          </>
        ) : null}
      </p>
      {searches.length === 0 ? (
        <p className="empty">No saved search yet.</p>
      ) : (
        <ul className="feed-list">
          {searches.map((search, i) => {
            const problems = describeFilterErrors(search.errors);
            const fresh = newCounts[i];
            return (
              <li key={search.id}>
                <section aria-labelledby={`search-${search.id}`} className="feed-card">
                  <h2 id={`search-${search.id}`}>{search.name}</h2>
                  <p>{describeFilters(search.filters, placeNames)}</p>
                  {problems ? (
                    <p className="field-error">
                      Some of these filters are no longer valid ({problems}): its feed is empty. Save the
                      search again from the timeline.
                    </p>
                  ) : null}
                  <p>
                    <Link href={`/incidents${search.query ? `?${search.query}` : ''}`}>
                      Open on the timeline
                    </Link>
                    {fresh === null || fresh === undefined ? null : (
                      <>
                        {' · '}
                        {fresh > 0 ? (
                          <Link href={`/searches/new?search=${search.id}`}>
                            {fresh} new since your last visit
                          </Link>
                        ) : (
                          'nothing new since your last visit'
                        )}
                      </>
                    )}
                  </p>
                  <FeedAddress url={`${origin}${feedPath(search.feedToken)}`} name={search.name} />
                  <SavedSearchControls search={{ id: search.id, name: search.name }} />
                </section>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
