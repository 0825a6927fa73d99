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
import { appSql } from '../store/app-sql';
import { addActorClaim, removeActorClaim } from './actor-claim-mutations';
import { attempt, fieldErrors, type IncidentFormState, staleForm } from './form-states';
import { mergeIncidents, splitIncident, type VersionedId } from './merge';
import { createIncident, setIncidentDeleted } from './mutations';
import { saveIncidentForm } from './save-incident-form';
import {
  actorClaimInputSchema,
  claimInputSchema,
  incidentFieldsSchema,
  incidentVersionSchema,
  sourceLinkSchema,
} from './schema';
import { deleteClaim, linkSource, saveClaim, setSourceDenies } from './source-mutations';

function refresh(...ids: number[]) {
  revalidatePath('/incidents');
  for (const id of ids) revalidatePath(`/incidents/${id}`);
  revalidatePath('/');
}

/** After a create, edit or split: go to the incident (outside any try, as `redirect` throws). */
function goTo(result: IncidentFormState | { id: number; also?: number; path: string }): IncidentFormState {
  if (!('id' in result)) return result;
  refresh(result.id, ...(result.also ? [result.also] : []));
  redirect(result.path);
}

export async function createIncidentAction(
  _previous: IncidentFormState,
  formData: FormData,
): Promise<IncidentFormState> {
  const values = formValues(formData);
  const result = await withRole('editor', values, async (user) => {
    const parsed = incidentFieldsSchema.safeParse(values);
    if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
    const done = await attempt(values, async () =>
      createIncident(await appSql(), { input: parsed.data, userId: user.id }),
    );
    return done.ok ? { id: done.value, path: `/incidents/${done.value}` } : done.state;
  });
  return goTo(result);
}

export async function updateIncidentAction(
  _previous: IncidentFormState,
  formData: FormData,
): Promise<IncidentFormState> {
  const values = formValues(formData);
  const result = await withRole('editor', values, async (user) => {
    return saveIncidentForm(await appSql(), { values, userId: user.id });
  });
  return goTo(result);
}

export async function setIncidentDeletedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = incidentVersionSchema.safeParse(values);
    if (!ref.success) return staleForm(values);
    const deleted = values.deleted === 'true';
    const reason = values.reason?.trim().slice(0, 500) || undefined;
    const done = await attempt(values, async () =>
      setIncidentDeleted(await appSql(), { ...ref.data, deleted, reason, userId: user.id }),
    );
    if (!done.ok) return done.state;
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
    if (!ref.success) return staleForm(values);
    const parsed = claimInputSchema.safeParse(values);
    if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
    const done = await attempt(values, async () =>
      saveClaim(await appSql(), { ...ref.data, input: parsed.data, userId: user.id }),
    );
    if (!done.ok) return done.state;
    refresh(ref.data.incidentId);
    return { ok: true, message: ref.data.claimId ? 'Claim saved.' : 'Claim added.' };
  });
}

export async function deleteClaimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = claimRefSchema.safeParse(values);
    const claimId = ref.success ? ref.data.claimId : undefined;
    if (!ref.success || claimId === undefined) return staleForm(values);
    const done = await attempt(values, async () =>
      deleteClaim(await appSql(), { ...ref.data, claimId, userId: user.id }),
    );
    if (!done.ok) return done.state;
    refresh(ref.data.incidentId);
    return { ok: true, message: 'Claim deleted.' };
  });
}

export async function linkSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = incidentVersionSchema.safeParse(values);
    if (!ref.success) return staleForm(values);
    const parsed = sourceLinkSchema.safeParse(values);
    if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
    const { id: incidentId, version } = ref.data;
    const done = await attempt(values, async () =>
      linkSource(await appSql(), { incidentId, version, input: parsed.data, userId: user.id }),
    );
    if (!done.ok) return done.state;
    refresh(incidentId);
    return { ok: true, message: 'Source linked.' };
  });
}

/** At most this many incidents merged at once: a form never needs more, and it bounds the work. */
const MAX_MERGE = 50;

