'use client';

import { memo } from 'react';
import { datePrecisionSchema, incidentTypeSchema } from '@/lib/extract/schema';
import { INCIDENT_TYPE_LABELS } from '@/lib/incidents/labels';
import { emptyCasualty } from '@/lib/reports/added-incident';
import { incidentChecks } from '@/lib/reports/review-checks';
import type { MatchView } from '@/lib/reports/review-matches';
import type { ReviewCasualtyInput, ReviewIncidentInput } from '@/lib/reports/review-schema';
import { CasualtyRows } from './casualty-rows';
import { EvidencePicker } from './evidence-picker';
import { scrollToEvidence } from './evidence-text';
import { describedBy, errorProps, FieldError, type ReviewErrors } from './field-error';
import { MatchComparison } from './match-comparison';
import { type PlaceChoice, PlacePicker } from './place-picker';
import { AddedBadge, CheckBadge, ReaderChecks } from './reader-checks';
import styles from './review.module.css';

/**
 * One drafted incident: what to do with it (new, merge, reject) and its editable fields.
 * Memoised, with callbacks that take its index: a report may hold hundreds of incidents, and
 * editing one (or hovering another) must not re-render every other incident's controls.
 */
export const IncidentReview = memo(function IncidentReview({
  index,
  text,
  incident,
  match,
  places,
  errors,
  onChange,
  onActivate,
  onRemove,
}: {
  index: number;
  /** The report text, which evidence quotes. */
  text: string;
  incident: ReviewIncidentInput;
  match: MatchView | null;
  places: readonly PlaceChoice[];
  errors: ReviewErrors;
  onChange: (index: number, patch: Partial<ReviewIncidentInput>) => void;
  onActivate: (id: string | null) => void;
  /** Only for an incident the editor added: take it out again. */
  onRemove?: (index: number) => void;
}) {
  const change = (patch: Partial<ReviewIncidentInput>) => onChange(index, patch);
  const path = `incidents.${index}`;
  const id = `incident-${index}`;
  const label = `incident ${index + 1}`;
  const placeName = places.find((p) => p.key === incident.placeKey)?.name ?? null;
  const rejected = incident.decision === 'reject';
  const setCasualty = (j: number, patch: Partial<ReviewCasualtyInput>) =>
    change({ casualties: incident.casualties.map((c, k) => (k === j ? { ...c, ...patch } : c)) });
  const checks = incidentChecks(incident);
  const firstSpan = incident.evidenceSpans[0];
  const addClaim = () =>
    change({
      casualties: [
        ...incident.casualties,
        emptyCasualty(firstSpan ? text.slice(firstSpan.from, firstSpan.to) : ''),
      ],
    });
  const setEvidence = (span: { from: number; to: number } | null) =>
    change({
      evidenceSpans: span ? [span] : [],
      // The added incident's claims quote the sentence chosen for it.
      casualties: incident.casualties.map((c) => ({
        ...c,
        evidence: span ? text.slice(span.from, span.to) : '',
      })),
    });
  const choose = (decision: ReviewIncidentInput['decision']) =>
    change({ decision, mergeInto: decision === 'merge' ? (match?.incidentId ?? null) : null });

  return (
    <section
      className={`review-item${rejected ? ' rejected' : ''}${checks.length && !rejected ? ` ${styles.flagged}` : ''}`}
      aria-labelledby={`${id}-heading`}
      onFocus={() => onActivate(id)}
      onMouseEnter={() => onActivate(id)}
    >
      <h3 id={`${id}-heading`}>
        Incident {index + 1}: {incident.title || 'untitled'}
        {!rejected && <CheckBadge count={checks.length} />}
        {incident.added && <AddedBadge />}
      </h3>
      {!rejected && <ReaderChecks id={id} checks={checks} />}
      {firstSpan && (
        <button type="button" className="secondary small" onClick={() => scrollToEvidence(id)}>
          Show evidence in text<span className="visually-hidden"> for incident {index + 1}</span>
        </button>
      )}
      {match && (
        <MatchComparison
          incident={incident}
          placeName={placeName}
          match={match}
          caption={`Incident ${index + 1} beside the stored incident it may be`}
        />
      )}
      <fieldset className="decision" {...describedBy(errors, `${path}.mergeInto`)}>
        <legend>What to do with incident {index + 1}</legend>
        {match && (
          <label>
            <input
              type="radio"
              name={`${id}-decision`}
              checked={incident.decision === 'merge'}
              onChange={() => choose('merge')}
            />{' '}
            Merge into stored incident #{match.incidentId} (add this report as a source)
          </label>
        )}
        <label>
          <input
            type="radio"
            name={`${id}-decision`}
            checked={incident.decision === 'create'}
            onChange={() => choose('create')}
          />{' '}
          {match ? 'Keep separate: store as a new incident' : 'Store as a new incident'}
        </label>
        <label>
          <input type="radio" name={`${id}-decision`} checked={rejected} onChange={() => choose('reject')} />{' '}
          Reject: do not store it
        </label>
        <FieldError errors={errors} path={`${path}.mergeInto`} />
      </fieldset>
      {rejected ? (
        <p className="muted">Rejected: this incident and its claims will not be stored.</p>
      ) : (
        <>
          <div className="review-grid">
            <div className="field wide">
              <label htmlFor={`${id}-title`}>Title</label>
              <input
                id={`${id}-title`}
                value={incident.title}
                maxLength={200}
                onChange={(e) => change({ title: e.target.value })}
                {...errorProps(errors, `${path}.title`)}
              />
              <FieldError errors={errors} path={`${path}.title`} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-date`}>Date</label>
              <input
                id={`${id}-date`}
                type="date"
                value={incident.date ?? ''}
                onChange={(e) => change({ date: e.target.value })}
                {...errorProps(errors, `${path}.date`)}
              />
              <FieldError errors={errors} path={`${path}.date`} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-precision`}>Date known to the</label>
              <select
                id={`${id}-precision`}
                value={incident.datePrecision ?? ''}
                onChange={(e) => change({ datePrecision: e.target.value })}
                {...errorProps(errors, `${path}.datePrecision`)}
              >
                <option value="">choose…</option>
                {datePrecisionSchema.options.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
              <FieldError errors={errors} path={`${path}.datePrecision`} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-type`}>Type</label>
              <select
                id={`${id}-type`}
                value={incident.type}
                onChange={(e) => change({ type: e.target.value as ReviewIncidentInput['type'] })}
              >
                {incidentTypeSchema.options.map((t) => (
                  <option key={t} value={t}>
                    {INCIDENT_TYPE_LABELS[t] ?? t}
                  </option>
                ))}
              </select>
            </div>
            <PlacePicker
              places={places}
              value={incident.placeKey ?? null}
              onChange={(key) => change({ placeKey: key, placeMatchedText: null })}
              errors={errors}
              path={`${path}.placeKey`}
            />
            {incident.added && (
              <EvidencePicker
                id={id}
                text={text}
                value={firstSpan ?? null}
                errors={errors}
                path={`${path}.evidenceSpans`}
                onChange={setEvidence}
              />
            )}
          </div>
          {incident.dateNote && incident.date && <p className="hint">Date: {incident.dateNote}</p>}
          <CasualtyRows
            claims={incident.casualties}
            path={`${path}.casualties`}
            errors={errors}
            label={label}
            onChange={setCasualty}
          />
          <div className={styles.addRow}>
            <button type="button" className="secondary small" onClick={addClaim}>
              Add a casualty claim<span className="visually-hidden"> to incident {index + 1}</span>
            </button>
            {onRemove && (
              <button type="button" className="secondary small" onClick={() => onRemove(index)}>
                Remove incident {index + 1}
              </button>
            )}
          </div>
          {!incident.added && <FieldError errors={errors} path={`${path}.evidenceSpans`} />}
        </>
      )}
    </section>
  );
});
