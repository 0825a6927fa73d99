'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Field, FormMessage } from '@/components/forms/field';
import { withFailureMessage } from '@/lib/forms/action-failure';
import type { FormState } from '@/lib/forms/form-state';
import { saveSearchAction } from '@/lib/saved-searches/actions';
import styles from './saved-searches.module.css';

/**
 * "Save this search" under the timeline's filters: a name for the filters the page shows. `query`
 * is the page's own query string (paging left out), so a filter with an error is refused with
 * the reason rather than saved without it.
 */
export function SaveSearchForm({ query }: { query: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    withFailureMessage(saveSearchAction),
    {},
  );
  const errors = [...(state.errors?.name ?? []), ...(state.errors?.query ?? [])];
  return (
    <form
      action={action}
      className={`inline-form ${styles.saveForm}`}
      aria-label="Save this search"
      noValidate
      key={state.ok ? 'saved' : 'editing'}
    >
      <input type="hidden" name="query" value={query} />
      <Field id="save-search-name" label="Save these filters as" errors={errors.length ? errors : undefined}>
        {(p) => (
          <input
            {...p}
            name="name"
            maxLength={100}
            autoComplete="off"
            enterKeyHint="done"
            placeholder="e.g. Attacks in the Artibonite"
            defaultValue={state.values?.name}
          />
        )}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save this search'}
      </button>
      <FormMessage state={state} />
      {state.ok ? <Link href="/searches">Your saved searches and their feeds</Link> : null}
    </form>
  );
}
