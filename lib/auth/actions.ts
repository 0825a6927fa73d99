'use server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { type FormState, formValues, safeReturnPath } from '../forms/form-state';
import { appConnection } from '../store/app-connection';
import { clientAddress, requestIsHttps } from './access';
import { signInSchema } from './schema';
import { sessionSecret } from './secret';
import { endSession, SESSION_COOKIE } from './sessions';
import { SIGN_IN_FAILED, signIn } from './sign-in';

export type SignInState = FormState<{ email: string }>;

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const values = formValues(formData);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) {
    return { errors: z.flattenError(parsed.error).fieldErrors, values: { email: values.email ?? '' } };
  }
  const result = await signIn(appConnection(), {
    ...parsed.data,
    address: await clientAddress(),
    secret: sessionSecret(),
  });
  if (!result.ok) {
    const minutes = result.reason === 'throttled' ? Math.ceil(result.retryAfterSeconds / 60) : 0;
    return {
      message:
        result.reason === 'throttled'
          ? `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
          : SIGN_IN_FAILED,
      values: { email: parsed.data.email },
    };
  }
  const jar = await cookies();
  // A session the browser already had ends here: one browser, one live session.
  const previous = jar.get(SESSION_COOKIE)?.value;
  if (previous) endSession(appConnection(), { secret: sessionSecret(), token: previous });
  jar.set(SESSION_COOKIE, result.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: await requestIsHttps(),
    path: '/',
    expires: result.expiresAt,
  });
  redirect(safeReturnPath(values.next));
}

export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) endSession(appConnection(), { secret: sessionSecret(), token });
  jar.delete(SESSION_COOKIE);
  redirect('/');
}
