/** A filter set in words, for the list of saved searches: "Attacks in Artibonite, from …". Pure. */
import type { IncidentFilters } from '../incidents/filters';
import { AFFILIATION_LABELS, INCIDENT_TYPE_LABELS, STATUS_LABELS } from '../incidents/labels';

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const day = (iso: string) => DAY.format(new Date(`${iso}T00:00:00Z`));

/** Filters this describes itself; any other (added later) is written as "name: value". */
const DESCRIBED = new Set(['type', 'place', 'from', 'to', 'kind', 'affiliation', 'status', 'q', 'confirmed']);

function dates(f: IncidentFilters): string | null {
  if (f.from && f.to) return `from ${day(f.from)} to ${day(f.to)}`;
  if (f.from) return `from ${day(f.from)}`;
  if (f.to) return `up to ${day(f.to)}`;
  return null;
}

function casualties(f: IncidentFilters): string | null {
  if (!f.kind && !f.affiliation) return null;
  const side = f.affiliation ? ` among ${AFFILIATION_LABELS[f.affiliation] ?? f.affiliation}` : '';
  return `with ${f.kind ?? 'casualties'}${side}`;
}

/** `placeNames` maps gazetteer keys to names; a key it lacks is shown as it is. */
export function describeFilters(filters: IncidentFilters, placeNames: ReadonlyMap<string, string>): string {
  const types = filters.type?.length
    ? filters.type.map((t) => INCIDENT_TYPE_LABELS[t] ?? t).join(' or ')
    : 'All incidents';
  const head = filters.place
    ? `${types} in ${placeNames.get(filters.place) ?? filters.place} (and places within)`
    : types;
  const others = Object.entries(filters)
    .filter(([key, value]) => !DESCRIBED.has(key) && value !== undefined)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`);
  const parts = [
    head,
    dates(filters),
    casualties(filters),
    filters.status ? `${STATUS_LABELS[filters.status] ?? filters.status} only` : null,
    filters.q ? `text “${filters.q}”` : null,
    filters.confirmed ? 'confirmed figures only (two or more sources)' : null,
    ...others,
  ];
  return parts.filter((p): p is string => Boolean(p)).join(', ');
}
