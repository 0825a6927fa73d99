/**
 * The content security policy. Scripts run only with this response's nonce (Next puts it on its
 * own scripts), so markup planted in a report could not run even if it ever reached the page
 * unescaped. Styles allow inline attributes: React, Leaflet and Recharts position things with
 * them, and a style cannot run code. Images allow the map's tile host, and nothing else leaves.
 */
export function tileOrigin(tileUrl: string | undefined): string | null {
  if (!tileUrl || tileUrl === 'off') return null;
  const match = /^(https?):\/\/([^/]+)/.exec(tileUrl);
  if (!match) return null;
  // "{s}.tile.example.org" stands for several subdomains.
  return `${match[1]}://${match[2]?.replace(/\{s\}/g, '*')}`;
}

export function contentSecurityPolicy(options: { nonce: string; tileUrl?: string; dev?: boolean }): string {
  const tiles = tileOrigin(options.tileUrl);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      `'nonce-${options.nonce}'`,
      "'strict-dynamic'",
      ...(options.dev ? ["'unsafe-eval'"] : []),
    ],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...(tiles ? [tiles] : [])],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(options.dev ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
