'use client';

import Link from 'next/link';
import { startTransition, useActionState, useCallback, useEffect, useMemo, useState } from 'react';
import { withFailureMessage } from '@/lib/forms/action-failure';
import { type SaveReviewState, saveReviewAction } from '@/lib/reports/actions';
import { emptyIncident } from '@/lib/reports/added-incident';
import { titleAfterClaims, titleParts } from '@/lib/reports/auto-title';
import type { TaggedSpan } from '@/lib/reports/highlight';
import type { MatchView } from '@/lib/reports/review-matches';
import type { ReviewIncidentInput, ReviewInput } from '@/lib/reports/review-schema';
import { CheckSummary } from './check-summary';
import { DeploymentReview, FigureReview, MilestoneReview } from './context-review';
import { EvidenceText } from './evidence-text';
import { ErrorSummary } from './field-error';
import { FocusedMessage } from './focused-message';
import { IncidentReview } from './incident-review';
import type { PlaceChoice } from './place-picker';
import styles from './review.module.css';

type ListKey = 'deployments' | 'milestones' | 'figures';

/** One object for "no errors", so memoised items see the same props until a save answers. */
const NO_ERRORS: Record<string, string[] | undefined> = {};

/** Step 2: the draft, editable, beside the text it came from. Saving sends the whole review. */
export function ReviewEditor({
  initial,
  matches,
  places,
  onBack,
}: {
  initial: ReviewInput;
  matches: readonly (MatchView | null)[];
  places: readonly PlaceChoice[];
  onBack: () => void;
}) {
  const [review, setReview] = useState(initial);
  const [active, setActive] = useState<string | null>(null);
  const [state, save, saving] = useActionState<SaveReviewState, ReviewInput>(
    withFailureMessage(saveReviewAction),
    {},
  );
  const errors = state.errors ?? NO_ERRORS;
  // After "Add an incident", its title field takes the focus, so the keyboard carries on there.
  const [focusTitle, setFocusTitle] = useState<number | null>(null);
  useEffect(() => {
    if (focusTitle === null) return;
    document.getElementById(`incident-${focusTitle}-title`)?.focus();
    setFocusTitle(null);
  }, [focusTitle]);
  const addIncident = () => {
    setFocusTitle(review.incidents.length);
    setReview((r) => ({ ...r, incidents: [...r.incidents, emptyIncident()] }));
  };
  const removeIncident = useCallback(
    (i: number) => setReview((r) => ({ ...r, incidents: r.incidents.filter((_, k) => k !== i) })),
    [],
  );

  const spans = useMemo<TaggedSpan[]>(
    () => [
      ...review.incidents.flatMap((item, i) =>
        item.decision === 'reject' ? [] : item.evidenceSpans.map((s) => ({ ...s, id: `incident-${i}` })),
      ),
      ...(['deployments', 'milestones', 'figures'] as const).flatMap((key) =>
        review[key].flatMap((item, i) =>
          item.accepted ? item.evidenceSpans.map((s) => ({ ...s, id: `${key.slice(0, -1)}-${i}` })) : [],
        ),
      ),
    ],
    [review],
  );

  // The reader's titles name its claims: while untouched, they follow the claims as edited.
  const [titles] = useState(() => initial.incidents.map((x) => titleParts(x.title, x.casualties)));
  const setIncident = useCallback(
    (i: number, patch: Partial<ReviewIncidentInput>) =>
      setReview((r) => ({
        ...r,
        incidents: r.incidents.map((x, k) => {
          if (k !== i) return x;
          const follows = patch.casualties && patch.title === undefined;
          const title = follows ? titleAfterClaims(x, patch.casualties ?? [], titles[i] ?? null) : x.title;
          return { ...x, title, ...patch };
        }),
      })),
    [titles],
  );
  const setItem =
    <K extends ListKey>(key: K) =>
    (i: number, patch: Partial<ReviewInput[K][number]>) =>
      setReview((r) => ({ ...r, [key]: r[key].map((x, k) => (k === i ? { ...x, ...patch } : x)) }));

  const kept = review.incidents.filter((i) => i.decision !== 'reject');
  const merged = kept.filter((i) => i.decision === 'merge').length;
  const { input } = review;

  return (
    <div className={`review ${styles.review}`}>
      <div className="review-summary">
        <h2>Review what the reader found</h2>
        <dl className="meta-list">
          <dt>Title</dt>
          <dd>{input.title || <span className="muted">(from the first sentence)</span>}</dd>
          {input.outlet ? (
            <>
              <dt>Outlet</dt>
              <dd>{input.outlet}</dd>
            </>
          ) : (
            review.readerOutlet && (
              <>
                <dt>Outlet</dt>
                <dd>
                  {review.readerOutlet}{' '}
                  <span className="muted">(from the dateline; stored with the report)</span>
                </dd>
              </>
            )
          )}
          {input.url && (
            <>
              <dt>Address</dt>
              <dd>{input.url}</dd>
            </>
          )}
          <dt>Published</dt>
          <dd>
            {review.publishedAt ?? 'unknown'}
            {review.publishedAtEstimated && <span className="muted"> (estimated from the text)</span>}
          </dd>
        </dl>
        <CheckSummary incidents={review.incidents} />
        {review.warningDetails.length > 0 && (
          <div className="notice">
            <p>The reader asks you to check:</p>
            <ul className="warnings">
              {review.warningDetails.map((w) => (
                <li key={`${w.code}-${w.message}`}>{w.message}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div className="review-layout">
        <div className="review-text-column">
          <h3>Report text</h3>
          <p className="hint">
            <mark className="evidence-incident">Incident evidence</mark> and{' '}
            <mark className="evidence-context">deployments and figures</mark> are highlighted; the item you
            are editing is outlined.
          </p>
          <EvidenceText text={input.text} spans={spans} active={active} />
        </div>
        <div className="review-items">
          <section aria-labelledby="review-incidents">
            <h3 id="review-incidents">Incidents ({review.incidents.length})</h3>
            {review.incidents.length === 0 && <p className="muted">The reader found no incidents.</p>}
            {review.incidents.map((incident, i) => (
              <IncidentReview
                // The reader's order is fixed for the whole review.
                // biome-ignore lint/suspicious/noArrayIndexKey: items are never reordered
                key={i}
                index={i}
                text={input.text}
                incident={incident}
                match={matches[i] ?? null}
                places={places}
                errors={errors}
                onChange={setIncident}
                onActivate={setActive}
                onRemove={incident.added ? removeIncident : undefined}
              />
            ))}
            <div className={styles.addRow}>
              <button type="button" className="secondary" onClick={addIncident}>
                Add an incident
              </button>
              <span className="hint">for one the reader missed: you give its date, place and evidence.</span>
            </div>
          </section>
          {review.deployments.length > 0 && (
            <section aria-labelledby="review-deployments">
              <h3 id="review-deployments">Deployments ({review.deployments.length})</h3>
              <DeploymentReview
                items={review.deployments}
                errors={errors}
                onChange={setItem('deployments')}
                onActivate={setActive}
              />
            </section>
          )}
          {review.milestones.length > 0 && (
            <section aria-labelledby="review-milestones">
              <h3 id="review-milestones">Milestones ({review.milestones.length})</h3>
              <MilestoneReview
                items={review.milestones}
                errors={errors}
                onChange={setItem('milestones')}
                onActivate={setActive}
              />
            </section>
          )}
          {review.figures.length > 0 && (
            <section aria-labelledby="review-figures">
              <h3 id="review-figures">Figures ({review.figures.length})</h3>
              <FigureReview
                items={review.figures}
                errors={errors}
                onChange={setItem('figures')}
                onActivate={setActive}
              />
            </section>
          )}
        </div>
      </div>
      <div className="review-save">
        <FocusedMessage state={state} />
        {state.existingReport && (
          <p>
            <Link href={`/reports/${state.existingReport.id}`}>Open the stored report</Link>
          </p>
        )}
        <ErrorSummary errors={errors} />
        <div className="button-row">
          <button type="button" disabled={saving} onClick={() => startTransition(() => save(review))}>
            {saving ? 'Saving…' : 'Save report'}
          </button>
          <button type="button" className="secondary" onClick={onBack} disabled={saving}>
            Back to the text
          </button>
          <span className="muted">
            {kept.length} incident{kept.length === 1 ? '' : 's'} to store
            {merged ? ` (${merged} merged into stored ones)` : ''}, {review.incidents.length - kept.length}{' '}
            rejected.
          </span>
        </div>
      </div>
    </div>
  );
}
