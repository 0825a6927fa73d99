'use client';

import { useActionState } from 'react';
import { Field, FormMessage, Options } from '@/components/forms/field';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { withFailureMessage } from '@/lib/forms/action-failure';
import type { FormState } from '@/lib/forms/form-state';
import { createUserAction } from '@/lib/users/actions';

export function CreateUserForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(
    withFailureMessage(createUserAction),
    {},
  );
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  return (
    <form action={action} className="stack-form" noValidate key={state.ok ? 'done' : 'editing'}>
      <FormMessage state={state} />
      <Field id="new-email" label="Email" errors={errors.email}>
        {(p) => <input {...p} name="email" type="email" autoComplete="off" defaultValue={values.email} />}
      </Field>
      <Field id="new-name" label="Name" errors={errors.name}>
        {(p) => <input {...p} name="name" defaultValue={values.name} />}
      </Field>
      <Field id="new-role" label="Role" errors={errors.role}>
        {(p) => (
          <select {...p} name="role" defaultValue={values.role || 'editor'}>
            <Options of={Object.entries(ROLE_LABELS)} />
          </select>
        )}
      </Field>
      <Field
        id="new-password"
        label="Initial password"
        errors={errors.password}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Give it to the person privately.`}
      >
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" />}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}
