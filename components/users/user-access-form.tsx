'use client';

import { useActionState } from 'react';
import { FormMessage, Options } from '@/components/forms/field';
import { ROLES, type Role } from '@/lib/auth/roles';
import type { FormState } from '@/lib/forms/form-state';
import { changeUserAccessAction } from '@/lib/users/actions';

/** One account's controls: role, disable/enable, end sessions. */
export function UserAccessForm({
  user,
}: {
  user: { id: number; email: string; role: Role; disabled: boolean };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(changeUserAccessAction, {});
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
      <button
        type="submit"
        name="change"
        value={user.disabled ? 'enable' : 'disable'}
        className="secondary"
        disabled={pending}
      >
        {user.disabled ? 'Enable' : 'Disable'}
      </button>
      <button type="submit" name="change" value="end_sessions" className="secondary" disabled={pending}>
        End sessions
      </button>
      <FormMessage state={state} />
    </form>
  );
}
