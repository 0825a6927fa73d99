import Form from 'next/form';
import { filtersToQuery, type IncidentFilters } from '@/lib/incidents/filters';
import { AFFILIATION_LABELS, INCIDENT_TYPE_LABELS } from '@/lib/incidents/labels';
import type { PlaceOption } from '@/lib/locations/queries';
import { FilterSelect } from '../incidents/filter-fields';

/** Filters this form shows; any other one in the link (search, status, actor…) is kept hidden. */
const SHOWN = new Set(['place', 'type', 'affiliation', 'confirmed', 'from', 'to']);

function hiddenFilters(filters: IncidentFilters): [string, string][] {
  return Object.entries(filters).flatMap(([key, value]): [string, string][] => {
    if (SHOWN.has(key) || value === undefined) return [];
    if (Array.isArray(value)) return value.map((v) => [key, String(v)]);
    return [[key, value === true ? '1' : String(value)]];
  });
}

/**
 * The "as of" day and the shared filters but dates (the window replaces them). A GET form, so
 * the view is a link like every other, and works without JavaScript.
 */
export function SurgeFilters({
  asOf,
  today,
  filters,
  places,
  error,
}: {
  asOf: string;
  today: string;
  filters: IncidentFilters;
  places: PlaceOption[];
  error?: string;
}) {
  return (
    // Keyed on the view, so the uncontrolled fields follow Back and Forward.
    <Form
      key={`${asOf}${filtersToQuery(filters)}`}
      action="/early-warning"
      className="filters"
      aria-label="Early-warning view"
      autoComplete="off"
    >
      {hiddenFilters(filters).map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <div className="field">
        <label htmlFor="ew-asOf">As of</label>
        <input
          id="ew-asOf"
          name="asOf"
          type="date"
          defaultValue={asOf}
          max={today}
          aria-describedby={error ? 'ew-asOf-error' : undefined}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <p id="ew-asOf-error" className="field-error">
            {error}
          </p>
        )}
      </div>
      <FilterSelect
        idPrefix="ew"
        name="place"
        label="Place (and all within)"
        value={filters.place}
        anyLabel="All of Haiti"
        options={places.map((p) => [p.key, `${'\u00a0\u00a0'.repeat(p.depth)}${p.name}`])}
      />
      <FilterSelect
        idPrefix="ew"
        name="type"
        label="Type"
        value={filters.type?.[0]}
        anyLabel="Any type"
        options={Object.entries(INCIDENT_TYPE_LABELS)}
      />
      <FilterSelect
        idPrefix="ew"
        name="affiliation"
        label="Casualties among"
        value={filters.affiliation}
        anyLabel="Anyone"
        options={Object.entries(AFFILIATION_LABELS)}
      />
      <div className="field checkbox">
        <input
          id="ew-confirmed"
          name="confirmed"
          type="checkbox"
          value="1"
          defaultChecked={filters.confirmed}
        />
        <label htmlFor="ew-confirmed">Confirmed only (two or more sources)</label>
      </div>
      <div className="actions">
        <button type="submit">Show</button>
        <a href="/early-warning">Clear</a>
      </div>
    </Form>
  );
}
