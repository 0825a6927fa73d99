import type { Metadata } from 'next';
import Link from 'next/link';
import { AddFeedForm } from '@/components/feeds/add-feed-form';
import { FeedControls } from '@/components/feeds/feed-controls';
import { FormattedDateTime } from '@/components/formatted-date';
import { requirePageRole } from '@/lib/auth/access';
import { settings } from '@/lib/env';
import { type FeedItemRow, type FeedRow, listFeeds, recentFeedItems } from '@/lib/feeds/feed-queries';
import { appSql } from '@/lib/store/app-sql';

export const metadata: Metadata = { title: 'News feeds' };
export const dynamic = 'force-dynamic';

const LANGUAGES: Record<string, string> = { en: 'English', fr: 'French', ht: 'Haitian Kreyòl' };

const OUTCOMES: Record<string, string> = {
  stored: 'stored for review',
  duplicate: 'already stored',
  skipped: 'no keyword',
  failed: 'unreadable',
};

function outcomeSummary(outcomes: FeedRow['outcomes']): string {
  const parts = Object.entries(OUTCOMES)
    .filter(([key]) => outcomes[key])
    .map(([key, label]) => `${outcomes[key]} ${label}`);
  return parts.length ? parts.join(' · ') : 'no items yet';
}

function FeedState({ feed }: { feed: FeedRow }) {
  return (
    <dl className="meta-list">
      <dt>Address</dt>
      <dd>{feed.url}</dd>
      <dt>Language</dt>
      <dd>{feed.language ? (LANGUAGES[feed.language] ?? feed.language) : 'not said'}</dd>
      <dt>Keywords</dt>
      <dd>{feed.keywords.length ? feed.keywords.join(', ') : 'none: every item is taken'}</dd>
      <dt>State</dt>
      <dd>
        {feed.active ? 'active' : 'paused'}
        {feed.failures > 0 && ` · failed ${feed.failures} time${feed.failures === 1 ? '' : 's'} in a row`}
      </dd>
      <dt>Last read</dt>
      <dd>{feed.lastFetchedAt ? <FormattedDateTime iso={feed.lastFetchedAt} /> : 'never'}</dd>
      {feed.active && (
        <>
          <dt>Next read</dt>
          <dd>{feed.nextFetchAt ? <FormattedDateTime iso={feed.nextFetchAt} /> : 'at the next poll'}</dd>
        </>
      )}
      <dt>Items</dt>
      <dd>
        {feed.itemsTaken} taken as reports · {outcomeSummary(feed.outcomes)}
      </dd>
      <dt>Added</dt>
      <dd>
        <FormattedDateTime iso={feed.addedAt} />
        {feed.addedBy ? ` by ${feed.addedBy}` : ''}
      </dd>
    </dl>
  );
}

function RecentItems({ items }: { items: FeedItemRow[] }) {
  if (items.length === 0) return null;
  return (
    <details>
      <summary>Latest items</summary>
      <ul>
        {items.map((item) => (
          <li key={`${item.seenAt}-${item.title}`}>
            {item.reportId ? <Link href={`/reports/${item.reportId}`}>{item.title}</Link> : item.title}{' '}
            <span className="muted">
              — {OUTCOMES[item.outcome] ?? item.outcome}
              {item.error ? `: ${item.error}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

export default async function FeedsPage() {
  await requirePageRole('admin', '/admin/feeds');
  const sql = await appSql();
  const [feeds, items] = await Promise.all([listFeeds(sql), recentFeedItems(sql)]);
  const minutes = settings().FEEDS_POLL_MINUTES;
  return (
    <>
      <h1>News feeds</h1>
      <p className="lede">
        {minutes > 0
          ? `The server reads each active feed every ${minutes} minutes (longer while it fails)`
          : 'The server does not read feeds by itself (FEEDS_POLL_MINUTES is 0); a cron job running npm run feeds does'}
        . New articles matching a feed’s keywords are stored with their incidents as drafts, and wait in the
        editors’ <Link href="/inbox">inbox</Link>.
      </p>
      {feeds.length === 0 ? (
        <p className="empty">No feed yet: add one below.</p>
      ) : (
        <ul className="feed-list">
          {feeds.map((feed) => (
            <li key={feed.id}>
              <section aria-labelledby={`feed-${feed.id}`} className="feed-card">
                <h2 id={`feed-${feed.id}`}>{feed.name}</h2>
                {feed.lastError && <p className="field-error">Last error: {feed.lastError}</p>}
                <FeedState feed={feed} />
                <RecentItems items={items.filter((i) => i.feedId === feed.id)} />
                <FeedControls feed={feed} />
              </section>
            </li>
          ))}
        </ul>
      )}
      <h2>Add a feed</h2>
      <AddFeedForm />
    </>
  );
}
