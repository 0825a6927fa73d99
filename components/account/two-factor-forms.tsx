'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Field, FormMessage } from '@/components/forms/field';
import {
  confirmTotpAction,
  disableTotpAction,
  regenerateRecoveryCodesAction,
  startTotpAction,
  type TwoFactorState,
} from '@/lib/users/two-factor-actions';

const CODE_HINT = 'The six-digit code your authenticator app shows now.';

function CodeField({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <Field id={id} label="Code from your app" errors={errors} hint={CODE_HINT}>
      {(p) => (
        <input {...p} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={8} required />
      )}
    </Field>
  );
}

/** The recovery codes, shown once, right after they were made. */
function RecoveryCodes({ codes, next }: { codes: string[]; next: string }) {
  return (
    <section aria-labelledby="recovery-codes-title" className="recovery-codes">
      <h2 id="recovery-codes-title">Your recovery codes</h2>
      <p>
        Each signs you in once if you lose your phone. Keep them somewhere safe (a password manager, or on
        paper). They are shown only now.
      </p>
      <ul aria-label="Recovery codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <p>
        <Link href={next}>I have kept them — continue</Link>
      </p>
    </section>
  );
}

export function StartTotpForm({ next, label }: { next?: string; label: string }) {
  const [state, action, pending] = useActionState<TwoFactorState, FormData>(startTotpAction, {});
  return (
    <form action={action} className="stack-form">
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <button type="submit" disabled={pending}>
        {label}
      </button>
    </form>
  );
}

export function ConfirmTotpForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<TwoFactorState, FormData>(confirmTotpAction, {});
  if (state.recoveryCodes) {
    return (
      <>
        <FormMessage state={state} />
        <RecoveryCodes codes={state.recoveryCodes} next={next} />
      </>
    );
  }
  return (
    <form action={action} className="stack-form" noValidate>
      <FormMessage state={state} />
      <CodeField id="confirm-code" errors={state.errors?.code} />
      <button type="submit" disabled={pending}>
        {pending ? 'Checking…' : 'Turn on two-factor sign-in'}
      </button>
    </form>
  );
}

export function RegenerateRecoveryCodesForm() {
  const [state, action, pending] = useActionState<TwoFactorState, FormData>(
    regenerateRecoveryCodesAction,
    {},
  );
  if (state.recoveryCodes) {
    return (
      <>
        <FormMessage state={state} />
        <RecoveryCodes codes={state.recoveryCodes} next="/account/two-factor" />
      </>
    );
  }
  return (
    <form action={action} className="stack-form" noValidate>
      <FormMessage state={state} />
      <CodeField id="regenerate-code" errors={state.errors?.code} />
      <button type="submit" className="secondary" disabled={pending}>
        Make new recovery codes
      </button>
    </form>
  );
}

export function DisableTotpForm() {
  const [state, action, pending] = useActionState<TwoFactorState, FormData>(disableTotpAction, {});
  if (state.ok) return <FormMessage state={state} />;
  return (
    <form action={action} className="stack-form" noValidate>
      <FormMessage state={state} />
      <Field id="disable-password" label="Your password" errors={state.errors?.password}>
        {(p) => <input {...p} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <CodeField id="disable-code" errors={state.errors?.code} />
      <button type="submit" className="secondary" disabled={pending}>
        Turn off two-factor sign-in
      </button>
    </form>
  );
}
