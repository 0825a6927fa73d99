'use client';

import { useActionState, useState } from 'react';
import { Field } from '@/components/forms/field';
import { withFailureMessage } from '@/lib/forms/action-failure';
import { correctReportAction } from '@/lib/reports/correction-actions';
import type { CorrectReportState } from '@/lib/reports/correction-state';
import { DatesPreview } from './dates-preview';
import { FocusedMessage } from './focused-message';

export interface CorrectableReport {
  id: number;
  version: number;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  publishedEstimated: boolean;
}

/**
 * An editor corrects a stored report's details. A new publication date first shows which
 * incident dates it would move; they change only with the editor's "Save and change".
 */
export function CorrectionForm({ report }: { report: CorrectableReport }) {
  const [state, action, pending] = useActionState<CorrectReportState, FormData>(
    withFailureMessage(correctReportAction),
    {},
  );
  const [dismissed, setDismissed] = useState<CorrectReportState | null>(null);
  const v: Record<string, string> = {
    reportId: String(report.id),
    version: String(report.version),
    title: report.title,
    outlet: report.outlet ?? '',
    url: report.url ?? '',
    publishedAt: report.publishedAt ?? '',
    ...state.values,
  };
  const errors = state.errors ?? {};
  const preview = state.preview && dismissed !== state ? state.preview : null;
  // Remount the fields when the server answers, so they show the values it sent back.
  const formKey = JSON.stringify([state.values ?? {}, report.version]);
  return (
    <form key={formKey} action={action} aria-labelledby="report-correct" className="stack-form" noValidate>
      <h2 id="report-correct">Correct this report</h2>
      <FocusedMessage state={state} />
      <input type="hidden" name="reportId" defaultValue={v.reportId} />
      <input type="hidden" name="version" defaultValue={v.version} />
      <Field id="correct-title" label="Title" errors={errors.title}>
        {(p) => <input {...p} name="title" maxLength={300} defaultValue={v.title} required />}
      </Field>
      <Field id="correct-outlet" label="Outlet" errors={errors.outlet}>
        {(p) => <input {...p} name="outlet" maxLength={200} defaultValue={v.outlet} />}
      </Field>
      <Field id="correct-url" label="Address (URL)" errors={errors.url}>
        {(p) => <input {...p} name="url" type="url" defaultValue={v.url} />}
      </Field>
      <Field
        id="correct-published"
        label="Publication date"
        errors={errors.publishedAt}
        hint={`Relative dates in the text (“on Tuesday”) count from it: a new date shows which incident dates would change before anything does.${report.publishedEstimated ? ' The stored date was estimated from the text.' : ''}`}
      >
        {(p) => <input {...p} name="publishedAt" type="date" defaultValue={v.publishedAt} />}
      </Field>
      {preview ? (
        <DatesPreview plan={preview} pending={pending} onCancel={() => setDismissed(state)} />
      ) : (
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save corrections'}
        </button>
      )}
    </form>
  );
}
