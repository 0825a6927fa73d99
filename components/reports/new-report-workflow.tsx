'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { withFailureMessage } from '@/lib/forms/action-failure';
import { type ReadReportState, readReportAction } from '@/lib/reports/actions';
import { type ImportLinkState, importLinkAction } from '@/lib/reports/import-actions';
import { ImportLinkForm } from './import-link-form';
import type { PlaceChoice } from './place-picker';
import { ReportInputForm } from './report-input-form';
import { ReviewEditor } from './review-editor';

type Numbered<S> = S & { n?: number };
const readAction = withFailureMessage(readReportAction);
const importAction = withFailureMessage(importLinkAction);

/**
 * The "New report" steps: the form, then the review of what the reader found, then saving
 * (which leaves for the stored report). Going back keeps the typed fields; reading again
 * starts a fresh review, since the text's offsets change with it.
 */
export function NewReportWorkflow({ places }: { places: readonly PlaceChoice[] }) {
  // Each answer is numbered as it arrives, so that the report form shows the latest: an
  // import's filled fields, or what a reading sent back.
  const answers = useRef(0);
  const [state, read, reading] = useActionState<Numbered<ReadReportState>, FormData>(
    async (previous, formData) => ({ ...(await readAction(previous, formData)), n: ++answers.current }),
    {},
  );
  const [imported, importLink, importing] = useActionState<Numbered<ImportLinkState>, FormData>(
    async (previous, formData) => ({ ...(await importAction(previous, formData)), n: ++answers.current }),
    {},
  );
  const formState = imported.filled && (imported.n ?? 0) > (state.n ?? 0) ? imported : state;
  const [leftReview, setLeftReview] = useState<ReadReportState | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const reviewing = state.review !== undefined && leftReview !== state;

  const step = reviewing ? state : null;
  const first = useRef(true);
  // A new step (or a new review): focus its heading, so keyboard and screen-reader users
  // start there rather than on a button that has just gone away.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of step
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {reviewing ? 'New report: review' : 'New report'}
      </h1>
      <p className="lede">
        {reviewing
          ? 'Check each incident, claim, deployment and figure against the highlighted text: edit it, keep it or reject it, and decide on suggested merges. Nothing is stored until you save.'
          : 'Paste a news report, or import it from a link. The reader drafts its incidents, casualty claims, deployments and figures for you to review; nothing is stored until you save the review.'}
      </p>
      {reviewing && state.review ? (
        <ReviewEditor
          initial={state.review}
          matches={state.matches ?? []}
          places={places}
          onBack={() => setLeftReview(state)}
        />
      ) : (
        <>
          <ImportLinkForm state={imported} action={importLink} pending={importing} />
          {/* A new import shows its fields: the form is drawn again with them. */}
          <ReportInputForm key={imported.filled ?? 0} state={formState} action={read} pending={reading} />
        </>
      )}
    </>
  );
}
