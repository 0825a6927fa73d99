import Link from 'next/link';
import type { ReportListItem } from '@/lib/reports/queries';
import { FormattedDate } from './formatted-date';

export function ReportList({ reports }: { reports: ReportListItem[] }) {
  if (reports.length === 0) {
    return <p className="empty">No reports stored yet.</p>;
  }
  return (
    <ol className="report-list">
      {reports.map((r) => (
        <li key={r.id}>
          <Link href={`/reports/${r.id}`} className="report-title">
            {r.title}
          </Link>
          <p className="meta">
            {r.publishedAt ? (
              <>
                Published <FormattedDate iso={r.publishedAt} />
              </>
            ) : (
              'Publication date unknown'
            )}
            {r.outlet ? ` · ${r.outlet}` : ''}
            {` · ${r.incidentCount} incident${r.incidentCount === 1 ? '' : 's'}`}
          </p>
        </li>
      ))}
    </ol>
  );
}
