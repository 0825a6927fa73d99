'use client';

import { useActionState } from 'react';
import { FormMessage, Options } from '@/components/forms/field';
import { casualtyKindSchema } from '@/lib/extract/schema';
import type { FormState } from '@/lib/forms/form-state';
import { deleteClaimAction, saveClaimAction } from '@/lib/incidents/actions';
import { AFFILIATION_LABELS, HEDGE_LABELS } from '@/lib/incidents/labels';

interface Claim {
  id: number;
  reportId: number;
  kind: string;
  count: number;
  hedge: string;
  affiliation: string;
  country: string | null;
}
interface Source {
  reportId: number;
  title: string;
}

function ClaimFields({
  prefix,
  claim,
  sources,
  errors,
}: {
  prefix: string;
  claim?: Claim;
  sources: Source[];
  errors: Record<string, string[] | undefined>;
}) {
  const err = (f: string) =>
    errors[f]?.length ? { 'aria-invalid': true as const, 'aria-describedby': `${prefix}-${f}-error` } : {};
  return (
    <>
      <div className="field">
        <label htmlFor={`${prefix}-report`}>Source</label>
        <select
          id={`${prefix}-report`}
          name="reportId"
          defaultValue={claim?.reportId ?? sources[0]?.reportId}
          {...err('reportId')}
        >
          {sources.map((s) => (
            <option key={s.reportId} value={s.reportId}>
              #{s.reportId} {s.title.slice(0, 60)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-hedge`}>Hedge</label>
        <select id={`${prefix}-hedge`} name="hedge" defaultValue={claim?.hedge ?? 'exact'}>
          <Options of={Object.entries(HEDGE_LABELS)} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-count`}>Count</label>
        <input
          id={`${prefix}-count`}
          name="count"
          type="number"
          min={0}
          step={1}
          defaultValue={claim?.count ?? 1}
          {...err('count')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-kind`}>Kind</label>
        <select id={`${prefix}-kind`} name="kind" defaultValue={claim?.kind ?? 'killed'}>
          <Options of={casualtyKindSchema.options} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-affiliation`}>Side</label>
        <select
          id={`${prefix}-affiliation`}
          name="affiliation"
          defaultValue={claim?.affiliation ?? 'civilian'}
        >
          <Options of={Object.entries(AFFILIATION_LABELS)} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-country`}>Country (MSS only)</label>
        <input
          id={`${prefix}-country`}
          name="country"
          defaultValue={claim?.country ?? ''}
          maxLength={60}
          {...err('country')}
        />
      </div>
      {Object.entries(errors).map(([f, messages]) =>
        messages?.length ? (
          <p key={f} id={`${prefix}-${f}-error`} className="field-error">
            {messages.join(' ')}
          </p>
        ) : null,
      )}
    </>
  );
}

function ClaimRow({
  claim,
  sources,
  incidentId,
  version,
}: {
  claim: Claim;
  sources: Source[];
  incidentId: number;
  version: number;
}) {
  const [saved, save, saving] = useActionState<FormState, FormData>(saveClaimAction, {});
  const [removed, remove, removing] = useActionState<FormState, FormData>(deleteClaimAction, {});
  return (
    <li>
      <form action={save} className="inline-form" aria-label={`Claim ${claim.id}`} noValidate>
        <input type="hidden" name="incidentId" value={incidentId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="claimId" value={claim.id} />
        <ClaimFields
          prefix={`claim-${claim.id}`}
          claim={claim}
          sources={sources}
          errors={saved.errors ?? {}}
        />
        <button type="submit" disabled={saving}>
          Save claim
        </button>
        <button type="submit" formAction={remove} className="danger" disabled={removing}>
          Delete claim
        </button>
      </form>
      <FormMessage state={removed.message ? removed : saved} />
    </li>
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
  const [added, add, adding] = useActionState<FormState, FormData>(saveClaimAction, {});
  if (sources.length === 0) {
    return (
      <p className="notice">
        Link a source report first: every casualty figure must cite the report that gives it.
      </p>
    );
  }
  return (
    <>
      {claims.length === 0 ? <p className="empty">No casualty claims yet.</p> : null}
      <ul className="claim-rows">
        {claims.map((c) => (
          <ClaimRow
            key={`${c.id}-${version}`}
            claim={c}
            sources={sources}
            incidentId={incidentId}
            version={version}
          />
        ))}
      </ul>
      <h3>Add a claim</h3>
      <form action={add} className="inline-form" aria-label="New claim" key={`new-${version}`} noValidate>
        <input type="hidden" name="incidentId" value={incidentId} />
        <input type="hidden" name="version" value={version} />
        <ClaimFields prefix="new-claim" sources={sources} errors={added.errors ?? {}} />
        <button type="submit" disabled={adding}>
          Add claim
        </button>
      </form>
      <FormMessage state={added} />
    </>
  );
}
