'use client';

import { useActionState } from 'react';
import { withFailureMessage } from '@/lib/forms/action-failure';
import type { FormState } from '@/lib/forms/form-state';
import { markReportReviewedAction } from '@/lib/reports/inbox-actions';
import { FocusedMessage } from './focused-message';

/**
 * The "Mark reviewed" button of a report waiting for review. It stays mounted once the report is
 * reviewed (the page draws it again without the button), so the answer stays where the editor is.
 */
export function MarkReviewed({
  reportId,
  version,
  reviewed,
}: {
  reportId: number;
  version: number;
  reviewed: boolean;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    withFailureMessage(markReportReviewedAction),
    {},
  );
  return (
    <>
      <FocusedMessage state={state} />
      {!reviewed && (
        <form action={action} className="button-row">
          <input type="hidden" name="reportId" defaultValue={reportId} />
          <input type="hidden" name="version" defaultValue={version} />
          <button type="submit" disabled={pending}>
            {pending ? 'Marking…' : 'Mark reviewed'}
          </button>
        </form>
      )}
    </>
  );
}
