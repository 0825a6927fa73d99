'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/field';
import { withFailureMessage } from '@/lib/forms/action-failure';
import type { FormState } from '@/lib/forms/form-state';
import { setSourceDeniesAction } from '@/lib/incidents/actions';

/**
 * "This source says it did not happen": a denial, retraction or fact-check makes the incident
 * contested, with the source kept (its claims stay as it gave them).
 */
export function SourceDenies({
  incidentId,
  version,
  reportId,
  denies,
}: {
  incidentId: number;
  version: number;
  reportId: number;
  denies: boolean;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    withFailureMessage(setSourceDeniesAction),
    {},
  );
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="denies" value={denies ? '0' : '1'} />
      {denies && <strong>Says it did not happen.</strong>}
      <button type="submit" className="secondary" disabled={pending}>
        {denies ? 'Remove the mark' : 'Mark: this source says it did not happen'}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
