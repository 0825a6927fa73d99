'use client';

import { useActionState } from 'react';
import { Field, FormMessage } from '@/components/forms/field';
import type { FormState } from '@/lib/forms/form-state';
import {
  linkSourceAction,
  mergeIncidentsAction,
  setIncidentDeletedAction,
  splitIncidentAction,
} from '@/lib/incidents/actions';
import type { IncidentFormState } from '@/lib/incidents/form-states';
import { INCIDENT_TYPE_LABELS } from '@/lib/incidents/labels';

interface Ref {
  id: number;
  version: number;
}

function RefFields({ id, version }: Ref) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

export function LinkSourceForm({
  incident,
  reports,
}: {
  incident: Ref;
  reports: { id: number; title: string; publishedAt: string | null }[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(linkSourceAction, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} className="stack-form" key={`${incident.version}-${state.ok ? 'ok' : ''}`}>
      <RefFields {...incident} />
      <Field id="link-report" label="Report" errors={errors.reportId}>
        {(p) => (
          <select {...p} name="reportId" defaultValue={state.values?.reportId}>
            {reports.map((r) => (
              <option key={r.id} value={r.id}>
                #{r.id} {r.publishedAt ?? 'undated'} — {r.title.slice(0, 80)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="link-excerpt"
        label="Supporting passage"
        errors={errors.excerpt}
        hint="Copy the sentence(s) of the report that describe this incident."
      >
        {(p) => <textarea {...p} name="excerpt" rows={3} defaultValue={state.values?.excerpt} />}
      </Field>
      <button type="submit" disabled={pending}>
        Link source
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function MergeForm({
  incident,
  candidates,
}: {
  incident: Ref;
  candidates: {
    id: number;
    version: number;
    title: string;
    date: string;
    type: string;
    place: string | null;
  }[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(mergeIncidentsAction, {});
  return (
    <form action={action} className="stack-form" key={incident.version}>
      <RefFields {...incident} />
      {candidates.length ? (
        <fieldset>
          <legend>Nearby incidents (same commune, within two weeks)</legend>
          {candidates.map((c) => (
            <div className="field checkbox" key={c.id}>
              <input type="checkbox" id={`merge-${c.id}`} name="other" value={`${c.id}:${c.version}`} />
              <label htmlFor={`merge-${c.id}`}>
                <a href={`/incidents/${c.id}`} target="_blank" rel="noreferrer">
                  #{c.id}
                </a>{' '}
                {c.date} · {INCIDENT_TYPE_LABELS[c.type] ?? c.type} · {c.place ?? 'unplaced'} — {c.title}
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <Field
        id="merge-ids"
        label="Or incident numbers"
        errors={state.errors?.otherIds}
        hint="For example: 12, 15"
      >
        {(p) => <input {...p} name="otherIds" defaultValue={state.values?.otherIds} />}
      </Field>
      <button type="submit" disabled={pending}>
        Merge into this incident
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function SplitForm({
  incident,
  sources,
}: {
  incident: Ref;
  sources: { reportId: number; title: string }[];
}) {
  const [state, action, pending] = useActionState<IncidentFormState, FormData>(splitIncidentAction, {});
  if (sources.length < 2) return <p className="muted">Splitting needs at least two sources.</p>;
  return (
    <form action={action} className="stack-form" key={incident.version}>
      <RefFields {...incident} />
      <fieldset>
        <legend>Sources that describe a different event</legend>
        {sources.map((s) => (
          <div className="field checkbox" key={s.reportId}>
            <input type="checkbox" id={`split-${s.reportId}`} name="reportId" value={s.reportId} />
            <label htmlFor={`split-${s.reportId}`}>
              #{s.reportId} {s.title}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" disabled={pending}>
        Split into a new incident
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function DeleteForm({ incident, deleted }: { incident: Ref; deleted: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setIncidentDeletedAction, {});
  return (
    <form action={action} className="stack-form" key={incident.version}>
      <RefFields {...incident} />
      <input type="hidden" name="deleted" value={deleted ? 'false' : 'true'} />
      {deleted ? null : (
        <Field id="delete-reason" label="Reason (kept in the history)" errors={undefined}>
          {(p) => <input {...p} name="reason" maxLength={500} />}
        </Field>
      )}
      <button type="submit" className={deleted ? undefined : 'danger'} disabled={pending}>
        {deleted ? 'Restore incident' : 'Delete incident'}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
