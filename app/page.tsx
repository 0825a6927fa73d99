import Link from 'next/link';
import { ReportList } from '@/components/report-list';
import { countStore, listReports } from '@/lib/reports/queries';

export const dynamic = 'force-dynamic';

export default async function OverviewPage() {
  const [counts, reports] = await Promise.all([countStore(), listReports()]);
  return (
    <>
      <h1>Overview</h1>
      <dl className="stat-row">
        <div>
          <dt>Reports</dt>
          <dd>{counts.reports}</dd>
        </div>
        <div>
          <dt>Incidents</dt>
          <dd>{counts.incidents}</dd>
        </div>
        <div>
          <dt>Places in the gazetteer</dt>
          <dd>{counts.locations}</dd>
        </div>
      </dl>
      <section aria-labelledby="latest-reports">
        <h2 id="latest-reports">Latest reports</h2>
        <ReportList reports={reports.slice(0, 5)} />
        <p>
          <Link href="/reports">All reports</Link>
        </p>
      </section>
    </>
  );
}
