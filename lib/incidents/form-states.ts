/** How an incident form is answered, including the conflict a stale version meets. */
import { z } from 'zod';
import type { FormState } from '../forms/form-state';
import {
  IncidentDeletedError,
  IncidentNotFoundError,
  InvalidReferenceError,
  VersionConflictError,
} from './edit-errors';
import { EDITABLE_FIELDS, type EditableField, type IncidentSnapshot } from './schema';

type Values = Record<string, string>;

export interface ConflictDetails {
  version: number;
  by: string | null;
  at: string | null;
  deleted: boolean;
  changes: { field: EditableField; was: string; now: string }[];
}

export interface IncidentFormState extends FormState {
  conflict?: ConflictDetails;
}

export const fieldErrors = (error: z.ZodError) =>
  z.flattenError(error).fieldErrors as Record<string, string[]>;

export const staleForm = (values: Values): IncidentFormState => ({
  message: 'This form is out of date; reload the page.',
  values,
});

const shown = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

/** The form sends what the editor opened as `base:<field>` values; compare it with what is stored now. */
export function conflictState(error: VersionConflictError, values: Values): IncidentFormState {
  const base: Partial<IncidentSnapshot> = {};
  for (const f of EDITABLE_FIELDS) {
    const v = values[`base:${f}`];
    if (v !== undefined) base[f] = f === 'locationId' ? (v === '' ? null : Number(v)) : v === '' ? null : v;
  }
  const changes = error
    .changedSince(base)
    .map((c) => ({ field: c.field, was: shown(c.was), now: shown(c.now) }));
  return {
    message: `Someone else saved this incident while you were editing${error.lastChange?.by ? ` (${error.lastChange.by})` : ''}. Your changes are still in the form: check what changed below, then save again to apply yours on top.`,
    conflict: {
      version: error.current.version,
      by: error.lastChange?.by ?? null,
      at: error.lastChange?.at ?? null,
      deleted: error.current.deleted,
      changes,
    },
    values: { ...values, version: String(error.current.version) },
  };
}

/**
 * Runs a mutation. The typed errors an edit can meet become the form's answer; anything else is
 * a real fault and is thrown.
 */
export function attempt<T>(
  values: Values,
  work: () => T,
): { ok: true; value: T } | { ok: false; state: IncidentFormState } {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof VersionConflictError) return { ok: false, state: conflictState(error, values) };
    if (error instanceof InvalidReferenceError) {
      return {
        ok: false,
        state: { errors: { [error.field]: [error.message] }, message: error.message, values },
      };
    }
    if (error instanceof IncidentDeletedError || error instanceof IncidentNotFoundError) {
      return { ok: false, state: { message: error.message, values } };
    }
    throw error;
  }
}
