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
});
