/**
 * Addresses a saved search's feed gives out: its own address, its entries' pages, and ids that
 * never change. The app has no setting for its public address, so it is the one the request came
 * to (the Host, or the host a reverse proxy forwards), as the CSV export's links are. Pure.
 */

/** Where the request reached the app: "https://tracker.example.org", "http://localhost:3000". */
export function publicOrigin(headers: Headers, fallback: string): string {
  const host = (headers.get('x-forwarded-host') ?? headers.get('host') ?? '').split(',')[0]?.trim() ?? '';
  // The scheme the server front found (TRUST_PROXY decides whom it believes), else the proxy's word.
  const proto = headers.get('x-hit-client-proto') ?? headers.get('x-forwarded-proto') ?? '';
  const fallbackUrl = new URL(fallback);
  const validHost = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(host) ? host : fallbackUrl.host;
  const scheme = proto ? (proto === 'https' ? 'https' : 'http') : fallbackUrl.protocol.slice(0, -1);
  return `${scheme}://${validHost}`;
}

export const feedPath = (token: string) => `/api/searches/${token}/atom`;

/**
 * A tag: URI (RFC 4151) on the app's host name: the feed's and each entry's id, the same on every
 * request, so a reader knows an entry it has already shown. An incident's entry has the same id
 * in every saved search's feed (it is the same incident).
 */
export function tagUri(origin: string, specific: string): string {
  return `tag:${new URL(origin).hostname},2026:${specific}`;
}
