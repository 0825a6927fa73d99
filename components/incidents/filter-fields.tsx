import type { ReactNode } from 'react';

export type FilterErrors = Record<string, string[] | undefined>;

/**
 * A labelled filter control with its error message linked by aria-describedby. `idPrefix` keeps
 * ids apart when two filter forms share a page's vocabulary ("f-place", "ew-place").
 */
export function FilterField({
  name,
  label,
  errors = {},
  idPrefix = 'f',
  children,
}: {
  name: string;
  label: string;
  errors?: FilterErrors;
  idPrefix?: string;
  children: (props: { id: string; describedBy?: string }) => ReactNode;
}) {
  const messages = errors[name];
  const describedBy = messages?.length ? `${name}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={`${idPrefix}-${name}`}>{label}</label>
      {children({ id: `${idPrefix}-${name}`, describedBy })}
      {describedBy && (
        <p id={describedBy} className="field-error">
          {messages?.join('; ')}
        </p>
      )}
    </div>
  );
}

/** A filter's select: "any" first (the empty value), then the options as [value, label]. */
export function FilterSelect({
  name,
  label,
  value,
  anyLabel,
  options,
  errors,
  idPrefix,
}: {
  name: string;
  label: string;
  value: string | undefined;
  anyLabel: string;
  options: readonly (readonly [value: string, label: string])[];
  errors?: FilterErrors;
  idPrefix?: string;
}) {
  return (
    <FilterField name={name} label={label} errors={errors} idPrefix={idPrefix}>
      {({ id, describedBy }) => (
        <select id={id} name={name} defaultValue={value ?? ''} aria-describedby={describedBy}>
          <option value="">{anyLabel}</option>
          {options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      )}
    </FilterField>
  );
}
