'use client';

import { useId, useMemo, useState } from 'react';
import { normalizePlaceName } from '@/lib/locations/normalize';
import { errorProps, FieldError, type ReviewErrors } from './field-error';

export interface PlaceChoice {
  key: string;
  name: string;
  kind: string;
  depth: number;
}

/**
 * A gazetteer place: a filter box that ignores accents and case ("petion" finds Pétion-Ville)
 * narrowing a plain select, so the keyboard and screen readers get a native control.
 *
 * The select holds the whole gazetteer only once the editor reaches for it (pointer over it,
 * or focus in it): a review of 205 incidents otherwise built 56,000 options up front and took
 * 8-17 s to open on this machine. Until then it holds the chosen place alone.
 */
export function PlacePicker({
  places,
  value,
  onChange,
  errors,
  path,
}: {
  places: readonly PlaceChoice[];
  value: string | null;
  onChange: (key: string | null) => void;
  errors: ReviewErrors;
  path: string;
}) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const [engaged, setEngaged] = useState(false);
  const shown = useMemo(() => {
    if (!engaged) return places.filter((p) => p.key === value);
    const wanted = normalizePlaceName(filter);
    if (!wanted) return places;
    return places.filter((p) => p.key === value || normalizePlaceName(p.name).includes(wanted));
  }, [places, filter, value, engaged]);
  const engage = () => setEngaged(true);
  return (
    <div className="field review-place">
      <label htmlFor={`${id}-place`}>Place</label>
      <div className="review-place-row">
        <input
          id={`${id}-filter`}
          type="search"
          aria-label="Filter places"
          placeholder="Filter places…"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onFocus={engage}
        />
        <select
          id={`${id}-place`}
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value || null)}
          onFocus={engage}
          onPointerEnter={engage}
          onPointerDown={engage}
          {...errorProps(errors, path)}
        >
          <option value="">Place not known</option>
          {shown.map((p) => (
            <option key={p.key} value={p.key}>
              {`${'\u00a0\u00a0'.repeat(p.depth)}${p.name} (${p.kind})`}
            </option>
          ))}
        </select>
      </div>
      <FieldError errors={errors} path={path} />
    </div>
  );
}
