/** What proxy.ts adds to every answer: HSTS over HTTPS only, the nonce policy on pages only. */

import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { config, proxy } from '@/proxy';

const get = async (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://localhost${path}`, { headers }));

describe('proxy', () => {
  it('runs on pages and on the JSON API, not on static files', () => {
    for (const url of ['/reports', '/incidents/1', '/api/incidents', '/api/nope']) {
      expect(unstable_doesMiddlewareMatch({ config, url }), url).toBe(true);
    }
    expect(unstable_doesMiddlewareMatch({ config, url: '/_next/static/chunks/x.js' })).toBe(false);
  });

  it('sends HSTS when the request came over HTTPS through a TLS proxy, and only then', async () => {
    for (const path of ['/reports', '/api/incidents']) {
      expect(
        (await get(path, { 'x-forwarded-proto': 'https' })).headers.get('strict-transport-security'),
        path,
      ).toMatch(/^max-age=\d{8,}/);
      expect(
        (await get(path, { 'x-forwarded-proto': 'http' })).headers.get('strict-transport-security'),
        path,
      ).toBeNull();
      expect((await get(path)).headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('believes the server front’s scheme over a forwarded header the client may have written', async () => {
    const hsts = async (headers: Record<string, string>) =>
      (await get('/reports', headers)).headers.get('strict-transport-security');
    expect(await hsts({ 'x-hit-client-proto': 'https' })).toMatch(/^max-age=/);
    expect(await hsts({ 'x-hit-client-proto': 'http', 'x-forwarded-proto': 'https' })).toBeNull();
  });

  it('gives pages their nonce policy and leaves the API’s own', async () => {
    expect((await get('/reports')).headers.get('content-security-policy')).toMatch(/nonce-/);
    expect((await get('/api/incidents')).headers.get('content-security-policy')).toBeNull();
  });
});
