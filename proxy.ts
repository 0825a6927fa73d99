/**
 * Next's per-request hook (Next 16's name for middleware), used for one thing: a fresh nonce and
 * the content security policy that names it, on every page. Next reads the nonce from the request's
 * policy header and puts it on its own scripts. Authorisation is not done here but in
 * lib/auth/access.ts, inside every page, action and route (a proxy is no security boundary).
 */
import { type NextRequest, NextResponse } from 'next/server';
import { OSM_TILE_URL } from './lib/env';
import { contentSecurityPolicy } from './lib/security/csp';

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy({
    nonce,
    tileUrl: process.env.MAP_TILE_URL || OSM_TILE_URL,
    dev: process.env.NODE_ENV === 'development',
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: static files, images and the JSON API need no policy of their own.
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico|basemap/).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
