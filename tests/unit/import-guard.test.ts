import { describe, expect, it } from 'vitest';
import { isPublicAddress } from '@/lib/import/address-guard';
import { dayOf } from '@/lib/import/extract-article';

describe('the link import guard', () => {
  it('lets only public unicast addresses through', () => {
    for (const address of ['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '2001:4860:4860::8888'])
      expect(isPublicAddress(address), address).toBe(true);
    for (const address of [
      '127.0.0.1', // loopback
      '127.8.9.10',
      '10.1.2.3', // private
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254', // link-local: the cloud's metadata service
      '100.64.0.1', // carrier-grade NAT
      '0.0.0.0',
      '255.255.255.255',
      '224.0.0.1', // multicast
      '::1',
      '::',
      'fe80::1',
      'fc00::1', // unique local
      'fd12:3456::1',
      '::ffff:127.0.0.1', // IPv4-mapped loopback
      '::ffff:10.0.0.1',
      '2002:7f00:1::', // 6to4 wrapping 127.0.0.1
      'not an address',
    ])
      expect(isPublicAddress(address), address).toBe(false);
  });

  it('takes the day a page states, in its own time zone', () => {
    expect(dayOf('2025-03-05T21:40:00-05:00')).toBe('2025-03-05');
    expect(dayOf('2025-03-05')).toBe('2025-03-05');
    expect(dayOf('March 5, 2025 12:00 UTC')).toBe('2025-03-05');
    expect(dayOf('')).toBe('');
    expect(dayOf('yesterday')).toBe('');
    expect(dayOf(undefined)).toBe('');
  });
});
