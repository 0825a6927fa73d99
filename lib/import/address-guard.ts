/**
 * The address half of the fetch guard (fetch-page.ts): only public unicast addresses may be
 * connected to, checked inside the connection's own DNS lookup so the address checked is the
 * address connected to.
 */
import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns';
import ipaddr from 'ipaddr.js';

/** Whether an address is public unicast: the only kind a fetch may connect to. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * The connection's DNS lookup, refusing with `refusal(host)` any answer that is not public
 * (unless the host is allowed).
 */
export function guardedLookup(allowed: boolean, refusal: (host: string) => Error) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      if (!allowed && (list.length === 0 || list.some((a) => !isPublicAddress(a.address))))
        return callback(refusal(hostname) as unknown as NodeJS.ErrnoException, []);
      if (options.all) return callback(null, list);
      const first = list[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}
