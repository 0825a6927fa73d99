'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Field, FormMessage } from '@/components/forms/field';
import { secondFactorAction } from '@/lib/auth/actions';
import type { FormState } from '@/lib/forms/form-state';

export function SecondFactorForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(secondFactorAction, {});
  return (
    <form action={action} className="stack-form" noValidate>
      <FormMessage state={state} />
      {state.denied ? (
        <p>
          <Link href={`/login?next=${encodeURIComponent(next)}`}>Sign in again</Link>
        </p>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <Field
        id="code"
        label="Code"
        errors={state.errors?.code}
        hint="The six-digit code from your authenticator app — or, without your phone, one of your recovery codes."
      >
        {(p) => (
          <input
            {...p}
            name="code"
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={20}
            required
          />
        )}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? 'Checking…' : 'Continue'}
      </button>
    </form>
  );
}
