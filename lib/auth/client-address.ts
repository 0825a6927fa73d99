/**
 * Who is on the other end of a request, for throttling and the security log. Pure: the server
 * front (lib/cli/next-server.ts) runs it on every request and hands the answer to the app in
 * private headers, after removing any copy a client sent; the app never reads X-Forwarded-For.
 *
 * TRUST_PROXY says which hops in front of the app may be believed:
 * - unset / "false" / "0": nobody. The address is the socket's peer; X-Forwarded-* are ignored.
 * - a number N: N proxies stand in front (as Express's "trust proxy"): the client is the N-th
 *   address counting back from the socket through X-Forwarded-For.
 * - a list of addresses ("127.0.0.1,::1", or "loopback"): hops from these addresses are proxies;
 *   the client is the first address, counting back from the socket, that is not one of them.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { TLSSocket } from 'node:tls';

export const CLIENT_ADDRESS_HEADER = 'x-hit-client-address';
export const CLIENT_PROTO_HEADER = 'x-hit-client-proto';
export const UNKNOWN_ADDRESS = 'unknown';

export type TrustProxy = { hops: number } | { addresses: string[] };

const LOOPBACK = ['127.0.0.1', '::1'];

/** The TRUST_PROXY setting, or an error message naming what is wrong. */
export function parseTrustProxy(value: string | undefined): TrustProxy | string {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || text === 'false') return { hops: 0 };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? { hops } : 'must be a number of proxies from 0 to 10';
  }
  const addresses = text
    .split(',')
    .map((a) => a.trim())
    .flatMap((a) => (a === 'loopback' ? LOOPBACK : [normalizeAddress(a)]));
  const bad = addresses.find((a) => isIP(a) === 0);
  return bad === undefined
    ? { addresses }
    : `must be "false", a number of proxies, or a comma-separated list of IP addresses (not ${JSON.stringify(bad)})`;
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, '$1');
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

function headerList(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '');
  return joined
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** How many hops, counting back from the socket, are trusted proxies. */
function trustedHops(chain: string[], trust: TrustProxy): number {
  if ('hops' in trust) return Math.min(trust.hops, chain.length - 1);
  let hops = 0;
  while (hops < chain.length - 1 && trust.addresses.includes(chain[hops] ?? '')) hops++;
  return hops;
}

export interface RequestOrigin {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  forwardedProto: string | string[] | undefined;
  /** Whether the socket itself is TLS (it is not, behind `npm start`; kept for completeness). */
  encrypted: boolean;
}

/** The client's address and scheme as far as the trusted hops allow us to know. */
export function clientOrigin(request: RequestOrigin, trust: TrustProxy): { address: string; https: boolean } {
  const socket = normalizeAddress(request.socketAddress ?? '') || UNKNOWN_ADDRESS;
  const chain = [socket, ...headerList(request.forwardedFor).reverse().map(normalizeAddress)];
  const hops = trustedHops(chain, trust);
  const address = chain[hops] ?? socket;
  // The scheme is the nearest trusted proxy's word for it, and only a trusted proxy's.
  const proto = hops > 0 ? headerList(request.forwardedProto).at(-1)?.toLowerCase() : undefined;
  return {
    address: isIP(address) ? address : UNKNOWN_ADDRESS,
    https: request.encrypted || proto === 'https',
  };
}

/** Replaces whatever the client said about itself with what the socket and trusted hops say. */
export function stampClientOrigin(request: IncomingMessage, trust: TrustProxy): void {
  delete request.headers[CLIENT_ADDRESS_HEADER];
  delete request.headers[CLIENT_PROTO_HEADER];
  const origin = clientOrigin(
    {
      socketAddress: request.socket.remoteAddress,
      forwardedFor: request.headers['x-forwarded-for'],
      forwardedProto: request.headers['x-forwarded-proto'],
      encrypted: Boolean((request.socket as TLSSocket).encrypted),
    },
    trust,
  );
  request.headers[CLIENT_ADDRESS_HEADER] = origin.address;
  request.headers[CLIENT_PROTO_HEADER] = origin.https ? 'https' : 'http';
}
