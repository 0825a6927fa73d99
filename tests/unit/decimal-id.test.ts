import { describe, expect, it } from 'vitest';
import { parseDecimalId } from '@/lib/http/decimal-id';

describe('parseDecimalId', () => {
  it('reads plain decimal digits', () => {
    expect(parseDecimalId('1')).toBe(1);
    expect(parseDecimalId('12')).toBe(12);
    expect(parseDecimalId('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses every other way of writing a number', () => {
    for (const raw of [
      '1e1',
      '0x10',
      '0b1',
      '0o7',
      '+5',
      '-1',
      ' 7',
      '7 ',
      '010',
      '0',
      '1.0',
      '1_000',
      '',
      '٣',
    ]) {
      expect(parseDecimalId(raw), raw).toBeNull();
    }
    expect(parseDecimalId('9007199254740993')).toBeNull();
    expect(parseDecimalId(undefined)).toBeNull();
  });
});
