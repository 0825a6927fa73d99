'use client';

import { useActionState } from 'react';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { Field, FormMessage } from '@/components/forms/field';
import { withFailureMessage } from '@/lib/forms/action-failure';
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
  const [state, action, pending] = useActionState<FormState, FormData>(
    withFailureMessage(linkSourceAction),
    {},
  );
  const errors = state.errors ?? {};
  return (
    <form action={action} className="stack-form" key={`${incident.version}-${state.ok ? 'ok' : ''}`}>
      <RefFields {...incident} />
      <Field id="link-report" label="Report" errors={errors.reportId}>
        {(p) => (
          <select {...p} name="reportId" defaultValue={state.values?.reportId}>
            {reports.map((r) => (
              <option key={r.id} value={r.id}>
                #{r.id} {r.publishedAt ?? 'undated'} — {r.title}
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
  const [state, action, pending] = useActionState<FormState, FormData>(
    withFailureMessage(mergeIncidentsAction),
    {},
  );
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
      <ConfirmButton
        disabled={pending}
        confirmLabel="Merge"
        confirm={(form) => confirmMerge(form, incident.id, candidates)}
      >
        Merge into this incident
      </ConfirmButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Names the incidents a merge takes in, as the form has them now (none: the server says so). */
function confirmMerge(form: HTMLFormElement, target: number, candidates: { id: number; title: string }[]) {
  const data = new FormData(form);
  const picked = data.getAll('other').map((v) => String(v).split(':')[0]);
  const typed = String(data.get('otherIds') ?? '')
    .split(/[\s,;]+/)
    .map((v) => v.replace(/^#/, ''))
    .filter(Boolean);
  const ids = [...new Set([...picked, ...typed])];
  if (ids.length === 0) return null;
  const n = ids.length;
  return {
    title: `Merge ${n} incident${n === 1 ? '' : 's'} into this one?`,
    body: (
      <>
        <ul>
          {ids.map((id) => {
            const title = candidates.find((c) => String(c.id) === id)?.title;
            return (
              <li key={id}>
                #{id}
                {title ? ` “${title}”` : ''}
              </li>
            );
          })}
        </ul>
        <p>
          {n === 1 ? 'It is' : 'They are'} merged into #{target}: {n === 1 ? 'its' : 'their'} sources and
          casualty claims move here, and {n === 1 ? 'it stays' : 'each stays'} in the record as deleted, its
          page pointing here. Undoing it means splitting the sources off again by hand.
        </p>
      </>
    ),
  };
}

export function SplitForm({
  incident,
  sources,
}: {
  incident: Ref;
  sources: { reportId: number; title: string }[];
}) {
  const [state, action, pending] = useActionState<IncidentFormState, FormData>(
    withFailureMessage(splitIncidentAction),
    {},
  );
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

export function DeleteForm({ incident, deleted, title }: { incident: Ref; deleted: boolean; title: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    withFailureMessage(setIncidentDeletedAction),
    {},
  );
  return (
    <form action={action} className="stack-form" key={incident.version}>
      <RefFields {...incident} />
      <input type="hidden" name="deleted" value={deleted ? 'false' : 'true'} />
      {deleted ? null : (
        <Field id="delete-reason" label="Reason (kept in the history)" errors={undefined}>
          {(p) => <input {...p} name="reason" maxLength={500} />}
        </Field>
      )}
      {deleted ? (
        <button type="submit" disabled={pending}>
          Restore incident
        </button>
      ) : (
        <ConfirmButton
          className="danger"
          disabled={pending}
          confirmLabel="Delete incident"
          confirm={() => ({
            title: `Delete incident #${incident.id}?`,
            body: (
              <p>
                “{title}” leaves the timeline, charts and map, and its casualties leave every total. It stays
                in the record with its sources, claims and history, and can be restored from this page.
              </p>
            ),
          })}
        >
          Delete incident
        </ConfirmButton>
      )}
      <FormMessage state={state} />
    </form>
  );
}
