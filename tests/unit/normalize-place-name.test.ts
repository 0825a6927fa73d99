import { describe, expect, it } from 'vitest';
import { normalizePlaceName } from '@/lib/locations/normalize';

describe('normalizePlaceName', () => {
  it('ignores accents, case and hyphens', () => {
    const forms = ['Pont-Sondé', 'Pont Sondé', 'Pont-Sonde', 'PONT  SONDE', 'pont–sondé'];
    expect(new Set(forms.map(normalizePlaceName))).toEqual(new Set(['pont sonde']));
  });

  it('treats apostrophes as separators', () => {
    expect(normalizePlaceName("Petite-Rivière-de-l'Artibonite")).toBe('petite riviere de l artibonite');
    expect(normalizePlaceName('Grand’Anse')).toBe('grand anse');
  });

  it('keeps joined spellings distinct (they are aliases, not equal forms)', () => {
    expect(normalizePlaceName('Petionville')).not.toBe(normalizePlaceName('Pétion-Ville'));
  });
});
