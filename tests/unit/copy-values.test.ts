/**
 * How the copier (lib/store/copy-to-postgres.ts) writes SQLite's values for PostgreSQL columns:
 * instants in UTC without an offset (a `timestamp without time zone` would drop the offset and
 * keep the local clock time), 0/1 as booleans, JSON as its text, enums as their names.
 */
import { describe, expect, it } from 'vitest';
import { CopyValueError, toPgTimestamp, valueConverter } from '@/lib/store/copy-values';

const column = (type: string, kind = 'b') => ({ name: 'c', type, kind });

describe('SQLite values for PostgreSQL columns', () => {
  it('writes every SQLite spelling of an instant as UTC without an offset', () => {
    expect(toPgTimestamp('c', '2025-02-14T00:00:00.000+00:00')).toBe('2025-02-14T00:00:00.000');
    expect(toPgTimestamp('c', '2025-02-14T05:00:00.000+05:00')).toBe('2025-02-14T00:00:00.000');
    expect(toPgTimestamp('c', '2025-02-14T19:00:00-05:00')).toBe('2025-02-15T00:00:00.000');
    // SQLite's CURRENT_TIMESTAMP, a bare day, milliseconds since 1970: all UTC.
    expect(toPgTimestamp('c', '2025-06-01 05:05:07')).toBe('2025-06-01T05:05:07.000');
    expect(toPgTimestamp('c', '2025-06-01')).toBe('2025-06-01T00:00:00.000');
    expect(toPgTimestamp('c', 1_748_754_307_123)).toBe('2025-06-01T05:05:07.123');
    expect(toPgTimestamp('c', null)).toBeNull();
  });

  it('refuses what is not an instant, naming the column', () => {
    expect(() => toPgTimestamp('createdAt', 'yesterday')).toThrow(CopyValueError);
    expect(() => toPgTimestamp('createdAt', 'yesterday')).toThrow(/column "createdAt": not a date/);
  });

  it('turns 0/1 into booleans, keeps JSON text and enum names, and refuses blobs', () => {
    const bool = valueConverter(column('boolean'));
    expect([bool(0), bool(1), bool(1n), bool(null)]).toEqual([false, true, true, null]);
    expect(() => bool(2)).toThrow(/not a boolean/);
    expect(valueConverter(column('jsonb'))('{"a":[1,"é"]}')).toBe('{"a":[1,"é"]}');
    expect(valueConverter(column('jsonb'))(null)).toBeNull();
    expect(valueConverter(column('"Role"', 'e'))('editor')).toBe('editor');
    expect(valueConverter(column('integer'))(12n)).toBe('12');
    expect(() => valueConverter(column('text'))(Buffer.from('x'))).toThrow(/binary data/);
  });
});
