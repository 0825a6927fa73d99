import 'server-only';
/**
 * The one place that decides who is asking. Every server action, every route handler and every
 * page calls one of these on the server: a page hiding a button protects nothing, since each
 * server action is a public POST endpoint.
 */
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { settings } from '../env';
import { appConnection } from '../store/app-connection';
import { hasRole, type Role } from './roles';
import { sessionSecret } from './secret';
import { resolveSession, SESSION_COOKIE, type SessionUser } from './sessions';

export class AccessDeniedError extends Error {
  constructor(
    readonly reason: 'unauthenticated' | 'forbidden',
    readonly needed: Role,
  ) {
    super(reason === 'unauthenticated' ? 'Sign in to do this.' : `This needs the ${needed} role.`);
    this.name = 'AccessDeniedError';
  }
}

/** The signed-in user, or null. Resolved once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return resolveSession(appConnection(), { secret: sessionSecret(), token });
});

/** For server actions: the user when they hold `role`, else AccessDeniedError. */
export async function requireRole(role: Role): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AccessDeniedError('unauthenticated', role);
  if (!hasRole(user.role, role)) throw new AccessDeniedError('forbidden', role);
  return user;
}

/** Reading is open to everyone when PUBLIC_READ is on, otherwise to signed-in users. */
export async function canRead(): Promise<boolean> {
  return settings().PUBLIC_READ || (await currentUser()) !== null;
}

/** For pages: send visitors who may not see the page to the sign-in page, and back afterwards. */
export async function requirePageRole(role: Role | 'reader', returnTo: string): Promise<SessionUser | null> {
  const user = await currentUser();
  if (role === 'reader' && (settings().PUBLIC_READ || user)) return user;
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  if (role !== 'reader' && !hasRole(user.role, role)) redirect(`/forbidden?needed=${role}`);
  return user;
}

/** The client's address as the nearest proxy saw it, for rate limiting. */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  // The last hop is the one added by the server in front of us (Next itself, or a proxy);
  // earlier ones are whatever the client claimed.
  return h.get('x-forwarded-for')?.split(',').at(-1)?.trim() || 'local';
}

/** Cookies are Secure whenever the request came over HTTPS (directly or through a proxy). */
export async function requestIsHttps(): Promise<boolean> {
  const h = await headers();
  return h.get('x-forwarded-proto') === 'https' || (h.get('origin') ?? '').startsWith('https:');
}
