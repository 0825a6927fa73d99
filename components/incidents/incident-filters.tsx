import Form from 'next/form';
import type { ReactNode } from 'react';
import { ACTOR_TYPE_LABELS } from '@/lib/actors/labels';
import { ACTOR_TYPES, ACTORS } from '@/lib/actors/register';
import { filtersToQuery, type IncidentFilters } from '@/lib/incidents/filters';
import { GRADE_LABELS } from '@/lib/incidents/grade';
import { AFFILIATION_LABELS, INCIDENT_TYPE_LABELS, STATUS_LABELS } from '@/lib/incidents/labels';
import type { PlaceOption } from '@/lib/locations/queries';

type Errors = Record<string, string[] | undefined>;

/** A labelled control with its error message linked by aria-describedby. */
function Field({
  name,
  label,
  errors,
  children,
}: {
  name: string;
  label: string;
  errors: Errors;
  children: (describedBy?: string) => ReactNode;
}) {
  const messages = errors[name];
  const describedBy = messages?.length ? `${name}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      {children(describedBy)}
      {describedBy && (
        <p id={describedBy} className="field-error">
          {messages?.join('; ')}
        </p>
      )}
    </div>
  );
}

function Select({
  name,
  label,
  value,
  anyLabel,
  options,
  errors,
}: {
  name: string;
  label: string;
  value: string | undefined;
  anyLabel: string;
  options: [value: string, label: string][];
  errors: Errors;
}) {
  return (
    <Field name={name} label={label} errors={errors}>
      {(describedBy) => (
        <select id={`f-${name}`} name={name} defaultValue={value ?? ''} aria-describedby={describedBy}>
          <option value="">{anyLabel}</option>
          {options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The register's actors, grouped by type, for the "Who took part" filter. */
function ActorSelect({ value, errors }: { value: string | undefined; errors: Errors }) {
  return (
    <Field name="actor" label="Who took part" errors={errors}>
      {(describedBy) => (
        <select id="f-actor" name="actor" defaultValue={value ?? ''} aria-describedby={describedBy}>
          <option value="">Anyone</option>
          {ACTOR_TYPES.map((type) => (
            <optgroup key={type} label={capitalise(ACTOR_TYPE_LABELS[type])}>
              {ACTORS.filter((a) => a.type === type).map((a) => (
                <option key={a.key} value={a.key}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

const capitalise = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

/**
 * A plain GET form: the filters live in the URL (shareable, bookmarkable), it works without
 * JavaScript and with the keyboard, and the same query string drives map, charts and export.
 */
export function IncidentFiltersForm({
  filters,
  places,
  action,
  errors,
  hidden,
}: {
  filters: IncidentFilters;
  places: PlaceOption[];
  action: string;
  errors: Errors;
  /** Page settings the filters keep when applied (the casualties page's week/month step). */
  hidden?: Record<string, string | undefined>;
}) {
  return (
    // next/form: a GET form that navigates inside the app (a plain form without JavaScript), so
    // Back and Forward re-render from the URL. Keyed on the filters, so the uncontrolled fields
    // follow it; autoComplete off, so a reload does not restore values typed before leaving.
    <Form
      key={filtersToQuery(filters)}
      action={action}
      className="filters"
      aria-label="Filter incidents"
      autoComplete="off"
    >
      {Object.entries(hidden ?? {}).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      <Field name="q" label="Search" errors={errors}>
        {(describedBy) => (
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
            placeholder="e.g. Pont Sonde, ambush"
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field name="from" label="From" errors={errors}>
        {(describedBy) => (
          <input
            id="f-from"
            name="from"
            type="date"
            defaultValue={filters.from ?? ''}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field name="to" label="To" errors={errors}>
        {(describedBy) => (
          <input
            id="f-to"
            name="to"
            type="date"
            defaultValue={filters.to ?? ''}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Select
        name="place"
        label="Place (and all within)"
        value={filters.place}
        anyLabel="All of Haiti"
        options={places.map((p) => [p.key, `${'\u00a0\u00a0'.repeat(p.depth)}${p.name}`])}
        errors={errors}
      />
      <Select
        name="type"
        label="Type"
        value={filters.type?.[0]}
        anyLabel="Any type"
        options={Object.entries(INCIDENT_TYPE_LABELS)}
        errors={errors}
      />
      <ActorSelect value={filters.actor?.[0]} errors={errors} />
      <Select
        name="actorType"
        label="Kind of actor"
        value={filters.actorType?.[0]}
        anyLabel="Any kind"
        options={ACTOR_TYPES.map((t) => [t, capitalise(ACTOR_TYPE_LABELS[t])])}
        errors={errors}
      />
      <Select
        name="actorRole"
        label="As"
        value={filters.actorRole}
        anyLabel="Perpetrator or target"
        options={[
          ['perpetrator', 'Perpetrator (did it)'],
          ['target', 'Target (was hit)'],
        ]}
        errors={errors}
      />
      <Select
        name="affiliation"
        label="Casualties among"
        value={filters.affiliation}
        anyLabel="Anyone"
        options={Object.entries(AFFILIATION_LABELS)}
        errors={errors}
      />
      <Select
        name="kind"
        label="Casualty kind"
        value={filters.kind}
        anyLabel="Any"
        options={[
          ['killed', 'Killed'],
          ['injured', 'Injured'],
          ['missing', 'Missing'],
        ]}
        errors={errors}
      />
      <Select
        name="status"
        label="Review status"
        value={filters.status}
        anyLabel="Draft and reviewed"
        options={Object.entries(STATUS_LABELS)}
        errors={errors}
      />
      <Select
        name="grade"
        label="How sure"
        value={filters.grade?.[0]}
        anyLabel="Any grade"
        options={Object.entries(GRADE_LABELS)}
        errors={errors}
      />
      <div className="field checkbox">
        <input
          id="f-confirmed"
          name="confirmed"
          type="checkbox"
          value="1"
          defaultChecked={filters.confirmed === true}
        />
        <label htmlFor="f-confirmed">Confirmed only (two or more sources)</label>
      </div>
      <div className="actions">
        <button type="submit">Apply filters</button>
        <a href={action}>Clear</a>
      </div>
    </Form>
  );
}
