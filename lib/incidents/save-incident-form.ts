/**
 * The edit form's submission, read and saved: the action's work apart from the session and the
 * redirect, so the whole round trip (conflict answer, then saving again) is testable on a store.
 */
import type { SqlConnection } from '../store/write-connection';
import { readMergeInputs } from './concurrent-edits';
import { attempt, fieldErrors, type IncidentFormState, staleForm } from './form-states';
import { updateIncident } from './mutations';
import { incidentFieldsSchema, incidentVersionSchema } from './schema';

export type SavedIncident = { id: number; path: string };

export function saveIncidentForm(
  sql: SqlConnection,
  options: { values: Record<string, string>; userId: number },
): IncidentFormState | SavedIncident {
  const { values } = options;
  const ref = incidentVersionSchema.safeParse(values);
  const parsed = incidentFieldsSchema.safeParse(values);
  if (!ref.success) return staleForm(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const done = attempt(values, () =>
    updateIncident(sql, {
      ...ref.data,
      ...readMergeInputs(values),
      input: parsed.data,
      userId: options.userId,
    }),
  );
  return done.ok ? { id: ref.data.id, path: `/incidents/${ref.data.id}` } : done.state;
}
