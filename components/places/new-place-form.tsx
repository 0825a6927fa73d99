'use client';

import { useActionState, useEffect } from 'react';
import { Field, FormMessage, Options } from '@/components/forms/field';
import { withFailureMessage } from '@/lib/forms/action-failure';
import { createPlaceAction, type PlaceFormState } from '@/lib/locations/actions';
import type { PickerPlace } from '@/lib/locations/queries';
import { PLACE_KINDS } from '@/lib/locations/schema';
import { PlacePicker } from './place-picker';

/** Adds a place to the gazetteer; a click on the map beside fills its coordinates. */
export function NewPlaceForm({
  places,
  point,
  onCreated,
}: {
  places: PickerPlace[];
  point: { lat: number; lng: number } | null;
  onCreated: (id: number) => void;
}) {
  const [state, action, pending] = useActionState<PlaceFormState, FormData>(
    withFailureMessage(createPlaceAction),
    {},
  );
  const errors = state.errors ?? {};
  const v = state.values ?? {};
  useEffect(() => {
    if (state.created) onCreated(state.created.id);
  }, [state.created, onCreated]);
  const pointKey = point ? `${point.lat},${point.lng}` : 'none';
  return (
    <form action={action} className="form-grid new-place" aria-label="New gazetteer place" noValidate>
      <div className="full">
        <FormMessage state={state} />
      </div>
      <Field id="place-name" label="Name" errors={errors.name}>
        {(p) => <input {...p} name="name" defaultValue={v.name} maxLength={120} />}
      </Field>
      <Field id="place-kind" label="Kind" errors={errors.kind}>
        {(p) => (
          <select {...p} name="kind" defaultValue={v.kind ?? 'neighbourhood'}>
            <Options of={PLACE_KINDS} />
          </select>
        )}
      </Field>
      <div className="field">
        <PlacePicker
          name="parentId"
          label="Inside (commune or department)"
          places={places.filter(
            (p) => p.kind === 'department' || p.kind === 'commune' || p.kind === 'neighbourhood',
          )}
          defaultId={v.parentId ? Number(v.parentId) : null}
          invalid={!!errors.parentId}
          describedBy={errors.parentId ? 'place-parent-error' : undefined}
        />
        {errors.parentId ? (
          <p id="place-parent-error" className="field-error">
            {errors.parentId.join(' ')}
          </p>
        ) : null}
      </div>
      <Field id="place-lat" label="Latitude" errors={errors.lat} hint="Click the map above to fill these.">
        {(p) => (
          <input
            {...p}
            key={`lat-${pointKey}`}
            name="lat"
            inputMode="decimal"
            defaultValue={point ? point.lat.toFixed(5) : v.lat}
          />
        )}
      </Field>
      <Field id="place-lng" label="Longitude" errors={errors.lng}>
        {(p) => (
          <input
            {...p}
            key={`lng-${pointKey}`}
            name="lng"
            inputMode="decimal"
            defaultValue={point ? point.lng.toFixed(5) : v.lng}
          />
        )}
      </Field>
      <Field
        id="place-aliases"
        label="Other spellings (optional)"
        errors={errors.aliases}
        hint="Separated by semicolons."
      >
        {(p) => <input {...p} name="aliases" defaultValue={v.aliases} />}
      </Field>
      <div className="full">
        <button type="submit" className="secondary" disabled={pending}>
          Add place to the gazetteer
        </button>
      </div>
    </form>
  );
}
