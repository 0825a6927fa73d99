import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/lib/forms/form-state';

describe('safeReturnPath', () => {
  it('keeps same-site paths with their query and fragment', () => {
    expect(safeReturnPath('/incidents?type=attack&place=artibonite#top')).toBe(
      '/incidents?type=attack&place=artibonite#top',
    );
    expect(safeReturnPath('/incidents/12/edit')).toBe('/incidents/12/edit');
  });

  it('refuses anything a browser would take to another host', () => {
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/%0A/x\r\nSet-Cookie: a=b',
      'https://evil.example/',
      'javascript:alert(1)',
      'evil.example',
      '',
      undefined,
      42,
    ]) {
      expect(safeReturnPath(bad), JSON.stringify(bad)).not.toMatch(/evil|javascript|Set-Cookie/);
    }
    expect(safeReturnPath('/\t/evil.example')).toBe('/');
  });

  it('refuses paths that become another host once decoded and their dot segments resolved', () => {
    for (const bad of [
      '/.//evil.example',
      '/x/../..//evil.example',
      '/%2e//evil.example',
      '/%2E%2E//evil.example',
      '/%252e//evil.example',
      '/./\\evil.example',
      '/%5C/evil.example',
      '/%2F/evil.example',
      '/%2f%2fevil.example',
      '/x/..%2F/evil.example',
      '/%E0%A4%A', // not decodable
    ]) {
      const result = safeReturnPath(bad);
      expect(result, JSON.stringify(bad)).toBe('/');
    }
  });

  it('keeps harmless dot segments and encoded characters that stay on this site', () => {
    expect(safeReturnPath('/incidents/./12')).toBe('/incidents/12');
    expect(safeReturnPath('/reports/../incidents')).toBe('/incidents');
    expect(safeReturnPath('/incidents?q=%2F%2Fevil')).toBe('/incidents?q=%2F%2Fevil');
    expect(safeReturnPath('/places/Saint-Marc%20Nord')).toBe('/places/Saint-Marc%20Nord');
  });
});
