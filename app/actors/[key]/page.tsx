import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActorProfile } from '@/components/actors/actor-profile';
import { SideTable } from '@/components/actors/side-table';
import { CasualtiesByMonthChart } from '@/components/charts/casualties-by-month-chart';
import { DataTable } from '@/components/data-table';
import { FormattedDate } from '@/components/formatted-date';
import { IncidentCard } from '@/components/incidents/incident-card';
import { ACTOR_TYPE_LABELS } from '@/lib/actors/labels';
import { incidentsByMonth, listActorReports } from '@/lib/actors/queries';
import { actorByKey, casualtySideOf } from '@/lib/actors/register';
import { cachedStats } from '@/lib/aggregates/cached-stats';
import { requirePageRole } from '@/lib/auth/access';
import { db } from '@/lib/db';
import { filtersToQuery, type IncidentFilters } from '@/lib/incidents/filters';
import { countIncidentsIn, listIncidents } from '@/lib/incidents/queries';
import { placesFor } from '@/lib/map/queries';
import { fillCasualtyPeriods } from '@/lib/stats/calendar';

export const dynamic = 'force-dynamic';

const PLACES_SHOWN = 10;
const REPORTS_SHOWN = 20;

async function actorOf(params: PageProps<'/actors/[key]'>['params']) {
  const actor = actorByKey((await params).key);
  if (!actor) notFound();
  return actor;
}

export async function generateMetadata({ params }: PageProps<'/actors/[key]'>): Promise<Metadata> {
  return { title: actorByKey((await params).key)?.name ?? 'Actor' };
}

/** One actor: what it did and suffered, where, when, and the reports that say so. */
export default async function ActorPage({ params }: PageProps<'/actors/[key]'>) {
  await requirePageRole('reader', `/actors/${(await params).key}`);
  const actor = await actorOf(params);
  const named: IncidentFilters = { actor: [actor.key] };
  const did: IncidentFilters = { ...named, actorRole: 'perpetrator' };
  const side = casualtySideOf(actor);
  const [asPerpetrator, asTarget, caused, suffered, months, places, latest, sources, counts] =
    await Promise.all([
      countIncidentsIn(db(), did),
      countIncidentsIn(db(), { ...named, actorRole: 'target' }),
      cachedStats.casualtiesBySide(db(), did),
      side ? cachedStats.casualtiesBySide(db(), { ...named, affiliation: side }) : Promise.resolve([]),
      cachedStats.casualtiesByMonth(db(), named),
      placesFor(db(), named, true),
      listIncidents(named, { limit: 10 }),
      listActorReports(db(), actor.key, REPORTS_SHOWN),
      incidentsByMonth(db(), named),
    ]);
  const query = filtersToQuery(named);
  const topPlaces = places
    .filter((p) => p.key !== null)
    .sort((a, b) => b.count - a.count || b.killed - a.killed)
    .slice(0, PLACES_SHOWN);
  return (
    <article className="actor-page">
      <p>
        <Link href="/actors">← Actors</Link>
      </p>
      <h1>{actor.name}</h1>
      <p className="muted">{ACTOR_TYPE_LABELS[actor.type]}</p>
      <ActorProfile actor={actor} />
      <nav aria-label={`${actor.name} elsewhere`} className="actor-links">
        <Link href={`/incidents${query}`}>Timeline</Link>
        <Link href={`/map${query}`}>Map</Link>
        <Link href={`/casualties${query}`}>Casualties</Link>
        <a href={`/api/export/incidents.csv${query}`}>Export CSV</a>
      </nav>
      <dl className="stat-row">
        <div>
          <dt>Incidents as perpetrator</dt>
          <dd>{asPerpetrator}</dd>
        </div>
        <div>
          <dt>Incidents as target</dt>
          <dd>{asTarget}</dd>
        </div>
      </dl>
      <section aria-labelledby="caused">
        <h2 id="caused">Casualties caused</h2>
        <SideTable
          caption="Killed, injured and missing in incidents the sources blame on it"
          totals={caused}
        />
      </section>
      {side && (
        <section aria-labelledby="suffered">
          <h2 id="suffered">Casualties suffered</h2>
          <SideTable
            caption="Its own side's casualties in incidents the sources name it in"
            totals={suffered}
          />
        </section>
      )}
      <section aria-labelledby="over-time">
        <h2 id="over-time">Over time</h2>
        {counts.length === 0 ? (
          <p className="empty">No incident names it yet.</p>
        ) : (
          <DataTable
            caption="Incidents naming it, by month"
            columns={['Month', 'Incidents']}
            rows={counts.map((c) => [c.month, c.incidents])}
            open
          />
        )}
        {months.length > 0 && (
          <>
            <h3>Casualties in those incidents, by month</h3>
            <CasualtiesByMonthChart data={fillCasualtyPeriods(months, 'month')} height={220} />
          </>
        )}
      </section>
      <section aria-labelledby="places">
        <h2 id="places">Places</h2>
        {topPlaces.length === 0 ? (
          <p className="empty">No place recorded.</p>
        ) : (
          <ol>
            {topPlaces.map((p) => (
              <li key={p.key}>
                <Link href={`/incidents${filtersToQuery({ ...named, place: p.key ?? undefined })}`}>
                  {p.name}
                </Link>{' '}
                <span className="muted">
                  — {p.count} incident{p.count === 1 ? '' : 's'}, {p.killed} killed
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest">Latest incidents</h2>
        {latest.items.length === 0 ? (
          <p className="empty">No incident names it yet.</p>
        ) : (
          latest.items.map((incident) => <IncidentCard key={incident.id} incident={incident} />)
        )}
      </section>
      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        {sources.total === 0 ? (
          <p className="empty">No report names it yet.</p>
        ) : (
          <>
            <p className="muted">
              {sources.total} report{sources.total === 1 ? '' : 's'} name{sources.total === 1 ? 's' : ''} it
              {sources.total > sources.reports.length ? `; the newest ${sources.reports.length}:` : ':'}
            </p>
            <ul>
              {sources.reports.map((r) => (
                <li key={r.id}>
                  <Link href={`/reports/${r.id}`}>{r.title}</Link>
                  <span className="muted">
                    {r.outlet ? ` — ${r.outlet}` : ''}
                    {r.publishedAt ? (
                      <>
                        , <FormattedDate iso={r.publishedAt} />
                      </>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </article>
  );
}