/** "12:3" (id:version, from a listed candidate) or "12" / "#12" (typed; its current version). */
async function parseOthers(formData: FormData): Promise<VersionedId[] | null> {
  const picked = formData.getAll('other').filter((v): v is string => typeof v === 'string');
  const typed = String(formData.get('otherIds') ?? '')
    .split(/[\s,;]+/)
    .filter(Boolean);
  const items = [...picked, ...typed];
  if (items.length > MAX_MERGE) return null;
  const refs: VersionedId[] = [];
  for (const item of items) {
    const m = /^#?(\d{1,15})(?::(\d{1,9}))?$/.exec(item.trim());
    if (!m) return null;
    const id = Number(m[1]);
    const version = m[2] ? Number(m[2]) : await currentVersion(id);
    if (version === null) return null;
    refs.push({ id, version });
  }
  return refs;
}

async function currentVersion(id: number): Promise<number | null> {
  const sql = await appSql();
  const row = await sql.get<{ version: number }>('SELECT "version" FROM "Incident" WHERE "id" = ?', [id]);
  return row?.version ?? null;
}

export async function mergeIncidentsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = incidentVersionSchema.safeParse(values);
    if (!ref.success) return staleForm(values);
    const others = await parseOthers(formData);
    if (!others) {
      return {
        errors: { otherIds: [`Give up to ${MAX_MERGE} incident numbers that exist, like 12 or 12, 15.`] },
        values,
      };
    }
    const done = await attempt(values, async () =>
      mergeIncidents(await appSql(), { target: ref.data, others, userId: user.id }),
    );
    if (!done.ok) return done.state;
    refresh(ref.data.id, ...others.map((o) => o.id));
    const n = others.length;
    return {
      ok: true,
      message: `Merged ${n} incident${n === 1 ? '' : 's'}: ${done.value.sourcesMoved} sources and ${done.value.claimsMoved} claims moved here.`,
    };
  });
}

export async function splitIncidentAction(
  _previous: FormState,
  formData: FormData,
): Promise<IncidentFormState> {
  const values = formValues(formData);
  const result = await withRole('editor', values, async (user) => {
    const ref = incidentVersionSchema.safeParse(values);
    if (!ref.success) return staleForm(values);
    const reportIds = formData.getAll('reportId').slice(0, 500).map(Number).filter(Number.isSafeInteger);
    const done = await attempt(values, async () =>
      splitIncident(await appSql(), { incident: ref.data, reportIds, userId: user.id }),
    );
    return done.ok
      ? { id: done.value, also: ref.data.id, path: `/incidents/${done.value}/edit` }
      : done.state;
  });
  return goTo(result);
}

const incidentRefSchema = z.object({
  incidentId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});

export async function addActorClaimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = incidentRefSchema.safeParse(values);
    if (!ref.success) return staleForm(values);
    const parsed = actorClaimInputSchema.safeParse(values);
    if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
    const done = await attempt(values, async () =>
      addActorClaim(await appSql(), { ...ref.data, input: parsed.data, userId: user.id }),
    );
    if (!done.ok) return done.state;
    refresh(ref.data.incidentId);
    return { ok: true, message: `${parsed.data.name} added as ${parsed.data.role}.` };
  });
}

export async function removeActorClaimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = incidentRefSchema
      .extend({ actorClaimId: z.coerce.number().int().positive() })
      .safeParse(values);
    if (!ref.success) return staleForm(values);
    const done = await attempt(values, async () =>
      removeActorClaim(await appSql(), { ...ref.data, userId: user.id }),
    );
    if (!done.ok) return done.state;
    refresh(ref.data.incidentId);
    return { ok: true, message: 'Actor removed.' };
  });
}

export async function setSourceDeniesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = incidentRefSchema
      .extend({ reportId: z.coerce.number().int().positive(), denies: z.enum(['0', '1']) })
      .safeParse(values);
    if (!ref.success) return staleForm(values);
    const denies = ref.data.denies === '1';
    const done = await attempt(values, async () =>
      setSourceDenies(await appSql(), { ...ref.data, denies, userId: user.id }),
    );
    if (!done.ok) return done.state;
    refresh(ref.data.incidentId);
    return { ok: true, message: denies ? 'Marked: this source says it did not happen.' : 'Mark removed.' };
  });
}
