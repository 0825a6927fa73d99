'use client';

import { useActionState } from 'react';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { FormMessage } from '@/components/forms/field';
import { changeFeedAction } from '@/lib/feeds/actions';
import { withFailureMessage } from '@/lib/forms/action-failure';
import type { FormState } from '@/lib/forms/form-state';

/** One feed's controls: fetch it now, pause or resume, remove (asks first). */
export function FeedControls({ feed }: { feed: { id: number; name: string; active: boolean } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    withFailureMessage(changeFeedAction),
    {},
  );
  return (
    <form action={action} className="user-access" aria-label={`Controls of ${feed.name}`} aria-busy={pending}>
      <input type="hidden" name="feedId" value={feed.id} />
      <button type="submit" name="change" value="fetch" disabled={pending}>
        {pending ? 'Working…' : 'Fetch now'}
      </button>
      <button
        type="submit"
        name="change"
        value={feed.active ? 'pause' : 'resume'}
        className="secondary"
        disabled={pending}
      >
        {feed.active ? 'Pause' : 'Resume'}
      </button>
      <ConfirmButton
        name="change"
        value="delete"
        className="secondary"
        disabled={pending}
        confirmLabel="Remove the feed"
        confirm={() => ({
          title: `Remove “${feed.name}”?`,
          body: (
            <p>It is no longer read. The reports it brought in stay, with their incidents and history.</p>
          ),
        })}
      >
        Remove
      </ConfirmButton>
      <FormMessage state={state} />
    </form>
  );
}
