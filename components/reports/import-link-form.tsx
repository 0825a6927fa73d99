'use client';

import { Field } from '@/components/forms/field';
import type { ImportLinkState } from '@/lib/reports/import-actions';

/**
 * "Import from a link": the server fetches the article and fills the report form below with its
 * title, outlet, address, date and text, for the editor to check before reading it.
 */
export function ImportLinkForm({
  state,
  action,
  pending,
}: {
  state: ImportLinkState;
  action: (formData: FormData) => void;
  pending: boolean;
}) {
  return (
    <form
      action={action}
      className="stack-form import-link"
      noValidate
      aria-label="Import an article from the web"
    >
      <Field
        id="import-link"
        label="Import from a link"
        errors={state.errors?.link}
        hint="The server fetches the page and fills the fields below with its article. Or paste the text yourself."
      >
        {(p) => (
          <input
            {...p}
            name="link"
            type="url"
            inputMode="url"
            placeholder="https://"
            defaultValue={state.ok ? '' : state.values?.url}
          />
        )}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? 'Fetching the page…' : 'Fetch the article'}
      </button>
    </form>
  );
}
