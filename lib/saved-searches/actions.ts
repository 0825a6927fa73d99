'use server';
/**
 * Saved searches' actions: any signed-in user (viewer and up), on their own searches only; each
 * change audited as that user (mutations.ts).
 */
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { withRole } from '../auth/guard';
import { type FormState, formValues } from '../forms/form-state';
import { appSql } from '../store/app-sql';
import { createSavedSearch, deleteSavedSearch, renameSavedSearch, renewFeedAddress } from './mutations';
import { changeSavedSearchSchema, renameSavedSearchSchema, savedSearchInputSchema } from './schema';

const PAGE = '/searches';

const gone: FormState = {
  message: 'This saved search no longer exists (removed in another tab?). Reload the page.',
};

export async function saveSearchAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const shown = { name: values.name ?? '' };
  return withRole('viewer', shown, async (user) => {
    const parsed = savedSearchInputSchema.safeParse(values);
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: shown };
    const saved = await createSavedSearch(await appSql(), { userId: user.id, input: parsed.data });
    if (!saved.ok) return { errors: { [saved.field]: [saved.message] }, values: shown };
    revalidatePath(PAGE);
    return {
      ok: true,
      message: `Saved as “${parsed.data.name}”. Its feed address is on your saved searches page.`,
    };
  });
}

export async function renameSavedSearchAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const shown = { name: values.name ?? '' };
  return withRole('viewer', shown, async (user) => {
    const parsed = renameSavedSearchSchema.safeParse(values);
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: shown };
    const renamed = await renameSavedSearch(await appSql(), { userId: user.id, ...parsed.data });
    if (!renamed) return gone;
    if (!renamed.ok) return { errors: { [renamed.field]: [renamed.message] }, values: shown };
    revalidatePath(PAGE);
    return { ok: true, message: `Renamed “${parsed.data.name}”.` };
  });
}

export async function changeSavedSearchAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return withRole('viewer', {}, async (user) => {
    const parsed = changeSavedSearchSchema.safeParse(formValues(formData));
    if (!parsed.success) return { message: 'That change is not valid.' };
    const { searchId, change } = parsed.data;
    const sql = await appSql();
    const done =
      change === 'delete'
        ? await deleteSavedSearch(sql, { userId: user.id, searchId })
        : await renewFeedAddress(sql, { userId: user.id, searchId });
    if (!done) return gone;
    revalidatePath(PAGE);
    return {
      ok: true,
      message:
        change === 'delete'
          ? 'The search was removed, and its feed address stopped working.'
          : 'The feed has a new address (below). The old one no longer works: give the new one to your feed reader.',
    };
  });
}
