import Form from 'next/form';
import { ActorOptions } from '@/components/actors/actor-options';
import { actorTypeHeading } from '@/lib/actors/labels';
import { ACTOR_TYPES } from '@/lib/actors/register';
import { filtersToQuery, type IncidentFilters } from '@/lib/incidents/filters';
import { GRADE_LABELS } from '@/lib/incidents/grade';
import { AFFILIATION_LABELS, INCIDENT_TYPE_LABELS, STATUS_LABELS } from '@/lib/incidents/labels';
import type { PlaceOption } from '@/lib/locations/queries';
import { type FilterErrors, FilterField, FilterSelect } from './filter-fields';

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
  errors: FilterErrors;
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
      <FilterField name="q" label="Search" errors={errors}>
        {({ describedBy }) => (
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
            placeholder="e.g. Pont Sonde, ambush"
            aria-describedby={describedBy}
          />
        )}
      </FilterField>
      <FilterField name="from" label="From" errors={errors}>
        {({ describedBy }) => (
          <input
            id="f-from"
            name="from"
            type="date"
            defaultValue={filters.from ?? ''}
            aria-describedby={describedBy}
          />
        )}
      </FilterField>
      <FilterField name="to" label="To" errors={errors}>
        {({ describedBy }) => (
          <input
            id="f-to"
            name="to"
            type="date"
            defaultValue={filters.to ?? ''}
            aria-describedby={describedBy}
          />
        )}
      </FilterField>
      <FilterSelect
        name="place"
        label="Place (and all within)"
        value={filters.place}
        anyLabel="All of Haiti"
        options={places.map((p) => [p.key, `${'\u00a0\u00a0'.repeat(p.depth)}${p.name}`])}
        errors={errors}
      />
      <FilterSelect
        name="type"
        label="Type"
        value={filters.type?.[0]}
        anyLabel="Any type"
        options={Object.entries(INCIDENT_TYPE_LABELS)}
        errors={errors}
      />
      <FilterField name="actor" label="Who took part" errors={errors}>
        {({ id, describedBy }) => (
          <select id={id} name="actor" defaultValue={filters.actor?.[0] ?? ''} aria-describedby={describedBy}>
            <option value="">Anyone</option>
            <ActorOptions />
          </select>
        )}
      </FilterField>
      <FilterSelect
        name="actorType"
        label="Kind of actor"
        value={filters.actorType?.[0]}
        anyLabel="Any kind"
        options={ACTOR_TYPES.map((t) => [t, actorTypeHeading(t)])}
        errors={errors}
      />
      <FilterSelect
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
      <FilterSelect
        name="affiliation"
        label="Casualties among"
        value={filters.affiliation}
        anyLabel="Anyone"
        options={Object.entries(AFFILIATION_LABELS)}
        errors={errors}
      />
      <FilterSelect
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
      <FilterSelect
        name="status"
        label="Review status"
        value={filters.status}
        anyLabel="Draft and reviewed"
        options={Object.entries(STATUS_LABELS)}
        errors={errors}
      />
      <FilterSelect
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
