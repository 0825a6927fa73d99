import type { Metadata } from 'next';
import Link from 'next/link';
import { InboxList } from '@/components/reports/inbox-list';
import { requirePageRole } from '@/lib/auth/access';
import { searchParamsRecord } from '@/lib/incidents/filters';
import { inboxCount, inboxPageSchema, listInbox } from '@/lib/reports/inbox';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Inbox' };

const inboxHref = (before?: number) => (before ? `/inbox?before=${before}` : '/inbox');

export default async function InboxPage({ searchParams }: PageProps<'/inbox'>) {
  await requirePageRole('editor', '/inbox');
  const page = inboxPageSchema.safeParse(searchParamsRecord(await searchParams));
  const before = page.success ? page.data.before : undefined;
  const [{ items, nextBefore }, total] = await Promise.all([listInbox({ before }), inboxCount()]);
  return (
    <>
      <h1>Inbox</h1>
      {page.success ? null : (
        <p className="notice" role="alert">
          The paging in this address is not valid: showing the newest reports.
        </p>
      )}
      {total === 0 ? (
        <p className="empty">Nothing waits for review.</p>
      ) : (
        <>
          <p className="lede">
            {total.toLocaleString('en')} report{total === 1 ? ' waits' : 's wait'} for review, newest first:
            read in from feeds, the API or the ingest command, with what the reader found. Open one to review
            it; once marked reviewed or withdrawn it leaves the inbox.
          </p>
          {items.length === 0 ? (
            <p className="empty">No older reports wait for review.</p>
          ) : (
            <InboxList items={items} />
          )}
        </>
      )}
      {(before || nextBefore) && (
        <nav aria-label="Pages" className="pager">
          {before && <Link href={inboxHref()}>Newest</Link>}
          {nextBefore && <Link href={inboxHref(nextBefore)}>Older reports →</Link>}
        </nav>
      )}
    </>
  );
}
