'use client';

import { useActionState } from 'react';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { FormMessage, Options } from '@/components/forms/field';
import { ROLES, type Role } from '@/lib/auth/roles';
import { withFailureMessage } from '@/lib/forms/action-failure';
import type { FormState } from '@/lib/forms/form-state';
import { changeUserAccessAction } from '@/lib/users/actions';

/** One account's controls: role, disable/enable (disabling asks first), end sessions, resets. */
export function UserAccessForm({
  user,
}: {
  user: {
    id: number;
    email: string;
    name: string;
    role: Role;
    disabled: boolean;
    openSessions: number;
    twoFactor: boolean;
  };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    withFailureMessage(changeUserAccessAction),
    {},
  );
  return (
    <form action={action} className="user-access">
      <input type="hidden" name="userId" value={user.id} />
      <label className="visually-hidden" htmlFor={`role-${user.id}`}>
        Role of {user.email}
      </label>
      <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
        <Options of={ROLES} />
      </select>
      <button type="submit" name="change" value="role" className="secondary" disabled={pending}>
        Change role
      </button>
      {user.disabled ? (
        <button type="submit" name="change" value="enable" className="secondary" disabled={pending}>
          Enable
        </button>
      ) : (
        <ConfirmButton
          name="change"
          value="disable"
          className="secondary"
          disabled={pending}
          confirmLabel="Disable the account"
          confirm={() => ({
            title: `Disable ${user.name}’s account?`,
            body: (
              <p>
                {user.email} is signed out at once
                {user.openSessions
                  ? ` (${user.openSessions} open session${user.openSessions === 1 ? '' : 's'} end)`
                  : ''}{' '}
                and cannot sign in until an admin enables the account again. Their past changes stay in the
                history under their name.
              </p>
            ),
          })}
        >
          Disable
        </ConfirmButton>
      )}
      <button type="submit" name="change" value="end_sessions" className="secondary" disabled={pending}>
        End sessions
      </button>
      <ConfirmButton
        name="change"
        value="reset_password"
        className="secondary"
        disabled={pending}
        confirmLabel="Reset the password"
        confirm={() => ({
          title: `Reset ${user.name}’s password?`,
          body: (
            <p>
              {user.email} is signed out at once. You get a temporary password to hand over privately; they
              must choose a new password when they next sign in.
            </p>
          ),
        })}
      >
        Reset password
      </ConfirmButton>
      {user.twoFactor ? (
        <ConfirmButton
          name="change"
          value="reset_totp"
          className="secondary"
          disabled={pending}
          confirmLabel="Reset two-factor sign-in"
          confirm={() => ({
            title: `Reset ${user.name}’s two-factor sign-in?`,
            body: (
              <p>
                For a lost phone. {user.email} is signed out at once; their authenticator and recovery codes
                stop working, and they sign in with the password alone until they set it up again
                {user.role === 'admin' ? ' (as an admin, at their next sign-in)' : ''}.
              </p>
            ),
          })}
        >
          Reset two-factor
        </ConfirmButton>
      ) : null}
      <FormMessage state={state} />
    </form>
  );
}
