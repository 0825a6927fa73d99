import { describe, expect, it } from 'vitest';
import { clientOrigin, parseTrustProxy, type TrustProxy } from '@/lib/auth/client-address';

const origin = (trust: TrustProxy, socketAddress: string, forwardedFor?: string, forwardedProto?: string) =>
  clientOrigin({ socketAddress, forwardedFor, forwardedProto, encrypted: false }, trust);

describe('client address', () => {
  it('without TRUST_PROXY, is the socket peer whatever X-Forwarded-For and -Proto claim', () => {
    const none = parseTrustProxy(undefined) as TrustProxy;
    for (let i = 0; i < 30; i++) {
      expect(origin(none, '203.0.113.7', `10.0.0.${i}`, 'https')).toEqual({
        address: '203.0.113.7',
        https: false,
      });
    }
    expect(origin(none, '::ffff:203.0.113.7').address).toBe('203.0.113.7');
    expect(parseTrustProxy('false')).toEqual({ hops: 0 });
  });

  it('with N trusted hops, is the N-th address back from the socket', () => {
    const one = parseTrustProxy('1') as TrustProxy;
    // nginx appends the peer it saw ($proxy_add_x_forwarded_for): anything before it is the client's claim.
    expect(origin(one, '127.0.0.1', '6.6.6.6, 198.51.100.4', 'https')).toEqual({
      address: '198.51.100.4',
      https: true,
    });
    const two = parseTrustProxy('2') as TrustProxy;
    expect(origin(two, '10.0.0.2', '6.6.6.6, 198.51.100.4, 10.0.0.1').address).toBe('198.51.100.4');
    // A hop count longer than the chain stops at its first entry; a junk entry is no address.
    expect(origin(two, '10.0.0.2', '198.51.100.4').address).toBe('198.51.100.4');
    expect(origin(one, '127.0.0.1', 'not-an-ip').address).toBe('unknown');
  });

  it('with trusted proxy addresses, skips only those hops', () => {
    const loopback = parseTrustProxy('loopback') as TrustProxy;
    expect(origin(loopback, '127.0.0.1', '6.6.6.6, 198.51.100.4', 'https')).toEqual({
      address: '198.51.100.4',
      https: true,
    });
    // A request straight from the internet is not from the proxy: its headers count for nothing.
    expect(origin(loopback, '198.51.100.9', '127.0.0.1', 'https')).toEqual({
      address: '198.51.100.9',
      https: false,
    });
    const list = parseTrustProxy('10.0.0.1, 10.0.0.2') as TrustProxy;
    expect(origin(list, '10.0.0.2', '198.51.100.4, 10.0.0.1').address).toBe('198.51.100.4');
  });

  it('refuses a TRUST_PROXY it cannot read', () => {
    expect(parseTrustProxy('yes please')).toMatch(/must be/);
    expect(parseTrustProxy('11')).toMatch(/0 to 10/);
    expect(parseTrustProxy('10.0.0.0/8')).toMatch(/must be/);
  });
});
