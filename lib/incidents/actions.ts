'use server';
/**
 * Editors' incident actions: thin — check the role, parse with the shared schema, run the
 * mutation, revalidate. Every refusal, bad input, stale version or vanished reference comes back
 * as a message on the form with the editor's values kept.
 */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withRole } from '../auth/guard';
import { type FormState, formValues } from '../forms/form-state';
import { appConnection } from '../store/app-connection';
import {
  IncidentDeletedError,
  IncidentNotFoundError,
  InvalidReferenceError,
  VersionConflictError,
} from './edit-errors';
import { conflictState, type IncidentFormState } from './form-states';
import { mergeIncidents, splitIncident, type VersionedId } from './merge';
import { createIncident, setIncidentDeleted, updateIncident } from './mutations';
import { claimInputSchema, incidentFieldsSchema, incidentVersionSchema, sourceLinkSchema } from './schema';
import { deleteClaim, linkSource, saveClaim } from './source-mutations';

const fieldErrors = (error: z.ZodError) => z.flattenError(error).fieldErrors as Record<string, string[]>;

/** The typed errors an edit can meet, as form answers; anything else is a real fault. */
function editFailure(error: unknown, values: Record<string, string>): IncidentFormState {
  if (error instanceof VersionConflictError) return conflictState(error, values);
  if (error instanceof InvalidReferenceError)
    return { errors: { [error.field]: [error.message] }, message: error.message, values };
  if (error instanceof IncidentDeletedError || error instanceof IncidentNotFoundError) {
    return { message: error.message, values };
  }
  throw error;
}

function refresh(...ids: number[]) {
  revalidatePath('/incidents');
  for (const id of ids) revalidatePath(`/incidents/${id}`);
  revalidatePath('/');
}

export async function createIncidentAction(
  _previous: IncidentFormState,
  formData: FormData,
): Promise<IncidentFormState> {
  const values = formValues(formData);
  const result = await withRole('editor', values, async (user) => {
    const parsed = incidentFieldsSchema.safeParse(values);
    if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
    try {
      return { id: createIncident(appConnection(), { input: parsed.data, userId: user.id }) };
    } catch (error) {
      return editFailure(error, values);
    }
  });
  if ('id' in result) {
    refresh(result.id);
    redirect(`/incidents/${result.id}`);
  }
  return result;
}

export async function updateIncidentAction(
  _previous: IncidentFormState,
  formData: FormData,
): Promise<IncidentFormState> {
  const values = formValues(formData);
  const result = await withRole('editor', values, async (user) => {
    const ref = incidentVersionSchema.safeParse(values);
    const parsed = incidentFieldsSchema.safeParse(values);
    if (!ref.success) return { message: 'This form is out of date; reload the page.', values };
    if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
    try {
      updateIncident(appConnection(), { ...ref.data, input: parsed.data, userId: user.id });
      return { id: ref.data.id };
    } catch (error) {
      return editFailure(error, values);
    }
  });
  if ('id' in result) {
    refresh(result.id);
    redirect(`/incidents/${result.id}`);
  }
  return result;
}

export async function setIncidentDeletedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = incidentVersionSchema.safeParse(values);
    if (!ref.success) return { message: 'This form is out of date; reload the page.', values };
    const deleted = values.deleted === 'true';
    const reason = values.reason?.trim().slice(0, 500) || undefined;
    try {
      setIncidentDeleted(appConnection(), { ...ref.data, deleted, reason, userId: user.id });
    } catch (error) {
      return editFailure(error, values);
    }
    refresh(ref.data.id);
    return {
      ok: true,
      message: deleted ? 'Deleted. It stays in the record and can be restored.' : 'Restored.',
    };
  });
}

const claimRefSchema = z.object({
  incidentId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  claimId: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().positive().optional()),
});

