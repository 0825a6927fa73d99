/**
 * Next's per-request hook (Next 16's name for middleware), used for two things:
 *   - on every page, a fresh nonce and the content security policy that names it (Next reads the
 *     nonce from the request's policy header and puts it on its own scripts); the JSON API has its
 *     own scriptless policy from next.config.ts;
 *   - on pages and the API alike, Strict-Transport-Security when the request came over HTTPS;
 *   - server-action calls (POST with a Next-Action header) that Next would answer 500 (too large,
 *     from another site, garbled) are refused here with a 4xx and a plain sentence the form shows
 *     (lib/http/action-guard.ts).
 * Authorisation is not done here but in lib/auth/access.ts, inside every page, action and route
 * (a proxy is no security boundary).
 */
import { type NextRequest, NextResponse } from 'next/server';
import { OSM_TILE_URL } from './lib/env';
import { refuseServerAction } from './lib/http/action-guard';
import { hstsFor } from './lib/http/hsts';
import { contentSecurityPolicy } from './lib/security/csp';

function pageResponse(request: NextRequest): NextResponse {
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

export async function proxy(request: NextRequest) {
  const refusal = await refuseServerAction(request);
  if (refusal) {
    // Exactly text/plain: only then does Next's client hand the sentence to the form.
    return new NextResponse(refusal.message, {
      status: refusal.status,
      headers: { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' },
    });
  }
  const api = request.nextUrl.pathname === '/api' || request.nextUrl.pathname.startsWith('/api/');
  const response = api ? NextResponse.next() : pageResponse(request);
  const hsts = hstsFor(request);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

export const config = {
  // Pages and the API; not the build's static files, images and the basemap.
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|basemap/).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
