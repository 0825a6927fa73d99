import type { Metadata } from 'next';
import Link from 'next/link';
import { StrengthChart } from '@/components/charts/strength-chart';
import { DataTable } from '@/components/data-table';
import { requirePageRole } from '@/lib/auth/access';
import { db } from '@/lib/db';
import { HEDGE_PREFIX } from '@/lib/incidents/labels';
import { deploymentLists, pageNumber } from '@/lib/stats/deployment-page';
import { type DeploymentPoint, listDeployments, strengthSeries } from '@/lib/stats/deployments';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Deployments' };

const KIND_LABEL: Record<string, string> = {
  arrival: 'Arrival',
  strength: 'Reported strength',
  planned: 'Planned / authorised',
};
const MILESTONE_LABEL: Record<string, string> = {
  mission_launch: 'Mission launch',
  mission_authorization: 'Mission authorised',
  first_deployment: 'First deployment',
};

const figure = (p: DeploymentPoint) =>
  p.personnel === null ? '—' : `${HEDGE_PREFIX[p.hedge] ?? ''}${p.personnel.toLocaleString('en')}`;
const when = (p: DeploymentPoint) => (p.datePrecision === 'day' ? p.date : p.date.slice(0, 7));
const source = (p: DeploymentPoint) =>
  p.reportId ? (
    <Link href={`/reports/${p.reportId}`}>{`#${p.reportId} ${p.reportTitle ?? ''}`.slice(0, 70)}</Link>
  ) : (
    '—'
  );

const href = (query: { page?: number; conflicts?: 'all' }) => {
  const params = new URLSearchParams();
  if (query.conflicts) params.set('conflicts', query.conflicts);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const text = params.toString();
  return `/deployments${text ? `?${text}` : ''}`;
};

export default async function DeploymentsPage({ searchParams }: PageProps<'/deployments'>) {
  await requirePageRole('reader', '/deployments');
  const query = await searchParams;
  const points = await listDeployments(db());
  const series = strengthSeries(points);
  // Bounded lists (lib/stats/deployment-page.ts); the chart takes every figure.
  const showAllConflicts = query.conflicts === 'all';
  const { figures, page, pages, conflicts, conflictCount, planned, plannedCount } = deploymentLists(points, {
    page: pageNumber(query.page),
    allConflicts: showAllConflicts,
  });
  const keep = showAllConflicts ? ('all' as const) : undefined;
  return (
    <>
      <h1>Deployments</h1>
      <p className="lede">
        Contingent strength as the reports give it. Where sources differ for a month the line follows the
        middle figure; every figure is listed below with its source.
      </p>
      <section aria-labelledby="strength">
        <h2 id="strength">Strength over time</h2>
        {series.rows.length ? (
          <StrengthChart rows={series.rows} countries={series.countries} />
        ) : (
          <p className="empty">No figures yet.</p>
        )}
      </section>

      {conflicts.length > 0 && (
        <section aria-labelledby="conflicts">
          <h2 id="conflicts">Where sources disagree</h2>
          {conflictCount > conflicts.length ? (
            <p className="muted">
              The {conflicts.length} latest of {conflictCount}, newest first.{' '}
              <Link href={href({ conflicts: 'all', page })}>Show all {conflictCount}</Link>
            </p>
          ) : null}
          {conflicts.map((c) => (
            <div key={c.key} className="conflict">
              <h3>{c.label}</h3>
              <ul>
                {c.points.map((p) => (
                  <li key={p.id}>
                    <strong>
                      {p.milestone ? `${MILESTONE_LABEL[p.milestone] ?? p.milestone}: ${when(p)}` : figure(p)}
                    </strong>{' '}
                    <span className="muted">({p.country})</span> — {source(p)}: “{p.excerpt}”
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      {planned.length > 0 && (
        <section aria-labelledby="planned">
          <h2 id="planned">Planned and authorised</h2>
          {plannedCount > planned.length ? (
            <p className="muted">
              The {planned.length} latest of {plannedCount}, newest first; every one is in the table below.
            </p>
          ) : null}
          <ul>
            {planned.map((p) => (
              <li key={p.id}>
                <strong>{figure(p)}</strong> personnel ({p.country}) — {source(p)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="all">
        <h2 id="all">Every figure</h2>
        <p className="muted">
          {points.length.toLocaleString('en')} figure{points.length === 1 ? '' : 's'}, newest first
          {pages > 1 ? `; page ${page} of ${pages}` : ''}.
        </p>
        <DataTable
          open
          caption="Deployment figures and dates, newest first"
          columns={['Date', 'Contingent', 'What', 'Personnel', 'Source', 'Excerpt']}
          rows={figures.map((p) => [
            when(p),
            p.country,
            p.milestone ? (MILESTONE_LABEL[p.milestone] ?? p.milestone) : (KIND_LABEL[p.kind] ?? p.kind),
            figure(p),
            source(p),
            p.excerpt,
          ])}
        />
        {pages > 1 && (
          <nav className="pager" aria-label="Deployment figures pages">
            {page > 1 && (
              <Link href={`${href({ page: page - 1, conflicts: keep })}#all`}>← Newer figures</Link>
            )}
            {page < pages && (
              <Link href={`${href({ page: page + 1, conflicts: keep })}#all`}>Older figures →</Link>
            )}
          </nav>
        )}
      </section>
    </>
  );
}
