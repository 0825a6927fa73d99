import 'server-only';
/**
 * Route handlers' gate. Unlike server actions, route handlers get no origin check from Next, so
 * a mutating request whose Origin is another site is refused here (a browser always sends Origin
 * on a cross-site POST; machine clients send none and must hold a session cookie anyway).
 */
import { apiError } from '../http/api-error';
import { canRead, currentUser } from './access';
import { hasRole, type Role } from './roles';
import type { SessionUser } from './sessions';

/** The host of an Origin header, or null when it is "null" or not a URL (both refused). */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export type RouteAccess = { ok: true; user: SessionUser | null } | { ok: false; response: Response };

export async function authorizeRoute(request: Request, needed: Role | 'reader'): Promise<RouteAccess> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const origin = request.headers.get('origin');
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    if (origin && (!host || originHost(origin) !== host)) {
      return { ok: false, response: apiError(403, 'forbidden', 'Cross-site requests are not accepted.') };
    }
  }
  const user = await currentUser();
  if (needed === 'reader') {
    if (await canRead()) return { ok: true, user };
    return { ok: false, response: apiError(401, 'unauthorized', 'Sign in to read this data.') };
  }
  if (!user) return { ok: false, response: apiError(401, 'unauthorized', 'Sign in to do this.') };
  if (!hasRole(user.role, needed)) {
    return { ok: false, response: apiError(403, 'forbidden', `This needs the ${needed} role.`) };
  }
  // Like server actions: a temporary password to replace or an admin's second factor to set up
  // comes first.
  if (user.requirement) {
    return { ok: false, response: apiError(403, 'forbidden', 'First finish what your account page asks.') };
  }
  return { ok: true, user };
}
