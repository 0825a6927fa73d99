import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportList } from '@/components/report-list';
import { currentUser, requirePageRole } from '@/lib/auth/access';
import { hasRole } from '@/lib/auth/roles';
import { searchParamsRecord } from '@/lib/incidents/filters';
import { countReports, listReports } from '@/lib/reports/list-reports';
import { reportPageSchema } from '@/lib/reports/report-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reports' };

/** `/reports` with the page size kept when it is not the default, and a cursor when given. */
function reportsHref(limit: number, cursor?: string): string {
  const params = new URLSearchParams();
  if (limit !== 50) params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `/reports?${query}` : '/reports';
}

export default async function ReportsPage({ searchParams }: PageProps<'/reports'>) {
  await requirePageRole('reader', '/reports');
  const page = reportPageSchema.safeParse(searchParamsRecord(await searchParams));
  const { cursor, limit } = page.success ? page.data : { cursor: undefined, limit: 50 };
  const [{ items, nextCursor }, total, user] = await Promise.all([
    listReports({ cursor, limit }),
    countReports(),
    currentUser(),
  ]);
  return (
    <>
      <h1>Reports</h1>
      {hasRole(user?.role, 'editor') && (
        <p className="edit-bar">
          <Link href="/reports/new">New report</Link>
        </p>
      )}
      {page.success ? null : (
        <p className="notice" role="alert">
          The paging in this address is not valid (
          {page.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}): showing the newest
          reports.
        </p>
      )}
      <p className="lede">
        {total.toLocaleString('en')} stored news report{total === 1 ? '' : 's'}, newest publication first.
      </p>
      {cursor && items.length === 0 ? (
        <p className="empty">No older reports.</p>
      ) : (
        <ReportList reports={items} />
      )}
      <nav aria-label="Pages" className="pager">
        {cursor && <Link href={reportsHref(limit)}>Newest</Link>}
        {nextCursor && <Link href={reportsHref(limit, nextCursor)}>Older reports →</Link>}
      </nav>
    </>
  );
}
