'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef } from 'react';
import { withFailureMessage } from '@/lib/forms/action-failure';
import { withdrawReportAction } from '@/lib/reports/correction-actions';
import type { WithdrawReportState } from '@/lib/reports/correction-state';
import type { WithdrawalImpact } from '@/lib/reports/withdrawal-mutations';
import styles from './corrections.module.css';
import { FocusedMessage } from './focused-message';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const contextItems = (n: number) => `${n} ${n === 1 ? 'deployment or figure' : 'deployments or figures'}`;

/** What withdrawing will do, in the editor's words, before they confirm it. */
function Consequences({ impact }: { impact: WithdrawalImpact }) {
  const lone = impact.unsourced;
  return (
    <ul>
      <li>
        It is hidden from the reports list and kept only for the record (who withdrew it, when and why); it
        cannot be corrected afterwards.
      </li>
      <li>
        Its {plural(impact.sources, 'incident source')} and {plural(impact.claims, 'casualty claim')} are
        removed, with the {contextItems(impact.deployments + impact.figures)} it quotes: totals and charts
        stop counting them.
      </li>
      <li>
        {lone.length === 0
          ? 'No incident is left without a source.'
          : `${plural(lone.length, 'incident')} will be left without a source and flagged for review: ${lone.map((i) => i.title).join('; ')}.`}
      </li>
    </ul>
  );
}

/** Withdrawing a junk report: a button, then a dialog that says what will happen and asks. */
export function WithdrawReport({
  reportId,
  version,
  impact,
  withdrawn,
}: {
  reportId: number;
  version: number;
  impact: WithdrawalImpact;
  withdrawn: boolean;
}) {
  const [state, action, pending] = useActionState<WithdrawReportState, FormData>(
    withFailureMessage(withdrawReportAction),
    {},
  );
  const dialog = useRef<HTMLDialogElement>(null);
  // Whatever the answer, the dialog closes so the message outside it is what the editor reads.
  useEffect(() => {
    if (state.message) dialog.current?.close();
  }, [state]);
  const flagged = state.unsourced ?? [];
  return (
    <div className={styles.withdraw}>
      <FocusedMessage state={state} />
      {flagged.length > 0 && (
        <ul aria-label="Incidents left without a source">
          {flagged.map((i) => (
            <li key={i.id}>
              <Link href={`/incidents/${i.id}`}>{i.title}</Link>
            </li>
          ))}
        </ul>
      )}
      {!withdrawn && (
        <>
          <button type="button" className="danger" onClick={() => dialog.current?.showModal()}>
            Withdraw this report…
          </button>
          <dialog ref={dialog} aria-labelledby="withdraw-title" className={styles.dialog}>
            <h2 id="withdraw-title">Withdraw this report?</h2>
            <p>
              Withdraw a report that should never have been stored (not an article, a duplicate, the wrong
              text):
            </p>
            <Consequences impact={impact} />
            <form action={action} className="stack-form">
              <input type="hidden" name="reportId" defaultValue={reportId} />
              <input type="hidden" name="version" defaultValue={version} />
              <div className="field">
                <label htmlFor="withdraw-reason">Reason</label>
                <input
                  id="withdraw-reason"
                  name="reason"
                  maxLength={500}
                  placeholder="e.g. not a news report"
                />
              </div>
              <div className="button-row">
                <button type="submit" className="danger" disabled={pending}>
                  {pending ? 'Withdrawing…' : 'Withdraw the report'}
                </button>
                <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
                  Keep the report
                </button>
              </div>
            </form>
          </dialog>
        </>
      )}
    </div>
  );
}
