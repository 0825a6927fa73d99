'use client';

import { useActionState } from 'react';
import { Field, FormMessage } from '@/components/forms/field';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import type { FormState } from '@/lib/forms/form-state';
import { changePasswordAction } from '@/lib/users/account-actions';

export function ChangePasswordForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} className="stack-form" noValidate>
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {/* Lets password managers tie the new password to the account. */}
      <Field id="current-password" label="Current password" errors={errors.current}>
        {(p) => <input {...p} name="current" type="password" autoComplete="current-password" required />}
      </Field>
      <Field
        id="new-password"
        label="New password"
        errors={errors.password}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters, not a common or breached password. A few unrelated words work well.`}
      >
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" required />}
      </Field>
      <Field id="confirm-password" label="New password again" errors={errors.confirm}>
        {(p) => <input {...p} name="confirm" type="password" autoComplete="new-password" required />}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
