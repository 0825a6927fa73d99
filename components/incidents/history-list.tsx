import Link from 'next/link';
import { FormattedDateTime } from '@/components/formatted-date';

interface Entry {
  at: string;
  action: string;
  user: string | null;
  before: unknown;
  after: unknown;
}

const ACTION_LABELS: Record<string, string> = {
  create: 'created',
  update: 'edited',
  delete: 'deleted',
  restore: 'restored',
  claim_add: 'claim added',
  claim_edit: 'claim edited',
  claim_delete: 'claim deleted',
  source_add: 'source linked',
  merge: 'merged others in',
  merged_into: 'merged into another incident',
  split: 'split',
  corroborate: 'corroborated by a report',
};

const show = (v: unknown) =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);
const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/**
 * Who changed what and when: each entry's fields before → after, as text (never as markup).
 * Editors' names are shown only to signed-in users: publishing who edits a record of gang violence
 * could put staff at risk.
 */
export function HistoryList({ entries, showNames }: { entries: Entry[]; showNames: boolean }) {
  if (entries.length === 0) return <p className="muted">No changes recorded.</p>;
  return (
    <ol className="history" reversed>
      {entries.map((h, i) => {
        const before = record(h.before);
        const after = record(h.after);
        const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
        const into = typeof after.into === 'number' ? after.into : null;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries are an append-only log shown newest first
          <li key={i}>
            <FormattedDateTime iso={h.at} /> ·{' '}
            <strong>{ACTION_LABELS[h.action] ?? h.action.replace(/_/g, ' ')}</strong> ·{' '}
            {h.user ? (showNames ? h.user : 'an editor') : 'the reader (automatic)'}
            {into !== null ? (
              <>
                {' '}
                → <Link href={`/incidents/${into}`}>incident #{into}</Link>
              </>
            ) : null}
            {fields.length > 0 && h.action !== 'create' ? (
              <ul className="history-fields">
                {fields
                  .filter((f) => f !== 'into')
                  .map((f) => (
                    <li key={f}>
                      {f}: {f in before ? `${show(before[f])} → ` : ''}
                      {show(after[f])}
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
