/**
 * Strict-Transport-Security, only on answers to requests that came over HTTPS: directly, or
 * through a TLS proxy that says so in X-Forwarded-Proto. (A browser ignores the header over plain
 * HTTP anyway; sending it there would only mislead.) A year, the HSTS preload minimum.
 */
export const HSTS = 'max-age=31536000; includeSubDomains';

export function hstsFor(request: { url: string; headers: Headers }): string | null {
  // Under `npm start` the server front says which scheme the client used, believing only the
  // proxies TRUST_PROXY names (lib/auth/client-address.ts); a client's own header never counts.
  const stamped = request.headers.get('x-hit-client-proto');
  if (stamped) return stamped === 'https' ? HSTS : null;
  // Without the front (`next dev`): behind a chain of proxies the first value is the client's own scheme.
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  const scheme = forwarded || new URL(request.url).protocol.replace(/:$/, '');
  return scheme === 'https' ? HSTS : null;
}
