'use server';
/** The feeds page's actions: admins only; each change audited as the admin (feed-store.ts). */
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { withRole } from '../auth/guard';
import { settings } from '../env';
import { type FormState, formValues } from '../forms/form-state';
import { appSql } from '../store/app-sql';
import { addFeed, deleteFeed, setFeedActive } from './feed-mutations';
import { pollFeed, pollOptionsFrom } from './poll';
import { describePoll } from './poller-timer';
import { feedInputSchema } from './schema';

const PAGE = '/admin/feeds';

export async function addFeedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const shown = {
    url: values.url ?? '',
    name: values.name ?? '',
    language: values.language ?? '',
    keywords: values.keywords ?? '',
  };
  return withRole('admin', shown, async (admin) => {
    const parsed = feedInputSchema.safeParse(values);
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: shown };
    const added = await addFeed(await appSql(), parsed.data, admin.id);
    if (!added.ok) return { errors: { [added.field]: [added.message] }, values: shown };
    revalidatePath(PAGE);
    return {
      ok: true,
      message: `Added “${parsed.data.name}”. It is read within a minute when the server polls, or now with “Fetch now”.`,
    };
  });
}

const changeSchema = z.object({
  feedId: z.coerce.number().int().positive(),
  change: z.enum(['fetch', 'pause', 'resume', 'delete']),
});

export async function changeFeedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return withRole('admin', {}, async (admin) => {
    const parsed = changeSchema.safeParse(formValues(formData));
    if (!parsed.success) return { message: 'That change is not valid.' };
    const { feedId, change } = parsed.data;
    const sql = await appSql();
    const gone: FormState = {
      message: 'This feed no longer exists (another admin removed it?). Reload the page.',
    };
    let state: FormState;
    if (change === 'fetch') {
      const result = await pollFeed(sql, feedId, {
        ...pollOptionsFrom(settings()),
        force: true,
      });
      if (result.status === 'missing') return gone;
      state = { ok: result.status !== 'failed', message: describePoll(result) };
    } else if (change === 'delete') {
      if (!(await deleteFeed(sql, feedId, admin.id))) return gone;
      state = { ok: true, message: 'The feed was removed; the reports it brought in stay.' };
    } else {
      if (!(await setFeedActive(sql, feedId, change === 'resume', admin.id))) return gone;
      state = {
        ok: true,
        message: change === 'pause' ? 'Paused: it is not read until resumed.' : 'Resumed.',
      };
    }
    revalidatePath(PAGE);
    revalidatePath('/inbox');
    return state;
  });
}
