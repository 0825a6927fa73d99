import Link from 'next/link';
import { FormattedDateTime } from '@/components/formatted-date';
import type { ReportReviewState } from '@/lib/reports/inbox';
import { MarkReviewed } from './mark-reviewed';

const incidents = (n: number) => `${n} incident${n === 1 ? '' : 's'}`;

function DraftsToReview({ review }: { review: ReportReviewState }) {
  const { drafts, incidentCount } = review;
  if (incidentCount === 0) return <p>The reader drafted no incident from it.</p>;
  if (drafts.length === 0) {
    return (
      <p>
        {incidentCount === 1
          ? 'Its incident is no longer a draft.'
          : `None of its ${incidents(incidentCount)} is still a draft.`}
      </p>
    );
  }
  return (
    <>
      <p>
        {incidentCount === 1
          ? 'Its incident is still a draft'
          : `${drafts.length} of its ${incidents(incidentCount)} ${drafts.length === 1 ? 'is still a draft' : 'are still drafts'}`}
        : check {drafts.length === 1 ? 'it' : 'each'} against the text below, set its Review status to
        Reviewed and save.
      </p>
      <ul className="review-drafts">
        {drafts.map((d) => (
          <li key={d.id}>
            <Link href={`/incidents/${d.id}/edit`}>Review “{d.title}”</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * For editors, near the top of a live report's page: what is left to review, and the button that
 * takes it out of the inbox. Once reviewed, one line says when. One element throughout, with the
 * button's component last, so the answer to "Mark reviewed" survives the page being drawn again.
 */
export function InboxReviewPanel({
  reportId,
  version,
  review,
}: {
  reportId: number;
  version: number;
  review: ReportReviewState;
}) {
  const waiting = review.reviewedAt === null;
  return (
    <section
      className={waiting ? 'review-panel' : 'review-done'}
      aria-labelledby={waiting ? 'review-panel-heading' : undefined}
    >
      {waiting ? (
        <>
          <h2 id="review-panel-heading">Waiting for review</h2>
          <p>No editor has reviewed this report yet: it waits in the inbox.</p>
          <DraftsToReview review={review} />
          <p>
            Then mark it reviewed. Junk, a duplicate, not an article?{' '}
            <a href="#report-corrections">Dismiss it</a> with “Withdraw this report…” instead.
          </p>
        </>
      ) : null}
      {review.reviewedAt !== null ? (
        <p className="muted">
          Reviewed on <FormattedDateTime iso={review.reviewedAt} />.
        </p>
      ) : null}
      <MarkReviewed reportId={reportId} version={version} reviewed={!waiting} />
    </section>
  );
}
