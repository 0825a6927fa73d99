'use client';

import { useActionState } from 'react';
import { ActorOptions } from '@/components/actors/actor-options';
import { Field, FormMessage, Options } from '@/components/forms/field';
import { actorTypeHeading } from '@/lib/actors/labels';
import { ACTOR_TYPES } from '@/lib/actors/register';
import { withFailureMessage } from '@/lib/forms/action-failure';
import type { FormState } from '@/lib/forms/form-state';
import { addActorClaimAction, removeActorClaimAction } from '@/lib/incidents/actions';

interface ActorClaim {
  id: number;
  reportId: number;
  role: string;
  name: string;
  actorType: string;
  country: string | null;
}

interface Source {
  reportId: number;
  title: string;
}

const ROLE_LABELS: [string, string][] = [
  ['perpetrator', 'Perpetrator (did it)'],
  ['target', 'Target (was hit)'],
];

/**
 * Who did it and who was hit, per source, as the reader drafted them: remove a misread actor, or
 * add one a source names (a register actor, or another group by name and kind).
 */
export function ActorsEditor({
  incidentId,
  version,
  actors,
  sources,
}: {
  incidentId: number;
  version: number;
  actors: readonly ActorClaim[];
  sources: readonly Source[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    withFailureMessage(addActorClaimAction),
    {},
  );
  const [removed, remove, removing] = useActionState<FormState, FormData>(
    withFailureMessage(removeActorClaimAction),
    {},
  );
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  const title = (reportId: number) =>
    sources.find((s) => s.reportId === reportId)?.title ?? `Report #${reportId}`;
  return (
    <>
      {actors.length === 0 ? (
        <p className="empty">No source names who did it or who was hit.</p>
      ) : (
        // One form for the list: its answer stays on the page when the removed row goes.
        <form action={remove} aria-label="Actors the sources name">
          <input type="hidden" name="incidentId" value={incidentId} />
          <input type="hidden" name="version" value={version} />
          <ul className="actor-claims">
            {actors.map((a) => (
              <li key={a.id}>
                <strong>{a.name}</strong>
                {a.country ? ` (${a.country})` : ''} as {a.role}{' '}
                <span className="muted">— according to {title(a.reportId)}</span>{' '}
                <button
                  type="submit"
                  name="actorClaimId"
                  value={a.id}
                  className="secondary"
                  disabled={removing}
                >
                  Remove <span className="visually-hidden">{`${a.name} as ${a.role}`}</span>
                </button>
              </li>
            ))}
          </ul>
          <FormMessage state={removed} />
        </form>
      )}
      <h3>Add who a source names</h3>
      <form
        action={action}
        className="stack-form"
        aria-label="Add an actor"
        key={`${version}-${state.ok ? 'ok' : ''}`}
      >
        <input type="hidden" name="incidentId" value={incidentId} />
        <input type="hidden" name="version" value={version} />
        <Field id="actor-report" label="Source" errors={errors.reportId}>
          {(p) => (
            <select {...p} name="reportId" defaultValue={values.reportId}>
              <Options of={sources.map((s) => [String(s.reportId), s.title] as const)} />
            </select>
          )}
        </Field>
        <Field id="actor-role" label="Role" errors={errors.role}>
          {(p) => (
            <select {...p} name="role" defaultValue={values.role ?? 'perpetrator'}>
              <Options of={ROLE_LABELS} />
            </select>
          )}
        </Field>
        <Field
          id="actor-key"
          label="Actor"
          errors={errors.actorKey}
          hint="Or leave it on “Another group” and name it below."
        >
          {(p) => (
            <select {...p} name="actorKey" defaultValue={values.actorKey ?? ''}>
              <option value="">Another group…</option>
              <ActorOptions />
            </select>
          )}
        </Field>
        <Field id="actor-name" label="Another group’s name" errors={errors.name}>
          {(p) => <input {...p} name="name" defaultValue={values.name} />}
        </Field>
        <Field id="actor-type" label="Its kind" errors={errors.type}>
          {(p) => (
            <select {...p} name="type" defaultValue={values.type ?? ''}>
              <option value="">—</option>
              <Options of={ACTOR_TYPES.map((t) => [t, actorTypeHeading(t)] as const)} />
            </select>
          )}
        </Field>
        <Field id="actor-country" label="MSS contingent (country)" errors={errors.country}>
          {(p) => <input {...p} name="country" defaultValue={values.country} />}
        </Field>
        <button type="submit" disabled={pending || sources.length === 0}>
          Add actor
        </button>
        <FormMessage state={state} />
      </form>
    </>
  );
}
