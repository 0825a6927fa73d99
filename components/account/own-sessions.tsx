'use client';

import { useActionState } from 'react';
import { FormattedDateTime } from '@/components/formatted-date';
import { FormMessage } from '@/components/forms/field';
import type { FormState } from '@/lib/forms/form-state';
import { endOwnSessionsAction } from '@/lib/users/account-actions';
import type { OwnSessionView } from '@/lib/users/session-mutations';

/** The user's open sessions, each with an End button, and ending the others or all at once. */
export function OwnSessions({ sessions }: { sessions: OwnSessionView[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(endOwnSessionsAction, {});
  return (
    <form action={action}>
      <FormMessage state={state} />
      {/* Focusable so that a keyboard can scroll the table sideways on a phone. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-label="Your open sessions">
        <table className="claims-table own-sessions">
          <caption>{sessions.length === 1 ? '1 open session' : `${sessions.length} open sessions`}</caption>
          <thead>
            <tr>
              <th scope="col">Browser</th>
              <th scope="col">Address</th>
              <th scope="col">Signed in</th>
              <th scope="col">Last seen</th>
              <th scope="col">End</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.handle}>
                <th scope="row" className="user-agent-cell">
                  {s.userAgent || 'unknown browser'}
                  {s.current ? <strong> (this browser)</strong> : null}
                </th>
                <td>{s.address || 'unknown'}</td>
                <td>
                  <FormattedDateTime iso={s.createdAt} />
                </td>
                <td>
                  <FormattedDateTime iso={s.lastSeenAt} />
                </td>
                <td>
                  {s.current ? null : (
                    <button
                      type="submit"
                      name="which"
                      value={s.handle}
                      className="secondary"
                      disabled={pending}
                      aria-label={`End the session signed in at ${s.createdAt} from ${s.address || 'unknown'}`}
                    >
                      End
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="edit-bar">
        <button type="submit" name="which" value="others" className="secondary" disabled={pending}>
          End all other sessions
        </button>{' '}
        <button type="submit" name="which" value="all" className="secondary" disabled={pending}>
          Sign out everywhere
        </button>
      </p>
    </form>
  );
}
