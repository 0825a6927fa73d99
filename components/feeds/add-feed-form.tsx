'use client';

import { useActionState } from 'react';
import { Field, FormMessage, Options } from '@/components/forms/field';
import { addFeedAction } from '@/lib/feeds/actions';
import { withFailureMessage } from '@/lib/forms/action-failure';
import type { FormState } from '@/lib/forms/form-state';

const LANGUAGES = [
  ['', 'Not said'],
  ['en', 'English'],
  ['fr', 'French'],
  ['ht', 'Haitian Kreyòl'],
] as const;

export function AddFeedForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(withFailureMessage(addFeedAction), {});
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  return (
    <form action={action} className="stack-form" noValidate key={state.ok ? 'done' : 'editing'}>
      <FormMessage state={state} />
      <Field id="feed-url" label="Feed address (RSS or Atom)" errors={errors.url}>
        {(p) => (
          <input
            {...p}
            name="url"
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://example.org/feed"
            defaultValue={values.url}
          />
        )}
      </Field>
      <Field id="feed-name" label="Name" errors={errors.name}>
        {(p) => <input {...p} name="name" autoComplete="off" defaultValue={values.name} />}
      </Field>
      <Field id="feed-language" label="Language of its articles" errors={errors.language}>
        {(p) => (
          <select {...p} name="language" defaultValue={values.language ?? ''}>
            <Options of={LANGUAGES} />
          </select>
        )}
      </Field>
      <Field
        id="feed-keywords"
        label="Keywords"
        errors={errors.keywords}
        hint="Separated by commas, such as Haïti, MSS, Kenya. An item is taken when its title, summary or categories hold one (any case or accents). Empty: every item."
      >
        {(p) => <input {...p} name="keywords" autoComplete="off" defaultValue={values.keywords} />}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? 'Adding…' : 'Add feed'}
      </button>
    </form>
  );
}
