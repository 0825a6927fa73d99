'use client';

import Link from 'next/link';
import { useActionState, useCallback, useEffect, useState } from 'react';
import { type Confirmation, ConfirmButton } from '@/components/forms/confirm-button';
import { Field, FormMessage, Options } from '@/components/forms/field';
import { useClaimEdits } from '@/components/incidents/editor/claim-edits';
import { ConflictPanel } from '@/components/incidents/editor/conflict-panel';
import { PlacePickMap } from '@/components/map/place-pick-map';
import { NewPlaceForm } from '@/components/places/new-place-form';
import { PlacePicker } from '@/components/places/place-picker';
import { withFailureMessage } from '@/lib/forms/action-failure';
import { createIncidentAction, updateIncidentAction } from '@/lib/incidents/actions';
import type { IncidentFormState } from '@/lib/incidents/form-states';
import { INCIDENT_TYPE_LABELS, PLACE_PRECISION_LABELS, STATUS_LABELS } from '@/lib/incidents/labels';
import type { IncidentSnapshot } from '@/lib/incidents/schema';
import type { PickerPlace } from '@/lib/locations/queries';
import type { MapTiles } from '@/lib/map/types';

const PRECISIONS = [
  ['day', 'The day is known'],
  ['week', 'Within a week'],
  ['month', 'Only the month'],
  ['year', 'Only the year'],
] as const;

type Values = Record<string, string>;

const asValues = (s: IncidentSnapshot): Values =>
  Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v === null ? '' : String(v)]));

