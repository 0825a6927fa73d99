import Link from 'next/link';
import { FormattedDateTime } from '@/components/formatted-date';
import { describeHistoryEntry } from '@/lib/incidents/history';

interface Entry {
  at: string;
  action: string;
  user: string | null;
  before: unknown;
  after: unknown;
}

/**
 * Who changed what and when, in words (lib/incidents/history.ts), as text (never as markup).
 * Editors' names are shown only to signed-in users: publishing who edits a record of gang violence
 * could put staff at risk.
 */
export function HistoryList({
  entries,
  showNames,
  places,
}: {
  entries: Entry[];
  showNames: boolean;
  places: Record<number, string>;
}) {
  if (entries.length === 0) return <p className="muted">No changes recorded.</p>;
  const placeName = (id: number) => places[id];
  return (
    <ol className="history" reversed>
      {entries.map((h, i) => {
        const view = describeHistoryEntry(h, { placeName });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries are an append-only log shown newest first
          <li key={i}>
            <FormattedDateTime iso={h.at} /> · <strong>{view.action}</strong> ·{' '}
            {h.user ? (showNames ? h.user : 'an editor') : 'the reader (automatic)'}
            {view.lines.length > 0 ? (
              <ul className="history-fields">
                {view.lines.map((parts, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one entry, in order
                  <li key={j}>
                    {parts.map((p, k) =>
                      typeof p === 'string' ? (
                        p
                      ) : (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one line, in order
                        <Link key={k} href={`/incidents/${p.incidentId}`}>
                          incident {p.text}
                        </Link>
                      ),
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