export async function saveClaimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = claimRefSchema.safeParse(values);
    if (!ref.success) return { message: 'This form is out of date; reload the page.', values };
    const parsed = claimInputSchema.safeParse(values);
    if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
    try {
      saveClaim(appConnection(), { ...ref.data, input: parsed.data, userId: user.id });
    } catch (error) {
      return editFailure(error, values);
    }
    refresh(ref.data.incidentId);
    return { ok: true, message: ref.data.claimId ? 'Claim saved.' : 'Claim added.' };
  });
}

export async function deleteClaimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = claimRefSchema.required({ claimId: true }).safeParse(values);
    if (!ref.success || ref.data.claimId === undefined)
      return { message: 'This form is out of date; reload the page.' };
    try {
      deleteClaim(appConnection(), { ...ref.data, claimId: ref.data.claimId, userId: user.id });
    } catch (error) {
      return editFailure(error, values);
    }
    refresh(ref.data.incidentId);
    return { ok: true, message: 'Claim deleted.' };
  });
}

export async function linkSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = incidentVersionSchema.safeParse(values);
    if (!ref.success) return { message: 'This form is out of date; reload the page.', values };
    const parsed = sourceLinkSchema.safeParse(values);
    if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
    try {
      linkSource(appConnection(), {
        incidentId: ref.data.id,
        version: ref.data.version,
        input: parsed.data,
        userId: user.id,
      });
    } catch (error) {
      return editFailure(error, values);
    }
    refresh(ref.data.id);
    return { ok: true, message: 'Source linked.' };
  });
}

/** "12:3" (id:version, from a listed candidate) or "12" / "#12" (typed; its current version). */
function parseOthers(formData: FormData): VersionedId[] | null {
  const picked = formData.getAll('other').filter((v): v is string => typeof v === 'string');
  const typed = String(formData.get('otherIds') ?? '')
    .split(/[\s,;]+/)
    .filter(Boolean);
  const refs: VersionedId[] = [];
  for (const item of [...picked, ...typed]) {
    const m = /^#?(\d{1,15})(?::(\d{1,9}))?$/.exec(item.trim());
    if (!m) return null;
    const id = Number(m[1]);
    const version = m[2] ? Number(m[2]) : currentVersion(id);
    if (version === null) return null;
    refs.push({ id, version });
  }
  return refs;
}

function currentVersion(id: number): number | null {
  const row = appConnection().prepare('SELECT version FROM Incident WHERE id = ?').get(id) as
    | { version: number }
    | undefined;
  return row?.version ?? null;
}

export async function mergeIncidentsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = incidentVersionSchema.safeParse(values);
    if (!ref.success) return { message: 'This form is out of date; reload the page.', values };
    const others = parseOthers(formData);
    if (!others) {
      return { errors: { otherIds: ['Give incident numbers that exist, like 12 or 12, 15.'] }, values };
    }
    try {
      const result = mergeIncidents(appConnection(), { target: ref.data, others, userId: user.id });
      refresh(ref.data.id, ...others.map((o) => o.id));
      return {
        ok: true,
        message: `Merged ${others.length} incident${others.length === 1 ? '' : 's'}: ${result.sourcesMoved} sources and ${result.claimsMoved} claims moved here.`,
      };
    } catch (error) {
      return editFailure(error, values);
    }
  });
}

export async function splitIncidentAction(
  _previous: FormState,
  formData: FormData,
): Promise<IncidentFormState> {
  const values = formValues(formData);
  const result = await withRole('editor', values, async (user) => {
    const ref = incidentVersionSchema.safeParse(values);
    if (!ref.success) return { message: 'This form is out of date; reload the page.', values };
    const reportIds = formData.getAll('reportId').map(Number).filter(Number.isSafeInteger);
    try {
      return {
        id: splitIncident(appConnection(), { incident: ref.data, reportIds, userId: user.id }),
        from: ref.data.id,
      };
    } catch (error) {
      return editFailure(error, values);
    }
  });
  if ('id' in result) {
    refresh(result.id, result.from);
    redirect(`/incidents/${result.id}/edit`);
  }
  return result;
}
