'use server';
/** A signed-in user's own account: password and sessions. */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clientAddress, clientUserAgent } from '../auth/access';
import { withRole } from '../auth/guard';
import { changePasswordSchema } from '../auth/schema';
import { clearSessionCookie } from '../auth/session-cookie';
import { type FormState, formValues, safeReturnPath } from '../forms/form-state';
import { appSql } from '../store/app-sql';
import { changeOwnPassword, WrongPasswordError } from './password-mutations';
import { endOwnSessions } from './session-mutations';

async function requestContext() {
  return { address: await clientAddress(), userAgent: await clientUserAgent() };
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await withRole(
    'viewer',
    {},
    async (user): Promise<FormState | { done: string }> => {
      const parsed = changePasswordSchema.safeParse(values);
      if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
      try {
        await changeOwnPassword(await appSql(), {
          userId: user.id,
          current: parsed.data.current,
          password: parsed.data.password,
          keepSessionId: user.sessionId,
          context: await requestContext(),
        });
      } catch (error) {
        if (error instanceof WrongPasswordError) return { errors: { current: [error.message] } };
        throw error;
      }
      return { done: safeReturnPath(values.next, '/account?changed=password') };
    },
    // The one thing a user with a temporary password may do.
    { allowDuringRequirement: true },
  );
  if ('done' in result) redirect(result.done);
  return result;
}

const endSchema = z.object({
  which: z.union([z.enum(['others', 'all']), z.string().regex(/^[A-Za-z0-9_-]{12}$/)]),
});

export async function endOwnSessionsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await withRole('viewer', {}, async (user): Promise<FormState> => {
    const parsed = endSchema.safeParse(values);
    if (!parsed.success) return { message: 'Choose which sessions to end.' };
    const { which } = parsed.data;
    const ended = await endOwnSessions(await appSql(), {
      userId: user.id,
      currentSessionId: user.sessionId,
      which: which === 'others' || which === 'all' ? which : { handle: which },
      context: await requestContext(),
    });
    revalidatePath('/account');
    return { ok: true, message: `Ended ${ended} session${ended === 1 ? '' : 's'}.`, values: { which } };
  });
  if (result.ok && result.values?.which === 'all') {
    await clearSessionCookie();
    redirect('/login');
  }
  return result;
}
