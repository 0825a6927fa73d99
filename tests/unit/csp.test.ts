import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, tileOrigin } from '@/lib/security/csp';

describe('content security policy', () => {
  it('lets scripts run only with the nonce, forbids framing and plugins', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc123', tileUrl: 'off' });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("img-src 'self' data: blob:;");
  });

  it('allows the configured tile host for images, subdomain templates included', () => {
    expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileOrigin('https://{s}.tiles.example.org/{z}/{x}/{y}.png')).toBe('https://*.tiles.example.org');
    expect(tileOrigin('off')).toBeNull();
    expect(
      contentSecurityPolicy({ nonce: 'n', tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' }),
    ).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org");
  });

  it('allows eval only for the development server', () => {
    expect(contentSecurityPolicy({ nonce: 'n', dev: true })).toContain("'unsafe-eval'");
  });
});
