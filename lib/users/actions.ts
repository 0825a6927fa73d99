'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { clientAddress, clientUserAgent } from '../auth/access';
import { withRole } from '../auth/guard';
import { ROLES } from '../auth/roles';
import { userSchema } from '../auth/schema';
import { type FormState, formValues } from '../forms/form-state';
import { appSql } from '../store/app-sql';
import {
  createUser,
  endSessionsOf,
  LastAdminError,
  UserExistsError,
  UserNotFoundError,
  updateUserAccess,
} from './mutations';
import { resetPassword } from './password-mutations';
import { resetTotp } from './totp-mutations';

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const shown = { email: values.email ?? '', name: values.name ?? '', role: values.role ?? '' };
  return withRole('admin', shown, async (admin) => {
    const parsed = userSchema.safeParse(values);
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: shown };
    try {
      await createUser(await appSql(), {
        input: parsed.data,
        actorId: admin.id,
        context: await requestContext(),
      });
    } catch (error) {
      if (error instanceof UserExistsError) return { errors: { email: [error.message] }, values: shown };
      throw error;
    }
    revalidatePath('/admin/users');
    return { ok: true, message: `Created ${parsed.data.role} ${parsed.data.email}.` };
  });
}

async function requestContext() {
  return { address: await clientAddress(), userAgent: await clientUserAgent() };
}

const accessSchema = z.object({
  userId: z.coerce.number().int().positive(),
  change: z.enum(['role', 'disable', 'enable', 'end_sessions', 'reset_password', 'reset_totp']),
  role: z.enum(ROLES).optional(),
});

export async function changeUserAccessAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withRole('admin', {}, async (admin) => {
    const parsed = accessSchema.safeParse(values);
    if (!parsed.success)
      return { message: 'That change is not valid.', errors: z.flattenError(parsed.error).fieldErrors };
    const { userId, change, role } = parsed.data;
    const sql = await appSql();
    const context = await requestContext();
    try {
      if (change === 'reset_password') {
        const temporary = await resetPassword(sql, { userId, actorId: admin.id, context });
        revalidatePath('/admin/users');
        return {
          ok: true,
          message: `Temporary password: ${temporary} — hand it over privately; it must be replaced at the next sign-in. Their sessions have ended.`,
        };
      }
      if (change === 'reset_totp') {
        await resetTotp(sql, { userId, actorId: admin.id, context });
        revalidatePath('/admin/users');
        return {
          ok: true,
          message:
            'Two-factor sign-in was reset and their sessions have ended. They can sign in with the password alone (an admin is asked to set it up again at once).',
        };
      }
      if (change === 'end_sessions') {
        const ended = await endSessionsOf(sql, { userId, actorId: admin.id, context });
        revalidatePath('/admin/users');
        return { ok: true, message: `Ended ${ended} session${ended === 1 ? '' : 's'}.` };
      }
      if (change === 'role' && !role) return { message: 'Choose a role.' };
      await updateUserAccess(sql, {
        userId,
        actorId: admin.id,
        context,
        ...(change === 'role' ? { role } : { disabled: change === 'disable' }),
      });
    } catch (error) {
      if (error instanceof LastAdminError || error instanceof UserNotFoundError)
        return { message: error.message };
      throw error;
    }
    revalidatePath('/admin/users');
    return { ok: true, message: 'Saved.' };
  });
}
