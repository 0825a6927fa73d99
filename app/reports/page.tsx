import type { Metadata } from 'next';
import { ReportList } from '@/components/report-list';
import { requirePageRole } from '@/lib/auth/access';
import { listReports } from '@/lib/reports/queries';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reports' };

export default async function ReportsPage() {
  await requirePageRole('reader', '/reports');
  const reports = await listReports();
  return (
    <>
      <h1>Reports</h1>
      <p className="lede">
        {reports.length} stored news report{reports.length === 1 ? '' : 's'}, newest publication first.
      </p>
      <ReportList reports={reports} />
    </>
  );
}
