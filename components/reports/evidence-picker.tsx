'use client';

import { useMemo } from 'react';
import { reportSentences } from '@/lib/reports/added-incident';
import { errorProps, FieldError, type ReviewErrors } from './field-error';
import styles from './review.module.css';

/** For an incident the editor adds: the sentence of the report that tells it, as its evidence. */
export function EvidencePicker({
  id,
  text,
  value,
  errors,
  path,
  onChange,
}: {
  id: string;
  text: string;
  value: { from: number; to: number } | null;
  errors: ReviewErrors;
  path: string;
  onChange: (span: { from: number; to: number } | null) => void;
}) {
  const sentences = useMemo(() => reportSentences(text), [text]);
  const current = value ? `${value.from}-${value.to}` : '';
  return (
    <div className={`field wide ${styles.evidence}`}>
      <label htmlFor={`${id}-evidence`}>Evidence: the sentence that tells it</label>
      <select
        id={`${id}-evidence`}
        value={current}
        onChange={(e) => {
          const s = sentences.find((x) => `${x.from}-${x.to}` === e.target.value);
          onChange(s ? { from: s.from, to: s.to } : null);
        }}
        {...errorProps(errors, path)}
      >
        <option value="">choose a sentence…</option>
        {sentences.map((s) => (
          <option key={s.from} value={`${s.from}-${s.to}`}>
            {s.text.length > 140 ? `${s.text.slice(0, 140)}…` : s.text}
          </option>
        ))}
      </select>
      <FieldError errors={errors} path={path} />
    </div>
  );
}
