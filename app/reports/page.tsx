import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportList } from '@/components/report-list';
import { currentUser, requirePageRole } from '@/lib/auth/access';
import { hasRole } from '@/lib/auth/roles';
import { listReports } from '@/lib/reports/queries';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reports' };

export default async function ReportsPage() {
  await requirePageRole('reader', '/reports');
  const [reports, user] = await Promise.all([listReports(), currentUser()]);
  return (
    <>
      <h1>Reports</h1>
      {hasRole(user?.role, 'editor') && (
        <p className="edit-bar">
          <Link href="/reports/new">New report</Link>
        </p>
      )}
      <p className="lede">
        {reports.length} stored news report{reports.length === 1 ? '' : 's'}, newest publication first.
      </p>
      <ReportList reports={reports} />
    </>
  );
}
