'use client';

import { useActionState, useCallback, useEffect, useRef, useState } from 'react';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { FormMessage } from '@/components/forms/field';
import { withFailureMessage } from '@/lib/forms/action-failure';
import type { FormState } from '@/lib/forms/form-state';
import { deleteClaimAction, saveClaimAction } from '@/lib/incidents/actions';
import { claimLabel } from '@/lib/incidents/labels';
import { type CollectEdits, readClaimForm, useClaimEdits } from './claim-edits';
import { CLAIM_FIELDS, type Claim, ClaimFields, type Source } from './claim-fields';

/** A claim form's fields as the form writes them. */
const claimStrings = (claim: Claim): Record<string, string> => ({
  reportId: String(claim.reportId),
  kind: claim.kind,
  count: String(claim.count),
  hedge: claim.hedge,
  affiliation: claim.affiliation,
  country: claim.country ?? '',
});

/** Tells the page's one save how to read this form's unsaved fields, for as long as it is shown. */
function useUnsavedFields(key: string, collect: CollectEdits) {
  const edits = useClaimEdits();
  const latest = useRef(collect);
  latest.current = collect;
  useEffect(() => edits?.register(key, () => latest.current()), [edits, key]);
  return edits;
}

function ClaimRow({
  claim,
  sources,
  incidentId,
  version,
  remove,
  removed,
  removing,
}: {
  claim: Claim;
  sources: Source[];
  incidentId: number;
  version: number;
  /** Deleting is answered by the list, as the row goes with its claim. */
  remove: (data: FormData) => void;
  removed: FormState;
  removing: boolean;
}) {
  const [saved, save, saving] = useActionState<FormState, FormData>(withFailureMessage(saveClaimAction), {});
  const form = useRef<HTMLFormElement>(null);
  const stored = claimStrings(claim);
  const key = String(claim.id);
  const edits = useUnsavedFields(key, () => {
    if (!form.current) return null;
    const now = readClaimForm(form.current, CLAIM_FIELDS);
    const changed = CLAIM_FIELDS.filter((f) => now[f] !== stored[f]);
    return changed.length ? Object.fromEntries(changed.map((f) => [f, now[f] ?? ''])) : null;
  });
  useEffect(() => {
    if (saved.message) edits?.clearErrors(key);
  }, [saved, edits, key]);
  const source = sources.find((s) => s.reportId === claim.reportId);
  return (
    <li>
      {/* Shown afresh whenever the stored claim changes; the row's own answers stay. */}
      <form
        key={CLAIM_FIELDS.map((f) => stored[f]).join('|')}
        ref={form}
        action={save}
        className="inline-form"
        aria-label={`Claim ${claim.id}`}
        noValidate
      >
        <input type="hidden" name="incidentId" value={incidentId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="claimId" value={claim.id} />
        <ClaimFields
          prefix={`claim-${claim.id}`}
          claim={claim}
          sources={sources}
          errors={{ ...edits?.errorsFor(key), ...saved.errors }}
        />
        <button type="submit" disabled={saving}>
          Save claim
        </button>
        <ConfirmButton
          formAction={remove}
          className="danger"
          disabled={removing}
          confirmLabel="Delete claim"
          confirm={() => ({
            title: 'Delete this claim?',
            body: (
              <p>
                {claimLabel(claim)}, from report #{claim.reportId}
                {source ? ` (“${source.title}”)` : ''}, is removed from this incident, and its figures from
                every total. The history keeps a record of it.
              </p>
            ),
          })}
        >
          Delete claim
        </ConfirmButton>
      </form>
      <FormMessage state={removed.values?.claimId === key && !removed.ok ? removed : saved} />
    </li>
  );
}

function NewClaim({
  incidentId,
  version,
  sources,
}: {
  incidentId: number;
  version: number;
  sources: Source[];
}) {
  const [added, add, adding] = useActionState<FormState, FormData>(withFailureMessage(saveClaimAction), {});
  const form = useRef<HTMLFormElement>(null);
  const blank = useRef<Record<string, string> | null>(null);
  const [round, setRound] = useState(0);
  // After a claim is added, the form starts empty again.
  useEffect(() => {
    if (added.ok) setRound((r) => r + 1);
  }, [added]);
  // What the form holds when (re)shown is its blank state: only a change from it is unsaved.
  const track = useCallback((element: HTMLFormElement | null) => {
    form.current = element;
    blank.current = element ? readClaimForm(element, CLAIM_FIELDS) : null;
  }, []);
  const edits = useUnsavedFields('new', () => {
    if (!form.current || !blank.current) return null;
    const now = readClaimForm(form.current, CLAIM_FIELDS);
    return CLAIM_FIELDS.some((f) => now[f] !== blank.current?.[f]) ? now : null;
  });
  useEffect(() => {
    if (added.message) edits?.clearErrors('new');
  }, [added, edits]);
  return (
    <>
      <form ref={track} action={add} className="inline-form" aria-label="New claim" key={round} noValidate>
        <input type="hidden" name="incidentId" value={incidentId} />
        <input type="hidden" name="version" value={version} />
        <ClaimFields
          prefix="new-claim"
          sources={sources}
          errors={{ ...edits?.errorsFor('new'), ...added.errors }}
        />
        <button type="submit" disabled={adding}>
          Add claim
        </button>
      </form>
      <FormMessage state={added} />
    </>
  );
}

export function ClaimsEditor({
  incidentId,
  version,
  claims,
  sources,
}: {
  incidentId: number;
  version: number;
  claims: Claim[];
  sources: Source[];
}) {
  const [removed, remove, removing] = useActionState<FormState, FormData>(
    withFailureMessage(deleteClaimAction),
    {},
  );
  if (sources.length === 0) {
    return (
      <p className="notice">
        Link a source report first: every casualty figure must cite the report that gives it.
      </p>
    );
  }
  return (
    <>
      <p className="hint">
        Changes typed here are saved with “Save changes” above, or claim by claim with “Save claim”.
      </p>
      {claims.length === 0 ? <p className="empty">No casualty claims yet.</p> : null}
      <ul className="claim-rows">
        {claims.map((c) => (
          <ClaimRow
            key={c.id}
            claim={c}
            sources={sources}
            incidentId={incidentId}
            version={version}
            remove={remove}
            removed={removed}
            removing={removing}
          />
        ))}
      </ul>
      {removed.ok ? <FormMessage state={removed} /> : null}
      <h3>Add a claim</h3>
      <NewClaim incidentId={incidentId} version={version} sources={sources} />
    </>
  );
}
