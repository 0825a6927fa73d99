'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { type FormState, formValues, safeReturnPath } from '../forms/form-state';
import { recordSecurityEvent } from '../security-log/record';
import { appSql } from '../store/app-sql';
import { clientAddress, clientUserAgent, currentUser, pendingUser, sessionToken } from './access';
import { signInSchema } from './schema';
import { codeFailureMessage, completeSecondFactor } from './second-factor';
import { sessionSecret } from './secret';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { endSession } from './sessions';
import { SIGN_IN_FAILED, signIn } from './sign-in';

export type SignInState = FormState<{ email: string }>;

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const values = formValues(formData);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) {
    return { errors: z.flattenError(parsed.error).fieldErrors, values: { email: values.email ?? '' } };
  }
  const result = await signIn(await appSql(), {
    ...parsed.data,
    address: await clientAddress(),
    userAgent: await clientUserAgent(),
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
  // A session the browser already had ends here: one browser, one live session.
  const previous = await sessionToken();
  if (previous) await endSession(await appSql(), { secret: sessionSecret(), token: previous });
  await setSessionCookie(result.token, result.expiresAt);
  const next = safeReturnPath(values.next);
  if (result.pendingTotp) redirect(`/login/two-factor?next=${encodeURIComponent(next)}`);
  redirect(next);
}

/**
 * The second step of signing in: only a session waiting for its code (the password checked) gets
 * here; anyone else is sent back to sign in.
 */
export async function secondFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await completeSecondFactor(await appSql(), {
    token: await sessionToken(),
    code: (values.code ?? '').trim().slice(0, 40),
    secret: sessionSecret(),
    address: await clientAddress(),
    userAgent: await clientUserAgent(),
  });
  if (!result.ok) {
    if (result.reason === 'expired') {
      return {
        denied: 'unauthenticated',
        message: 'Your sign-in has expired. Sign in again with your password.',
      };
    }
    return { errors: { code: [codeFailureMessage(result)] } };
  }
  await setSessionCookie(result.token, result.expiresAt);
  redirect(safeReturnPath(values.next));
}

export async function signOutAction(): Promise<void> {
  const token = await sessionToken();
  if (token) {
    const user = (await currentUser()) ?? (await pendingUser());
    const sql = await appSql();
    await endSession(sql, { secret: sessionSecret(), token });
    if (user) {
      await recordSecurityEvent(sql, {
        kind: 'sign_out',
        outcome: 'success',
        userId: user.id,
        address: await clientAddress(),
        userAgent: await clientUserAgent(),
      });
    }
  }
  await clearSessionCookie();
  redirect('/');
}
