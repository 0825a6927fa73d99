import type { ReactNode } from 'react';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { AFFILIATION_LABELS, INCIDENT_TYPE_LABELS, STATUS_LABELS } from '@/lib/incidents/labels';
import type { PlaceOption } from '@/lib/locations/queries';

/**
 * A plain GET form: the filters live in the URL (shareable, bookmarkable), it works without
 * JavaScript and with the keyboard, and the same query string drives map, charts and export.
 */
export function IncidentFiltersForm({
  filters,
  places,
  action,
  errors,
  children,
}: {
  filters: IncidentFilters;
  places: PlaceOption[];
  action: string;
  errors: Record<string, string[] | undefined>;
  /** Controls a page adds to the shared set (e.g. "confirmed only" on the casualty charts). */
  children?: ReactNode;
}) {
  const fieldError = (name: string) =>
    errors[name]?.length ? (
      <p id={`${name}-error`} className="field-error">
        {errors[name]?.join('; ')}
      </p>
    ) : null;
  const describedBy = (name: string) => (errors[name]?.length ? `${name}-error` : undefined);
  return (
    <form method="get" action={action} className="filters" aria-label="Filter incidents">
      <div className="field">
        <label htmlFor="f-q">Search</label>
        <input
          id="f-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ''}
          placeholder="e.g. Pont Sonde, ambush"
          aria-describedby={describedBy('q')}
        />
        {fieldError('q')}
      </div>
      <div className="field">
        <label htmlFor="f-from">From</label>
        <input
          id="f-from"
          name="from"
          type="date"
          defaultValue={filters.from ?? ''}
          aria-describedby={describedBy('from')}
        />
        {fieldError('from')}
      </div>
      <div className="field">
        <label htmlFor="f-to">To</label>
        <input
          id="f-to"
          name="to"
          type="date"
          defaultValue={filters.to ?? ''}
          aria-describedby={describedBy('to')}
        />
        {fieldError('to')}
      </div>
      <div className="field">
        <label htmlFor="f-place">Place (and all within)</label>
        <select id="f-place" name="place" defaultValue={filters.place ?? ''}>
          <option value="">All of Haiti</option>
          {places.map((p) => (
            <option key={p.key} value={p.key}>
              {`${'\u00a0\u00a0'.repeat(p.depth)}${p.name}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-type">Type</label>
        <select id="f-type" name="type" defaultValue={filters.type?.[0] ?? ''}>
          <option value="">Any type</option>
          {Object.entries(INCIDENT_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-affiliation">Casualties among</label>
        <select id="f-affiliation" name="affiliation" defaultValue={filters.affiliation ?? ''}>
          <option value="">Anyone</option>
          {Object.entries(AFFILIATION_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-kind">Casualty kind</label>
        <select id="f-kind" name="kind" defaultValue={filters.kind ?? ''}>
          <option value="">Any</option>
          <option value="killed">Killed</option>
          <option value="injured">Injured</option>
          <option value="missing">Missing</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-status">Review status</label>
        <select id="f-status" name="status" defaultValue={filters.status ?? ''}>
          <option value="">Draft and reviewed</option>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {children}
      <div className="actions">
        <button type="submit">Apply filters</button>
        <a href={action}>Clear</a>
      </div>
    </form>
  );
}
