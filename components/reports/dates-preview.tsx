'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { formatIncidentDate } from '@/lib/incidents/labels';
import type { DateChange, IncidentDates, RedatePlan } from '@/lib/reports/redate';

const shown = (d: IncidentDates) => formatIncidentDate(d.date, d.dateEnd, d.datePrecision);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function ChangeRows({ changes }: { changes: readonly DateChange[] }) {
  return (
    <tbody>
      {changes.map((c) => (
        <tr key={c.incidentId}>
          <th scope="row">
            <Link href={`/incidents/${c.incidentId}`}>{c.title}</Link>
            {c.otherSources > 0 && (
              <span className="muted"> (also reported by {plural(c.otherSources, 'other report')})</span>
            )}
          </th>
          <td>{shown(c.from)}</td>
          <td>{shown(c.to)}</td>
        </tr>
      ))}
    </tbody>
  );
}

/**
 * The incident dates a new publication date would move, shown before anything changes: the
 * editor saves with them, saves keeping the old dates, or goes back to the form. Takes the
 * focus when it appears, so keyboard and screen-reader users land on the choice.
 */
export function DatesPreview({
  plan,
  pending,
  onCancel,
}: {
  plan: RedatePlan;
  pending: boolean;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new plan is a new answer to show
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'center' });
  }, [plan]);
  const n = plan.changes.length;
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="dates-preview" className="notice">
      <h3 id="dates-preview">Incident dates that would change</h3>
      <p>
        {n === 1 ? 'One incident' : `${n} incidents`} of this report {n === 1 ? 'is' : 'are'} dated relative
        to its publication date (“on Tuesday”, “last week”). With{' '}
        {plan.publishedAt ? formatIncidentDate(plan.publishedAt, null, 'day') : 'no known date'}
        {plan.estimated ? ' (estimated from the text)' : ''} as the publication date:
      </p>
      <div className="table-scroll">
        <table className="claims-table">
          <caption className="visually-hidden">
            Each incident's date now and with the new publication date
          </caption>
          <thead>
            <tr>
              <th scope="col">Incident</th>
              <th scope="col">Now</th>
              <th scope="col">With the new date</th>
            </tr>
          </thead>
          <ChangeRows changes={plan.changes} />
        </table>
      </div>
      {plan.kept.length > 0 && (
        <p className="hint">
          Kept as they are, since an editor or another report set their dates:{' '}
          {plan.kept.map((k) => k.title).join('; ')}.
        </p>
      )}
      <div className="button-row">
        <button type="submit" name="confirm" value={plan.fingerprint} disabled={pending}>
          Save and change {plural(n, 'incident date')}
        </button>
        <button type="submit" name="dates" value="keep" className="secondary" disabled={pending}>
          Save, keeping the incident dates
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </section>
  );
}
