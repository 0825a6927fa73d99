import Link from 'next/link';
import { Suspense } from 'react';
import { CasualtiesByMonthChart } from '@/components/charts/casualties-by-month-chart';
import { SurgePanel } from '@/components/early-warning/surge-panel';
import { IncidentCard } from '@/components/incidents/incident-card';
import { OverviewMap } from '@/components/map/overview-map';
import { NewMark, NewSinceNotice } from '@/components/saved-searches/new-since';
import { cachedStats } from '@/lib/aggregates/cached-stats';
import { requirePageRole } from '@/lib/auth/access';
import { db } from '@/lib/db';
import { parseFilters, searchParamsRecord } from '@/lib/incidents/filters';
import { HEDGE_PREFIX } from '@/lib/incidents/labels';
import { listIncidents } from '@/lib/incidents/queries';
import { mapData } from '@/lib/map/queries';
import { mapTiles } from '@/lib/map/tiles';
import { INITIAL_VIEW } from '@/lib/map/views';
import { newSinceLastVisit } from '@/lib/saved-searches/new-since';
import { fillCasualtyPeriods } from '@/lib/stats/calendar';
import { deploymentLabel, listDeployments } from '@/lib/stats/deployments';
import { currentStrength } from '@/lib/stats/overview';

export const dynamic = 'force-dynamic';

const change = (current: number, previous: number) => {
  if (current === previous) return 'no change';
  const diff = current - previous;
  return `${diff > 0 ? '+' : '−'}${Math.abs(diff)} on the ${previous === 0 ? 'none' : previous} before`;
};

export default async function OverviewPage({ searchParams }: PageProps<'/'>) {
  const user = await requirePageRole('reader', '/');
  // "Confirmed only" (confirmed=1) applies to the casualty figures here as on /casualties.
  const { confirmed } = parseFilters(searchParamsRecord(await searchParams)).filters;
  const mssFilters = { affiliation: 'mss', confirmed } as const;
  const today = new Date().toISOString().slice(0, 10);
  const [mss, periods, deployments, latest, mssMonths, map] = await Promise.all([
    cachedStats.casualtyTotals(db(), mssFilters),
    cachedStats.incidentCountsByPeriod(db(), today, [30, 90]),
    listDeployments(db()),
    listIncidents({}, { limit: 5 }),
    cachedStats.casualtiesByMonth(db(), mssFilters),
    mapData({}, INITIAL_VIEW),
  ]);
  const strength = currentStrength(deployments);
  // Signed in: what was recorded since the previous visit is marked (and this visit recorded).
  const news = user
    ? await newSinceLastVisit(
        user.id,
        latest.items.map((i) => i.id),
      )
    : null;
  return (
    <>
      <h1>Overview</h1>
      <section aria-labelledby="mss-casualties">
        <h2 id="mss-casualties">MSS casualties</h2>
        <p className="muted">
          {confirmed ? (
            <>
              Figures two or more sources give. <Link href="/">Show every figure</Link>
            </>
          ) : (
            <>
              Figures from any source. <Link href="/?confirmed=1">Confirmed only (two or more sources)</Link>
            </>
          )}
        </p>
        {mss.length === 0 ? (
          <p className="empty">No MSS casualties recorded.</p>
        ) : (
          <dl className="stat-row">
            {mss.map((t) => (
              <div key={`${t.kind}-${t.country}`}>
                <dt>
                  {t.kind[0]?.toUpperCase()}
                  {t.kind.slice(1)}
                  {t.country ? ` (${t.country})` : ''}
                </dt>
                <dd>
                  {t.best}
                  {t.high !== t.best || t.low !== t.best ? (
                    <span className="range">
                      {' '}
                      range {t.low}–{t.high}
                    </span>
                  ) : null}
                </dd>
                <dd className="stat-note">
                  {t.incidents} incident{t.incidents === 1 ? '' : 's'} · {t.sourceCount} source
                  {t.sourceCount === 1 ? '' : 's'}
                  {t.highFromFigure && (
                    <>
                      {' '}
                      · high from{' '}
                      <Link href={`/reports/${t.highFromFigure.reportId}`}>
                        report #{t.highFromFigure.reportId}
                      </Link>
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        )}
        {mssMonths.length > 0 && (
          <CasualtiesByMonthChart data={fillCasualtyPeriods(mssMonths, 'month')} height={220} />
        )}
        <p>
          <Link href={`/casualties?affiliation=mss${confirmed ? '&confirmed=1' : ''}`}>
            All casualty figures
          </Link>
        </p>
      </section>

      <section aria-labelledby="activity">
        <h2 id="activity">Incidents recorded</h2>
        <dl className="stat-row">
          {periods.map((p) => (
            <div key={p.days}>
              <dt>Last {p.days} days</dt>
              <dd>{p.current}</dd>
              <dd className="stat-note">{change(p.current, p.previous)}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">Counted by incident date, up to today ({today}).</p>
      </section>

      <Suspense fallback={<p className="muted">Looking for places where violence is rising…</p>}>
        <SurgePanel />
      </Suspense>

      <section aria-labelledby="strength">
        <h2 id="strength">Current strength by contingent</h2>
        {strength.length === 0 ? (
          <p className="empty">No deployment figures recorded.</p>
        ) : (
          <dl className="stat-row">
            {strength.map((s) => (
              <div key={s.country}>
                <dt>{deploymentLabel(s.country)}</dt>
                <dd>
                  {HEDGE_PREFIX[s.hedge]}
                  {s.personnel?.toLocaleString('en')}
                </dd>
                <dd className="stat-note">
                  as of {s.date.slice(0, 7)}
                  {s.reportId && (
                    <>
                      {' · '}
                      <Link href={`/reports/${s.reportId}`}>report #{s.reportId}</Link>
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        )}
        <p>
          <Link href="/deployments">Deployments over time</Link>
        </p>
      </section>

      <section aria-labelledby="overview-map">
        <h2 id="overview-map">Where</h2>
        <OverviewMap data={map} tiles={mapTiles()} />
        <p>
          <Link href="/map">Full map</Link>
        </p>
      </section>

      <section aria-labelledby="latest">
        <h2 id="latest">Latest incidents</h2>
        <NewSinceNotice news={news} />
        {latest.items.length === 0 ? (
          <p className="empty">No incidents recorded.</p>
        ) : (
          latest.items.map((incident) => (
            <NewMark key={incident.id} isNew={news?.newIds.includes(incident.id) ?? false}>
              <IncidentCard incident={incident} />
            </NewMark>
          ))
        )}
        <p>
          <Link href="/incidents">Full timeline</Link>
        </p>
      </section>
    </>
  );
}
