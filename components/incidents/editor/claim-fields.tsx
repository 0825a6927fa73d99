'use client';

import { useState } from 'react';
import { Options } from '@/components/forms/field';
import { casualtyKindSchema } from '@/lib/extract/schema';
import { AFFILIATION_LABELS, HEDGE_LABELS } from '@/lib/incidents/labels';

export const CLAIM_FIELDS = ['reportId', 'kind', 'count', 'hedge', 'affiliation', 'country'] as const;

export interface Claim {
  id: number;
  reportId: number;
  kind: string;
  count: number;
  hedge: string;
  affiliation: string;
  country: string | null;
}

export interface Source {
  reportId: number;
  title: string;
}

/**
 * One claim's fields. The country names an MSS contingent: for any other side the field is
 * emptied and disabled (so it is not sent), as the shared claim schema allows no country there.
 */
export function ClaimFields({
  prefix,
  claim,
  sources,
  errors,
}: {
  prefix: string;
  claim?: Claim;
  sources: Source[];
  errors: Record<string, string[] | undefined>;
}) {
  const [side, setSide] = useState(claim?.affiliation ?? 'civilian');
  const [country, setCountry] = useState(claim?.affiliation === 'mss' ? (claim.country ?? '') : '');
  const err = (f: string) =>
    errors[f]?.length ? { 'aria-invalid': true as const, 'aria-describedby': `${prefix}-${f}-error` } : {};
  return (
    <>
      <div className="field">
        <label htmlFor={`${prefix}-report`}>Source</label>
        <select
          id={`${prefix}-report`}
          name="reportId"
          defaultValue={claim?.reportId ?? sources[0]?.reportId}
          {...err('reportId')}
        >
          {sources.map((s) => (
            <option key={s.reportId} value={s.reportId}>
              #{s.reportId} {s.title.slice(0, 60)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-hedge`}>Hedge</label>
        <select id={`${prefix}-hedge`} name="hedge" defaultValue={claim?.hedge ?? 'exact'}>
          <Options of={Object.entries(HEDGE_LABELS)} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-count`}>Count</label>
        <input
          id={`${prefix}-count`}
          name="count"
          type="number"
          min={0}
          step={1}
          defaultValue={claim?.count ?? 1}
          {...err('count')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-kind`}>Kind</label>
        <select id={`${prefix}-kind`} name="kind" defaultValue={claim?.kind ?? 'killed'}>
          <Options of={casualtyKindSchema.options} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-affiliation`}>Side</label>
        <select
          id={`${prefix}-affiliation`}
          name="affiliation"
          value={side}
          onChange={(e) => {
            setSide(e.target.value);
            if (e.target.value !== 'mss') setCountry('');
          }}
        >
          <Options of={Object.entries(AFFILIATION_LABELS)} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-country`}>Country (MSS only)</label>
        <input
          id={`${prefix}-country`}
          name="country"
          value={country}
          onChange={(e) => setCountry(e.target.value)}
          disabled={side !== 'mss'}
          maxLength={60}
          {...err('country')}
        />
      </div>
      {Object.entries(errors).map(([f, messages]) =>
        messages?.length ? (
          <p key={f} id={`${prefix}-${f}-error`} className="field-error">
            {messages.join(' ')}
          </p>
        ) : null,
      )}
    </>
  );
}
