/**
 * The server front's stamp on real sockets: what the app is told about the client (address and
 * scheme) comes from the connection and the hops TRUST_PROXY trusts, never from headers a client
 * wrote itself, whether X-Forwarded-For or a forged copy of the private header.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTrustProxy, stampClientOrigin, type TrustProxy } from '@/lib/auth/client-address';

const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

/** A server that stamps each request as `npm start` does and answers with what the app would see. */
async function front(trust: TrustProxy): Promise<number> {
  const server = createServer((req, res) => {
    stampClientOrigin(req, trust);
    res.end(
      JSON.stringify({
        address: req.headers['x-hit-client-address'],
        proto: req.headers['x-hit-client-proto'],
      }),
    );
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function ask(port: number, headers: Record<string, string>): Promise<{ address: string; proto: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/', headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve(JSON.parse(body)));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('server front', () => {
  it('without TRUST_PROXY, 30 rotating X-Forwarded-For values all come from the socket address', async () => {
    const port = await front(parseTrustProxy(undefined) as TrustProxy);
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const answer = await ask(port, {
        'x-forwarded-for': `198.51.100.${i}`,
        'x-forwarded-proto': 'https',
        'X-Hit-Client-Address': `203.0.113.${i}`,
        'x-hit-client-proto': 'https',
      });
      seen.add(answer.address);
      expect(answer.proto).toBe('http');
    }
    expect([...seen]).toEqual(['127.0.0.1']);
  });

  it('behind a trusted proxy, takes the address the proxy appended', async () => {
    const port = await front(parseTrustProxy('loopback') as TrustProxy);
    expect(
      await ask(port, { 'x-forwarded-for': '6.6.6.6, 198.51.100.4', 'x-forwarded-proto': 'https' }),
    ).toEqual({
      address: '198.51.100.4',
      proto: 'https',
    });
  });
});
