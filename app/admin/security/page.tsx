import type { Metadata } from 'next';
import Link from 'next/link';
import { FormattedDateTime } from '@/components/formatted-date';
import { SecurityLogFilters } from '@/components/security-log/security-log-filters';
import { requirePageRole } from '@/lib/auth/access';
import { SECURITY_EVENT_LABELS } from '@/lib/security-log/kinds';
import { listSecurityEvents } from '@/lib/security-log/queries';
import { securityLogFilterSchema } from '@/lib/security-log/schema';
import { appSql } from '@/lib/store/app-sql';

export const metadata: Metadata = { title: 'Security log' };

function detailText(detail: Record<string, unknown> | null): string {
  if (!detail) return '';
  return Object.entries(detail)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ');
}

export default async function SecurityLogPage({ searchParams }: PageProps<'/admin/security'>) {
  await requirePageRole('admin', '/admin/security');
  const raw = await searchParams;
  const filter = securityLogFilterSchema.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])),
  );
  const { events, nextBefore } = await listSecurityEvents(await appSql(), filter);
  const query = (before?: number) =>
    new URLSearchParams(
      Object.entries({ ...filter, before })
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => [k, String(v)]),
    ).toString();
  return (
    <>
      <h1>Security log</h1>
      <p className="lede">
        Sign-ins and their failures, throttling, sign-outs, ended sessions and account changes: who, when,
        from which address, and the outcome. Kept for good; separate from the history of data changes.
      </p>
      <SecurityLogFilters filter={filter} />
      <div className="table-scroll">
        <table className="claims-table security-log">
          <caption>
            {events.length === 0
              ? 'No events match.'
              : `${events.length} event${events.length === 1 ? '' : 's'}${filter.before ? ' (older page)' : ''}, newest first`}
          </caption>
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Event</th>
              <th scope="col">Outcome</th>
              <th scope="col">Account</th>
              <th scope="col">By</th>
              <th scope="col">Address</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>
                  <FormattedDateTime iso={e.at} />
                </td>
                <td>{SECURITY_EVENT_LABELS[e.kind] ?? e.kind}</td>
                <td>{e.outcome}</td>
                <td>{e.account ?? '—'}</td>
                <td>{e.actor ?? (e.address === 'cli' ? 'command line' : '—')}</td>
                <td>{e.address}</td>
                <td>
                  {detailText(e.detail)}
                  {e.userAgent ? <span className="muted user-agent">{e.userAgent}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages of the security log" className="pager">
        {filter.before ? <Link href={`/admin/security?${query()}`}>Newest events</Link> : null}
        {nextBefore ? <Link href={`/admin/security?${query(nextBefore)}`}>Older events</Link> : null}
      </nav>
    </>
  );
}
