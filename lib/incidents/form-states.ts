/** How an incident form is answered, including the conflict a stale version meets. */
import { z } from 'zod';
import type { FormState } from '../forms/form-state';
import {
  asFieldStrings,
  type Choice,
  type FieldStrings,
  mergeFields,
  readMergeInputs,
} from './concurrent-edits';
import {
  IncidentDeletedError,
  IncidentNotFoundError,
  InvalidEditError,
  InvalidReferenceError,
  VersionConflictError,
} from './edit-errors';
import { EDITABLE_FIELDS, type EditableField } from './schema';

type Values = Record<string, string>;

export interface ConflictChange {
  field: EditableField;
  /** When the editor opened the form, now stored, and the editor's own value ('' when empty). */
  was: string;
  now: string;
  yours: string;
  /** Both changed it, differently: the editor must choose. */
  clash: boolean;
  chosen: Choice | null;
}

export interface ConflictDetails {
  version: number;
  by: string | null;
  at: string | null;
  deleted: boolean;
  /** The fields someone else changed since the editor opened the form. */
  changes: ConflictChange[];
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

const LABELS: Record<EditableField, string> = {
  title: 'title',
  summary: 'summary',
  date: 'date',
  dateEnd: 'end date',
  datePrecision: 'date precision',
  type: 'type',
  locationId: 'place',
  placePrecision: 'place precision',
  placeText: 'place as written',
  status: 'review status',
};

/**
 * The form rebased on what is stored now: fields only someone else changed take their value,
 * fields the editor changed keep the editor's, and each field's base becomes what is stored —
 * except a clashing field, whose base stays what the editor opened, so that saving again still
 * sees the clash until the editor chooses.
 */
export function conflictState(error: VersionConflictError, values: Values): IncidentFormState {
  const { base, choices } = readMergeInputs(values);
  const mine = asFieldStrings(
    Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, values[f] ?? ''])) as FieldStrings,
  );
  const outcomes = mergeFields({ base, theirs: asFieldStrings(error.current), mine, choices });
  const next: Values = { ...values, version: String(error.current.version) };
  for (const o of outcomes) {
    next[o.field] = o.clash ? o.mine : o.value;
    next[`base:${o.field}`] = o.clash ? o.base : o.theirs;
    if (!o.clash) delete next[`choose:${o.field}`];
  }
  const clashes = outcomes.filter((o) => o.clash);
  const by = error.lastChange?.by ?? 'someone else';
  return {
    message: clashes.length
      ? `You and ${by} both changed the ${clashes.map((c) => LABELS[c.field]).join(', the ')} of this incident. Choose which value to keep below, then save again.`
      : `${by === 'someone else' ? 'Someone else' : by} saved this incident while you were editing. Their changes are now in the form and yours are kept: check below, then save again.`,
    conflict: {
      version: error.current.version,
      by: error.lastChange?.by ?? null,
      at: error.lastChange?.at ?? null,
      deleted: error.current.deleted,
      changes: outcomes
        .filter((o) => o.theirsChanged)
        .map((o) => ({
          field: o.field,
          was: o.base,
          now: o.theirs,
          yours: o.mine,
          clash: o.clash,
          chosen: o.chosen,
        })),
    },
    values: next,
  };
}

/**
 * Runs a mutation. The typed errors an edit can meet become the form's answer; anything else is
 * a real fault and is thrown.
 */
export async function attempt<T>(
  values: Values,
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; state: IncidentFormState }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof VersionConflictError) return { ok: false, state: conflictState(error, values) };
    if (error instanceof InvalidReferenceError || error instanceof InvalidEditError) {
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
