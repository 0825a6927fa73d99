'use client';

import { affiliationSchema, casualtyKindSchema, hedgeSchema } from '@/lib/extract/schema';
import { AFFILIATION_LABELS, HEDGE_LABELS } from '@/lib/incidents/labels';
import type { ReviewCasualtyInput } from '@/lib/reports/review-schema';
import { errorProps, FieldError, type ReviewErrors } from './field-error';

/** One incident's casualty claims as a table: each row kept or rejected, each value editable. */
export function CasualtyRows({
  claims,
  path,
  errors,
  label,
  onChange,
}: {
  claims: readonly ReviewCasualtyInput[];
  path: string;
  errors: ReviewErrors;
  label: string;
  onChange: (index: number, patch: Partial<ReviewCasualtyInput>) => void;
}) {
  if (claims.length === 0) return <p className="muted">No casualty claims drafted.</p>;
  return (
    <div className="table-scroll">
      <table className="claims-table review-claims">
        <caption>Casualty claims of {label}</caption>
        <thead>
          <tr>
            <th scope="col">Keep</th>
            <th scope="col">Kind</th>
            <th scope="col">How many</th>
            <th scope="col">Side</th>
            <th scope="col">Country</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim, j) => {
            const at = `${path}.${j}`;
            const name = `Claim ${j + 1}`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: claims are never reordered
              <tr key={j} className={claim.accepted ? undefined : 'rejected'}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Keep claim ${j + 1}`}
                    checked={claim.accepted}
                    onChange={(e) => onChange(j, { accepted: e.target.checked })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`${name} kind`}
                    value={claim.kind}
                    disabled={!claim.accepted}
                    onChange={(e) => onChange(j, { kind: e.target.value as ReviewCasualtyInput['kind'] })}
                  >
                    {casualtyKindSchema.options.map((k) => (
                      <option key={k} value={k}>
                        {k}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <div className="count-cell">
                    <select
                      aria-label={`${name} precision`}
                      value={claim.hedge}
                      disabled={!claim.accepted}
                      onChange={(e) => onChange(j, { hedge: e.target.value as ReviewCasualtyInput['hedge'] })}
                    >
                      {hedgeSchema.options.map((h) => (
                        <option key={h} value={h}>
                          {HEDGE_LABELS[h]}
                        </option>
                      ))}
                    </select>
                    <input
                      type="number"
                      inputMode="numeric"
                      min={1}
                      step={1}
                      aria-label={`${name} count`}
                      value={String(claim.count)}
                      disabled={!claim.accepted}
                      onChange={(e) => onChange(j, { count: e.target.value })}
                      {...errorProps(errors, `${at}.count`)}
                    />
                  </div>
                  <FieldError errors={errors} path={`${at}.count`} />
                </td>
                <td>
                  <select
                    aria-label={`${name} side`}
                    value={claim.affiliation}
                    disabled={!claim.accepted}
                    onChange={(e) => {
                      const affiliation = e.target.value as ReviewCasualtyInput['affiliation'];
                      // A country names an MSS contingent: moving a claim to another side drops it.
                      onChange(j, affiliation === 'mss' ? { affiliation } : { affiliation, country: '' });
                    }}
                  >
                    {affiliationSchema.options.map((a) => (
                      <option key={a} value={a}>
                        {AFFILIATION_LABELS[a] ?? a}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`${name} country`}
                    value={claim.country ?? ''}
                    size={10}
                    // Left enabled while a stray country is there, so it can be cleared.
                    disabled={!claim.accepted || (claim.affiliation !== 'mss' && !claim.country)}
                    onChange={(e) => onChange(j, { country: e.target.value })}
                    {...errorProps(errors, `${at}.country`)}
                  />
                  <FieldError errors={errors} path={`${at}.country`} />
                  <FieldError errors={errors} path={`${at}.evidence`} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
