'use client';

import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { Field, FormMessage } from '@/components/forms/field';
import type { ReadReportState } from '@/lib/reports/actions';
import { MAX_REPORT_CHARS, MAX_REPORT_ITEMS } from '@/lib/reports/schema';

const LIMIT = MAX_REPORT_CHARS.toLocaleString('en');
const ITEMS = MAX_REPORT_ITEMS.toLocaleString('en');

/** Step 1: the report as published. Nothing is stored until the review is saved. */
export function ReportInputForm({
  state,
  action,
  pending,
}: {
  state: ReadReportState;
  action: (formData: FormData) => void;
  pending: boolean;
}) {
  const values = state.values ?? {};
  const [tooLong, setTooLong] = useState<string | null>(null);
  const errors: Record<string, string[] | undefined> = {
    ...state.errors,
    ...(tooLong ? { text: [tooLong] } : {}),
  };

  // A paste far over the limit would also exceed the server's request size limit; say so here.
  const check = (event: FormEvent<HTMLFormElement>) => {
    const text = new FormData(event.currentTarget).get('text');
    const length = typeof text === 'string' ? text.trim().length : 0;
    if (length > MAX_REPORT_CHARS) {
      event.preventDefault();
      setTooLong(`is ${length.toLocaleString('en')} characters; the limit is ${LIMIT}`);
    } else setTooLong(null);
  };

  return (
    <form action={action} onSubmit={check} className="stack-form report-input" noValidate>
      <FormMessage state={state} />
      {state.existingReport && (
        <p>
          <Link href={`/reports/${state.existingReport.id}`}>
            Open the stored report{state.existingReport.title ? `: ${state.existingReport.title}` : ''}
          </Link>
        </p>
      )}
      <Field
        id="report-title"
        label="Title"
        errors={errors.title}
        hint="Optional: the first sentence is used when empty."
      >
        {(p) => <input {...p} name="title" maxLength={300} defaultValue={values.title} />}
      </Field>
      <Field id="report-outlet" label="Outlet" errors={errors.outlet} hint="Optional, e.g. Le Nouvelliste.">
        {(p) => <input {...p} name="outlet" maxLength={200} defaultValue={values.outlet} />}
      </Field>
      <Field id="report-url" label="Address (URL)" errors={errors.url} hint="Optional; http or https.">
        {(p) => <input {...p} name="url" type="url" defaultValue={values.url} />}
      </Field>
      <Field
        id="report-published"
        label="Publication date"
        errors={errors.publishedAt}
        hint="Relative dates in the text (“on Tuesday”) count from it. When empty, the reader estimates it."
      >
        {(p) => <input {...p} name="publishedAt" type="date" defaultValue={values.publishedAt} />}
      </Field>
      <Field
        id="report-text"
        label="Text"
        errors={errors.text}
        hint={`The article's text: at most ${LIMIT} characters, and ${ITEMS} incidents to review.`}
      >
        {(p) => <textarea {...p} name="text" rows={14} defaultValue={values.text} />}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? 'Reading…' : 'Read the report'}
      </button>
    </form>
  );
}
