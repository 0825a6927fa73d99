'use client';

import { useActionState } from 'react';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { Field, FormMessage } from '@/components/forms/field';
import { withFailureMessage } from '@/lib/forms/action-failure';
import type { FormState } from '@/lib/forms/form-state';
import { changeSavedSearchAction, renameSavedSearchAction } from '@/lib/saved-searches/actions';
import styles from './saved-searches.module.css';

type Search = { id: number; name: string };

function RenameForm({ search }: { search: Search }) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    withFailureMessage(renameSavedSearchAction),
    {},
  );
  const fieldId = `rename-${search.id}`;
  return (
    <details open={Boolean(state.errors)}>
      <summary>Rename</summary>
      <form action={action} className="inline-form" aria-label={`Rename ${search.name}`} noValidate>
        <input type="hidden" name="searchId" value={search.id} />
        <Field id={fieldId} label="New name" errors={state.errors?.name}>
          {(p) => (
            <input
              {...p}
              name="name"
              maxLength={100}
              autoComplete="off"
              defaultValue={state.values?.name ?? search.name}
            />
          )}
        </Field>
        <button type="submit" disabled={pending}>
          {pending ? 'Renaming…' : 'Rename'}
        </button>
        <FormMessage state={state} />
      </form>
    </details>
  );
}

/** One saved search's controls: rename, a new feed address (the old stops working), remove. */
export function SavedSearchControls({ search }: { search: Search }) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    withFailureMessage(changeSavedSearchAction),
    {},
  );
  return (
    <div className={styles.controls}>
      <RenameForm search={search} />
      <form action={action} className="user-access" aria-label={`Feed and removal of ${search.name}`}>
        <input type="hidden" name="searchId" value={search.id} />
        <ConfirmButton
          name="change"
          value="new-address"
          className="secondary"
          disabled={pending}
          confirmLabel="Give it a new address"
          confirm={() => ({
            title: `A new feed address for “${search.name}”?`,
            body: (
              <p>
                The current address stops working at once: every feed reader using it must be given the new
                one. Do this if the address was seen by someone who should not read it.
              </p>
            ),
          })}
        >
          New feed address
        </ConfirmButton>
        <ConfirmButton
          name="change"
          value="delete"
          className="secondary"
          disabled={pending}
          confirmLabel="Remove the search"
          confirm={() => ({
            title: `Remove “${search.name}”?`,
            body: <p>The search and its feed go; feed readers using its address get nothing more.</p>,
          })}
        >
          Remove
        </ConfirmButton>
        <FormMessage state={state} />
      </form>
    </div>
  );
}
