import Link from 'next/link';
import type { ReactNode } from 'react';
import { FormattedDateTime } from '@/components/formatted-date';
import styles from './saved-searches.module.css';

/** "3 new incidents since your last visit on …", linking to them; nothing on a first visit. */
export function NewSinceNotice({
  news,
  href = '/searches/new',
}: {
  news: { since: string; count: number } | null;
  href?: string;
}) {
  if (!news) return null;
  return (
    <p>
      {news.count === 0 ? (
        'No incidents recorded'
      ) : (
        <Link href={href}>
          {news.count} new incident{news.count === 1 ? '' : 's'}
        </Link>
      )}{' '}
      since your last visit, which ended <FormattedDateTime iso={news.since} />.
    </p>
  );
}

/** An incident card marked as recorded since the user's last visit. */
export function NewMark({ isNew, children }: { isNew: boolean; children: ReactNode }) {
  if (!isNew) return children;
  return (
    <div className={styles.newMark}>
      <span className={styles.newBadge}>New</span>
      <span className="visually-hidden"> since your last visit:</span>
      {children}
    </div>
  );
}
