/**
 * The edit form's submission, read and saved: the incident's fields and the claims edited on the
 * page, in one transaction. The action's work apart from the session and the redirect, so the
 * whole round trip (conflict answer, then saving again) is testable on a store.
 */
import type { Sql } from '../store/sql';
import { readClaimEdits } from './claim-edits';
import { readMergeInputs } from './concurrent-edits';
import { attempt, fieldErrors, type IncidentFormState, staleForm } from './form-states';
import { incidentFieldsSchema, incidentVersionSchema } from './schema';
import { saveIncidentWithClaims } from './source-mutations';

export type SavedIncident = { id: number; path: string };

export async function saveIncidentForm(
  sql: Sql,
  options: { values: Record<string, string>; userId: number },
): Promise<IncidentFormState | SavedIncident> {
  const { values } = options;
  const ref = incidentVersionSchema.safeParse(values);
  if (!ref.success) return staleForm(values);
  const parsed = incidentFieldsSchema.safeParse(values);
  const claims = await readClaimEdits(sql, ref.data.id, values);
  const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...claims.errors };
  if (!parsed.success || Object.keys(errors).length) {
    const n = Object.keys(errors).length;
    return {
      errors,
      message: `Nothing was saved: ${n} field${n === 1 ? ' needs' : 's need'} attention (marked below).`,
      values,
    };
  }
  const done = await attempt(values, async () =>
    saveIncidentWithClaims(sql, {
      ...ref.data,
      ...readMergeInputs(values),
      input: parsed.data,
      claims: claims.edits,
      userId: options.userId,
    }),
  );
  return done.ok ? { id: ref.data.id, path: `/incidents/${ref.data.id}` } : done.state;
}
