'use client';

import type { ReactNode } from 'react';
import { hedgeSchema } from '@/lib/extract/schema';
import { HEDGE_LABELS } from '@/lib/incidents/labels';
import type { ReviewInput } from '@/lib/reports/review-schema';
import { scrollToEvidence } from './evidence-text';
import { errorProps, FieldError, type ReviewErrors } from './field-error';

type Deployment = ReviewInput['deployments'][number];
type Milestone = ReviewInput['milestones'][number];
type Figure = ReviewInput['figures'][number];

interface ItemProps<T> {
  items: readonly T[];
  errors: ReviewErrors;
  onChange: (index: number, patch: Partial<T>) => void;
  onActivate: (id: string | null) => void;
}

/**
 * One deployment, milestone or figure: keep or reject it, what it says, its editable number (if
 * any), and a way to its evidence. Hovering or focusing it outlines its evidence in the text.
 */
function ContextItem({
  id,
  name,
  accepted,
  onAccepted,
  onActivate,
  children,
}: {
  id: string;
  name: string;
  accepted: boolean;
  onAccepted: (accepted: boolean) => void;
  onActivate: (id: string | null) => void;
  children: ReactNode;
}) {
  return (
    <li
      className={accepted ? undefined : 'rejected'}
      onFocus={() => onActivate(id)}
      onMouseEnter={() => onActivate(id)}
    >
      <label className="keep">
        <input type="checkbox" checked={accepted} onChange={(e) => onAccepted(e.target.checked)} /> Keep
        <span className="visually-hidden"> {name}</span>
      </label>
      {children}
      <button type="button" className="link" onClick={() => scrollToEvidence(id)}>
        Show in text<span className="visually-hidden"> for {name}</span>
      </button>
    </li>
  );
}

function NumberWithHedge({
  id,
  label,
  value,
  hedge,
  disabled,
  errors,
  path,
  onValue,
  onHedge,
}: {
  id: string;
  label: string;
  value: string | number;
  hedge: string;
  disabled: boolean;
  errors: ReviewErrors;
  path: string;
  onValue: (v: string) => void;
  onHedge: (h: Deployment['hedge']) => void;
}) {
  return (
    <div className="count-cell">
      <select
        aria-label={`${label} precision`}
        value={hedge}
        disabled={disabled}
        onChange={(e) => onHedge(e.target.value as Deployment['hedge'])}
      >
        {hedgeSchema.options.map((h) => (
          <option key={h} value={h}>
            {HEDGE_LABELS[h]}
          </option>
        ))}
      </select>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        aria-label={label}
        value={String(value)}
        disabled={disabled}
        onChange={(e) => onValue(e.target.value)}
        {...errorProps(errors, path)}
      />
      <FieldError errors={errors} path={path} />
    </div>
  );
}

export function DeploymentReview({ items, errors, onChange, onActivate }: ItemProps<Deployment>) {
  return (
    <ul className="context-list">
      {items.map((d, i) => {
        const id = `deployment-${i}`;
        const name = `deployment ${i + 1} (${d.country}, ${d.kind})`;
        return (
          <ContextItem
            key={id}
            id={id}
            name={name}
            accepted={d.accepted}
            onAccepted={(accepted) => onChange(i, { accepted })}
            onActivate={onActivate}
          >
            <span>
              {d.country} · {d.kind} · {d.date ?? 'undated'}
            </span>
            <NumberWithHedge
              id={`${id}-personnel`}
              label={`Personnel of ${name}`}
              value={d.personnel}
              hedge={d.hedge}
              disabled={!d.accepted}
              errors={errors}
              path={`deployments.${i}.personnel`}
              onValue={(personnel) => onChange(i, { personnel })}
              onHedge={(hedge) => onChange(i, { hedge })}
            />
          </ContextItem>
        );
      })}
    </ul>
  );
}

export function FigureReview({ items, errors, onChange, onActivate }: ItemProps<Figure>) {
  return (
    <ul className="context-list">
      {items.map((f, i) => {
        const id = `figure-${i}`;
        const name = `figure ${i + 1} (${f.metric} in ${f.scope})`;
        return (
          <ContextItem
            key={id}
            id={id}
            name={name}
            accepted={f.accepted}
            onAccepted={(accepted) => onChange(i, { accepted })}
            onActivate={onActivate}
          >
            <span>
              {f.metric} in {f.scope}
              {f.period ? `, ${f.period}` : ''}
              {f.attributedTo ? ` (${f.attributedTo})` : ''}
            </span>
            <NumberWithHedge
              id={`${id}-value`}
              label={`Value of ${name}`}
              value={f.value}
              hedge={f.hedge}
              disabled={!f.accepted}
              errors={errors}
              path={`figures.${i}.value`}
              onValue={(value) => onChange(i, { value })}
              onHedge={(hedge) => onChange(i, { hedge })}
            />
          </ContextItem>
        );
      })}
    </ul>
  );
}

export function MilestoneReview({ items, onChange, onActivate }: ItemProps<Milestone>) {
  return (
    <ul className="context-list">
      {items.map((m, i) => {
        const id = `milestone-${i}`;
        const name = `milestone ${i + 1} (${m.subject.replace(/_/g, ' ')}, ${m.country})`;
        return (
          <ContextItem
            key={id}
            id={id}
            name={name}
            accepted={m.accepted}
            onAccepted={(accepted) => onChange(i, { accepted })}
            onActivate={onActivate}
          >
            <span>
              {m.subject.replace(/_/g, ' ')} · {m.country} · {m.date}
            </span>
          </ContextItem>
        );
      })}
    </ul>
  );
}
