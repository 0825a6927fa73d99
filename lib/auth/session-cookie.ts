import 'server-only';
/** Setting and clearing the session cookie, under the name and flags the request's scheme needs. */
import { cookies } from 'next/headers';
import { requestIsHttps, sessionCookieName } from './access';

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(await sessionCookieName(), token, {
    httpOnly: true,
    sameSite: 'lax',
    // `__Host-` cookies must be Secure with Path=/ and no Domain; plain http keeps them usable locally.
    secure: await requestIsHttps(),
    path: '/',
    expires: expiresAt,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(await sessionCookieName());
}
