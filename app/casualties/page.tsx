import type { Metadata } from 'next';
import Link from 'next/link';
import { CasualtiesOverTime } from '@/components/casualties/casualties-over-time';
import { DepartmentChart } from '@/components/charts/department-chart';
import { type SideBar, SideChart } from '@/components/charts/side-chart';
import { DataTable } from '@/components/data-table';
import { IncidentFiltersForm } from '@/components/incidents/incident-filters';
import { cachedStats } from '@/lib/aggregates/cached-stats';
import { requirePageRole } from '@/lib/auth/access';
import { db } from '@/lib/db';
import { filtersToQuery, parseFilters, searchParamsRecord } from '@/lib/incidents/filters';
import { affiliationLabel } from '@/lib/incidents/labels';
import { listPlaceOptions } from '@/lib/locations/queries';
import { fillCasualtyPeriods, periodSchema } from '@/lib/stats/calendar';
import { type casualtiesBySide, casualtiesByWeek } from '@/lib/stats/casualties';
import { listDeployments, strengthAt, strengthSeries } from '@/lib/stats/deployments';

export const dynamic = 'force-dynamic';
/**
 * Reports linked per total: the newest few, then a count (every link is also in the page's React
 * payload; 20 per row made the page ~4× heavier than its figures).
 */
const NEWEST_SOURCES = 5;
export const metadata: Metadata = { title: 'Casualties' };

function sideBars(rows: Awaited<ReturnType<typeof casualtiesBySide>>): SideBar[] {
  const bars = new Map<string, SideBar>();
  for (const r of rows) {
    const label = affiliationLabel(r.affiliation, r.country || null);
    const bar = bars.get(label) ?? {
      label,
      killed: 0,
      injured: 0,
      missing: 0,
      killedRange: [0, 0],
      injuredRange: [0, 0],
      missingRange: [0, 0],
    };
    bar[r.kind] = r.best;
    bar[`${r.kind}Range`] = [r.best - r.low, r.high - r.best];
    bars.set(label, bar);
  }
  return [...bars.values()];
}

export default async function CasualtiesPage({ searchParams }: PageProps<'/casualties'>) {
  await requirePageRole('reader', '/casualties');
  const record = searchParamsRecord(await searchParams);
  const { filters, errors } = parseFilters(record);
  const period = periodSchema.parse(record.period);
  const [totals, series, bySide, byDepartment, deployments, places] = await Promise.all([
    cachedStats.casualtyTotals(db(), filters),
    period === 'week' ? casualtiesByWeek(db(), filters) : cachedStats.casualtiesByMonth(db(), filters),
    cachedStats.casualtiesBySide(db(), filters),
    cachedStats.casualtiesByDepartment(db(), filters),
    listDeployments(db()),
    listPlaceOptions(),
  ]);
  const strength = strengthSeries(deployments);
  const mssMonths = await cachedStats.casualtiesByMonth(db(), { ...filters, affiliation: 'mss' });
  const perThousand = mssMonths.map((m) => {
    const deployed = strengthAt(strength, m.month);
    const mss = m.killed + m.injured;
    return { month: m.month, mss, deployed, rate: deployed ? (mss / deployed) * 1000 : null };
  });
  return (
    <>
      <h1>Casualties</h1>
      <IncidentFiltersForm
        filters={filters}
        places={places}
        action="/casualties"
        errors={errors}
        hidden={{ period: period === 'week' ? 'week' : undefined }}
      />
      <p className="lede">
        Figures are each incident’s <strong>best</strong> estimate across its sources (the middle figure),
        with the <strong>low–high</strong> range the sources span.{' '}
        {filters.confirmed ? 'Only figures two or more sources give are counted.' : ''}{' '}
        <Link href={`/incidents${filtersToQuery(filters)}`}>See these incidents</Link> ·{' '}
        {/* A download, not a page: a plain link, so Next never prefetches (runs) the export. */}
        <a href={`/api/export/incidents.csv${filtersToQuery(filters)}`}>Export CSV</a>
      </p>

      <section aria-labelledby="totals">
        <h2 id="totals">Totals</h2>
        <div className="table-scroll">
          <table className="claims-table">
            <caption>Casualties by side, summed over incidents</caption>
            <thead>
              <tr>
                <th scope="col">Casualties</th>
                <th scope="col">Low</th>
                <th scope="col">Best</th>
                <th scope="col">High</th>
                <th scope="col">Incidents</th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {totals.map((t) => (
                <tr key={`${t.kind}-${t.affiliation}-${t.country}`}>
                  <th scope="row">
                    {affiliationLabel(t.affiliation, t.country)} {t.kind}
                  </th>
                  <td>{t.low}</td>
                  <td>
                    <strong>{t.best}</strong>
                  </td>
                  <td>
                    {t.high}
                    {t.highFromFigure && (
                      <span className="muted">
                        {' '}
                        (
                        <Link href={`/reports/${t.highFromFigure.reportId}`}>
                          report #{t.highFromFigure.reportId}
                        </Link>
                        : “{t.highFromFigure.excerpt}”)
                      </span>
                    )}
                  </td>
                  <td>{t.incidents}</td>
                  <td>
                    {t.sourceReportIds.slice(0, NEWEST_SOURCES).map((id, i) => (
                      <span key={id}>
                        {i > 0 && ', '}
                        <Link href={`/reports/${id}`}>#{id}</Link>
                      </span>
                    ))}
                    {t.sourceCount > Math.min(NEWEST_SOURCES, t.sourceReportIds.length) && (
                      <span className="muted">
                        {' '}
                        and {t.sourceCount - Math.min(NEWEST_SOURCES, t.sourceReportIds.length)} older
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <CasualtiesOverTime
        series={fillCasualtyPeriods(series, period)}
        period={period}
        hrefFor={(p) => `/casualties${filtersToQuery(filters, { period: p === 'week' ? p : undefined })}`}
      />

      <section aria-labelledby="by-side">
        <h2 id="by-side">By side and contributing country</h2>
        <SideChart data={sideBars(bySide)} />
        <DataTable
          caption="Casualties by side"
          columns={['Side', 'Kind', 'Low', 'Best', 'High', 'Incidents']}
          rows={bySide.map((r) => [
            affiliationLabel(r.affiliation, r.country || null),
            r.kind,
            r.low,
            r.best,
            r.high,
            r.incidents,
          ])}
        />
      </section>

      <section aria-labelledby="by-department">
        <h2 id="by-department">By department</h2>
        <DepartmentChart data={byDepartment} />
        <DataTable
          caption="Casualties by department"
          columns={['Department', 'Killed', 'Injured', 'Missing']}
          rows={byDepartment.map((d) => [d.department, d.killed, d.injured, d.missing])}
        />
      </section>

      <section aria-labelledby="per-thousand">
        <h2 id="per-thousand">MSS casualties per 1,000 deployed</h2>
        <p className="muted">
          MSS killed and injured (best) in the month, against the mission’s latest reported strength by then (
          <Link href="/deployments">deployments</Link>).
        </p>
        <DataTable
          open
          caption="MSS casualties per 1,000 deployed personnel"
          columns={['Month', 'MSS killed + injured', 'Personnel deployed', 'Per 1,000']}
          rows={perThousand.map((p) => [
            p.month,
            p.mss,
            p.deployed ?? 'not known',
            p.rate === null ? '—' : p.rate.toFixed(2),
          ])}
        />
      </section>
    </>
  );
}
