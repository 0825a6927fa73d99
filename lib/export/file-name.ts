/**
 * The name an export downloads under says what it holds: the filters, in the URL's own words,
 * and the day it was made — "haiti-incidents_place-artibonite_from-2025-04-01_confirmed_2026-12-05.csv".
 * Only letters, digits, "-", "+" and "_", so it is a safe file name everywhere. Pure.
 */
import type { IncidentFilters } from '../incidents/filters';
import { normalizeSearchText } from '../locations/normalize';

const slug = (text: string) =>
  normalizeSearchText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');

export function exportFileName(filters: IncidentFilters, ext: 'csv' | 'geojson', day: string): string {
  const parts = [
    filters.place && `place-${filters.place}`,
    filters.from && `from-${filters.from}`,
    filters.to && `to-${filters.to}`,
    filters.type?.length && `type-${filters.type.join('+')}`,
    filters.grade?.length && `grade-${filters.grade.join('+')}`,
    filters.actor?.length && `actor-${filters.actor.join('+')}`,
    filters.actorType?.length && `actor-type-${filters.actorType.join('+')}`,
    filters.actorRole && `as-${filters.actorRole}`,
    filters.affiliation && `affiliation-${filters.affiliation}`,
    filters.kind && `kind-${filters.kind}`,
    filters.status && `status-${filters.status}`,
    filters.confirmed && 'confirmed',
    filters.q && slug(filters.q) && `search-${slug(filters.q)}`,
  ].filter((p): p is string => typeof p === 'string' && p !== '');
  return `haiti-incidents_${[...parts, day].join('_')}.${ext}`;
}
