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
import { appSql } from '../store/app-sql';
import { CLIENT_ADDRESS_HEADER, CLIENT_PROTO_HEADER, UNKNOWN_ADDRESS } from './client-address';
import { hasRole, type Role } from './roles';
import { sessionSecret } from './secret';
import {
  resolvePendingSession,
  resolveSession,
  SESSION_COOKIE,
  SESSION_COOKIE_SECURE,
  type SessionRequirement,
  type SessionUser,
} from './sessions';

export class AccessDeniedError extends Error {
  constructor(
    readonly reason: 'unauthenticated' | 'forbidden' | 'requirement',
    readonly needed: Role,
    readonly requirement: SessionRequirement = null,
  ) {
    super(
      reason === 'unauthenticated'
        ? 'Sign in to do this.'
        : reason === 'requirement'
          ? requirement === 'enrol_totp'
            ? 'First set up two-factor sign-in (see your account page): admins need it.'
            : 'First replace your temporary password (see your account page).'
          : `This needs the ${needed} role.`,
    );
    this.name = 'AccessDeniedError';
  }
}

/**
 * The session cookie's name: `__Host-hit_session` over HTTPS (the browser then insists on Secure,
 * Path=/ and no Domain, so a sibling subdomain cannot plant one), `hit_session` over plain http
 * (localhost, tests), where browsers refuse `__Host-` cookies.
 */
export async function sessionCookieName(): Promise<string> {
  return (await requestIsHttps()) ? SESSION_COOKIE_SECURE : SESSION_COOKIE;
}

/** The session cookie's token for this request, under the name this scheme uses. */
export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(await sessionCookieName())?.value;
}

/** The signed-in user, or null. Resolved once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // The cookie first: while the build prerenders a page, reading it marks the page as rendered per
  // request, before the store is opened (a build machine need not reach the store).
  const token = await sessionToken();
  return resolveSession(await appSql(), { secret: sessionSecret(), token });
});

/** The user who passed the password step and owes a second factor, or null. */
export const pendingUser = cache(async (): Promise<SessionUser | null> => {
  const token = await sessionToken();
  return resolvePendingSession(await appSql(), { secret: sessionSecret(), token });
});

/**
 * For server actions: the user when they hold `role`, else AccessDeniedError. A user who must
 * first change a temporary password or turn on two-factor sign-in may do only that
 * (`allowDuringRequirement`, set by the account actions that fulfil it).
 */
export async function requireRole(
  role: Role,
  options: { allowDuringRequirement?: boolean } = {},
): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AccessDeniedError('unauthenticated', role);
  if (!hasRole(user.role, role)) throw new AccessDeniedError('forbidden', role);
  if (user.requirement && !options.allowDuringRequirement)
    throw new AccessDeniedError('requirement', role, user.requirement);
  return user;
}

/** Where a user with an open requirement must go first. */
export const REQUIREMENT_PAGES = {
  change_password: '/account/password',
  enrol_totp: '/account/two-factor',
} as const;

/** Reading is open to everyone when PUBLIC_READ is on, otherwise to signed-in users. */
export async function canRead(): Promise<boolean> {
  return settings().PUBLIC_READ || (await currentUser()) !== null;
}

/**
 * For pages: send visitors who may not see the page to the sign-in page, and back afterwards; a
 * user with an open requirement (temporary password, admin without two-factor sign-in) goes to the
 * account page that fulfils it first.
 */
export async function requirePageRole(role: Role | 'reader', returnTo: string): Promise<SessionUser | null> {
  const user = await currentUser();
  if (user?.requirement && !returnTo.startsWith('/account')) {
    redirect(`${REQUIREMENT_PAGES[user.requirement]}?next=${encodeURIComponent(returnTo)}`);
  }
  if (role === 'reader' && (settings().PUBLIC_READ || user)) return user;
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  if (role !== 'reader' && !hasRole(user.role, role)) redirect(`/forbidden?needed=${role}`);
  return user;
}

/**
 * The client's address, as the server front (lib/cli/next-server.ts) found it from the socket and
 * the proxies TRUST_PROXY trusts. Never X-Forwarded-For itself, which any client can write.
 * "unknown" when the app runs without that front (next dev).
 */
export async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || UNKNOWN_ADDRESS;
}

export async function clientUserAgent(): Promise<string> {
  return ((await headers()).get('user-agent') ?? '').slice(0, 300);
}

/** Whether the request came over HTTPS (to us, or to a proxy TRUST_PROXY trusts). */
export async function requestIsHttps(): Promise<boolean> {
  return (await headers()).get(CLIENT_PROTO_HEADER) === 'https';
}