/** Create (no `incident`) or edit an incident; an edit carries the version and what was opened. */
export function IncidentForm({
  places,
  incident,
  tiles,
}: {
  places: PickerPlace[];
  incident?: { id: number; version: number; snapshot: IncidentSnapshot };
  tiles: MapTiles;
}) {
  const [state, action, pending] = useActionState<IncidentFormState, FormData>(
    withFailureMessage(incident ? updateIncidentAction : createIncidentAction),
    {},
  );
  const opened = incident ? asValues(incident.snapshot) : {};
  const v: Values = {
    status: 'reviewed',
    datePrecision: 'day',
    placePrecision: 'commune',
    ...opened,
    ...state.values,
  };
  const errors = state.errors ?? {};
  // Remount the fields when the server answers, so they show the values it sent back.
  const formKey = JSON.stringify(state.values ?? {});
  const [chosen, setChosen] = useState<PickerPlace | null | undefined>(undefined);
  const [point, setPoint] = useState<{ lat: number; lng: number } | null>(null);
  const [createdId, setCreatedId] = useState<number | null>(null);
  // A place just added to the gazetteer is chosen as soon as the refreshed list holds it.
  const created = createdId === null ? undefined : places.find((p) => p.id === createdId);
  if (created && chosen?.id !== created.id) {
    setChosen(created);
    setCreatedId(null);
  }
  const chosenId = chosen === undefined ? (v.locationId ? Number(v.locationId) : null) : (chosen?.id ?? null);
  const onCreated = useCallback((id: number) => setCreatedId(id), []);
  const placeName = (id: string) => places.find((p) => String(p.id) === id)?.name ?? `place #${id}`;
  const baseLocation = state.values?.['base:locationId'] ?? opened.locationId ?? '';
  // One save for the page: claims edited in their rows (or typed in "Add a claim") go with it.
  const claimEdits = useClaimEdits();
  const saveWithClaims = (data: FormData) => {
    for (const [name, value] of claimEdits?.collect() ?? []) data.set(name, value);
    action(data);
  };
  useEffect(() => claimEdits?.setErrors(state.errors), [claimEdits, state.errors]);
  return (
    <>
      <form action={incident ? saveWithClaims : action} className="incident-form" noValidate>
        <FormMessage state={state} />
        {state.conflict && incident ? (
          <ConflictPanel conflict={state.conflict} incidentId={incident.id} placeName={placeName} />
        ) : null}
        {incident ? (
          <>
            <input type="hidden" name="id" value={incident.id} />
            <input type="hidden" name="version" value={state.values?.version ?? incident.version} />
            {/* What the fields were built from: after a conflict, what is stored now (see conflictState). */}
            {Object.entries(opened).map(([k, value]) => (
              <input key={k} type="hidden" name={`base:${k}`} value={state.values?.[`base:${k}`] ?? value} />
            ))}
          </>
        ) : null}
        <div className="form-grid" key={formKey}>
          <Field id="title" label="Title" errors={errors.title}>
            {(p) => <input {...p} name="title" defaultValue={v.title} required maxLength={200} />}
          </Field>
          <Field id="type" label="Type" errors={errors.type}>
            {(p) => (
              <select {...p} name="type" defaultValue={v.type ?? 'other'}>
                <Options of={Object.entries(INCIDENT_TYPE_LABELS)} />
              </select>
            )}
          </Field>
          <Field
            id="date"
            label="Date"
            errors={errors.date}
            hint="The day it happened, or the first day of the period."
          >
            {(p) => <input {...p} name="date" type="date" defaultValue={v.date} required />}
          </Field>
          <Field id="dateEnd" label="End date (optional)" errors={errors.dateEnd}>
            {(p) => <input {...p} name="dateEnd" type="date" defaultValue={v.dateEnd} />}
          </Field>
          <Field id="datePrecision" label="Date precision" errors={errors.datePrecision}>
            {(p) => (
              <select {...p} name="datePrecision" defaultValue={v.datePrecision}>
                <Options of={PRECISIONS} />
              </select>
            )}
          </Field>
          <div className="field">
            <PlacePicker
              name="locationId"
              label="Place (gazetteer)"
              places={places}
              defaultId={v.locationId ? Number(v.locationId) : null}
              value={chosen}
              onPick={(p) => setChosen(p)}
              invalid={!!errors.locationId}
              describedBy={errors.locationId ? 'locationId-error' : undefined}
            />
            {errors.locationId ? (
              <p id="locationId-error" className="field-error">
                {errors.locationId.join(' ')}
              </p>
            ) : null}
          </div>
          <Field id="placePrecision" label="Place precision" errors={errors.placePrecision}>
            {(p) => (
              <select {...p} name="placePrecision" defaultValue={v.placePrecision}>
                <Options of={Object.entries(PLACE_PRECISION_LABELS)} />
              </select>
            )}
          </Field>
          <Field
            id="placeText"
            label="Place as the source writes it (optional)"
            errors={errors.placeText}
            hint="Kept as written, e.g. when the gazetteer has no such place."
          >
            {(p) => <input {...p} name="placeText" defaultValue={v.placeText} maxLength={200} />}
          </Field>
          <Field id="status" label="Review status" errors={errors.status}>
            {(p) => (
              <select {...p} name="status" defaultValue={v.status}>
                <Options of={Object.entries(STATUS_LABELS)} />
              </select>
            )}
          </Field>
          <div className="full">
            <PlacePickMap
              places={places}
              chosenId={chosenId}
              tiles={tiles}
              onPickPlace={(p) => setChosen(p)}
              onPickPoint={(lat, lng) => setPoint({ lat, lng })}
            />
          </div>
          <Field id="summary" label="Summary" errors={errors.summary}>
            {(p) => <textarea {...p} name="summary" defaultValue={v.summary} rows={5} maxLength={5000} />}
          </Field>
        </div>
        <div className="button-row">
          <ConfirmButton
            disabled={pending}
            confirmLabel="Remove the place and save"
            cancelLabel="Keep the place"
            confirm={(form) => confirmPlaceRemoved(form, baseLocation, placeName, v.placeText)}
          >
            {pending ? 'Saving…' : incident ? 'Save changes' : 'Create incident'}
          </ConfirmButton>
          <Link href={incident ? `/incidents/${incident.id}` : '/incidents'}>Cancel</Link>
        </div>
      </form>
      <details className="editor-section">
        <summary>The place is not in the gazetteer? Add it</summary>
        <NewPlaceForm places={places} point={point} onCreated={onCreated} />
      </details>
    </>
  );
}

/** Saving without the gazetteer place the incident had asks first: it leaves the map. */
function confirmPlaceRemoved(
  form: HTMLFormElement,
  had: string,
  placeName: (id: string) => string,
  placeText: string | undefined,
): Confirmation | null {
  if (!had || new FormData(form).get('locationId')) return null;
  const written = String(new FormData(form).get('placeText') ?? placeText ?? '').trim();
  return {
    title: 'Remove the place?',
    body: (
      <p>
        This incident will no longer be placed at {placeName(had)}: it leaves the map, and filters by place no
        longer find it.{' '}
        {written ? `It keeps the place as written, “${written}”.` : 'It keeps no place at all.'}
      </p>
    ),
  };
}
