import Link from 'next/link';
import { FormattedDate, FormattedDateTime } from '@/components/formatted-date';
import { IncidentDate } from '@/components/incidents/incident-date';
import type { InboxIncident, InboxItem, InboxOrigin } from '@/lib/reports/inbox';

const LANGUAGES: Record<string, string> = {
  en: 'English',
  fr: 'French',
  ht: 'Haitian Kreyòl (read in part)',
  other: 'a language the reader does not read',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function originLabel(origin: InboxOrigin): string {
  switch (origin.kind) {
    case 'feed':
      return `From the feed “${origin.feed}”`;
    case 'submitted':
      return `Sent through the API${origin.by ? ` by ${origin.by}` : ''}`;
    case 'ingest':
      return 'Read in by the ingest command or the sample data';
  }
}

function Incidents({ incidents }: { incidents: InboxIncident[] }) {
  if (incidents.length === 0) return <p>The reader drafted no incident from it.</p>;
  const drafts = incidents.filter((i) => i.status === 'draft').length;
  return (
    <>
      <p>
        The reader found {plural(incidents.length, 'incident')}
        {drafts > 0 && drafts < incidents.length
          ? ` (${drafts} still ${drafts === 1 ? 'a draft' : 'drafts'})`
          : ''}
        :
      </p>
      <ul className="inbox-incidents">
        {incidents.map((i) => (
          <li key={i.id}>
            {i.title}{' '}
            <span className="muted">
              (<IncidentDate date={i.date} dateEnd={i.dateEnd} precision={i.datePrecision} />)
            </span>
            {i.status === 'draft' && (
              <>
                {' '}
                <span className="status-badge">Draft</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function Unsure({ item }: { item: InboxItem }) {
  if (item.warningCount === 0) return null;
  const more = item.warningCount - item.warnings.length;
  return (
    <div className="inbox-unsure">
      <p>Unsure of:</p>
      <ul className="warnings">
        {item.warnings.map((w) => (
          <li key={`${w.code}-${w.message}`}>{w.message}</li>
        ))}
        {more > 0 && <li className="muted">and {more} more, listed on the report’s page</li>}
      </ul>
    </div>
  );
}

/** The reports waiting for review, each with what the reader found in it and was unsure of. */
export function InboxList({ items }: { items: InboxItem[] }) {
  return (
    <ol className="inbox-list">
      {items.map((r) => (
        <li key={r.id}>
          <article aria-labelledby={`inbox-${r.id}`}>
            <h2 id={`inbox-${r.id}`}>
              <Link href={`/reports/${r.id}`}>{r.title}</Link>
            </h2>
            <p className="meta">
              {originLabel(r.origin)}, <FormattedDateTime iso={r.ingestedAt} />
              {r.outlet ? ` · ${r.outlet}` : ''}
              {' · '}
              {r.publishedAt ? (
                <>
                  published <FormattedDate iso={r.publishedAt} />
                </>
              ) : (
                'publication date unknown'
              )}
              {r.language ? ` · in ${LANGUAGES[r.language] ?? r.language}` : ''}
            </p>
            <Incidents incidents={r.incidents} />
            <Unsure item={r} />
          </article>
        </li>
      ))}
    </ol>
  );
}
