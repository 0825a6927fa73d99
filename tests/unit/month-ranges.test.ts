import { describe, expect, it } from 'vitest';
import { carriedIn, lastDayOf, monthRanges } from '@/lib/aggregates/month-partitions';

describe('month ranges', () => {
  it('knows the last day of every kind of month', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2025-02')).toBe('2025-02-28');
    expect(lastDayOf('2025-04')).toBe('2025-04-30');
    expect(lastDayOf('2025-12')).toBe('2025-12-31');
  });

  it('keeps the months the dates reach, narrowing the first and the last to the filters', () => {
    const months = ['2024-12', '2025-01', '2025-02', '2025-03'];
    expect(
      monthRanges(months, { from: '2025-01-20', to: '2025-02-10', type: ['gunfire'] }).map((r) => r.filters),
    ).toEqual([
      // Each month holds the incidents that start in it.
      {
        from: '2025-01-20',
        to: '2025-01-31',
        type: ['gunfire'],
        startsFrom: '2025-01-01',
        startsTo: '2025-01-31',
      },
      {
        from: '2025-02-01',
        to: '2025-02-10',
        type: ['gunfire'],
        startsFrom: '2025-02-01',
        startsTo: '2025-02-28',
      },
    ]);
    expect(monthRanges(months, {}).map((r) => `${r.filters.from}..${r.filters.to}`)).toEqual([
      '2024-12-01..2024-12-31',
      '2025-01-01..2025-01-31',
      '2025-02-01..2025-02-28',
      '2025-03-01..2025-03-31',
    ]);
    expect(monthRanges(months, { from: '2025-04-01' })).toEqual([]);
  });

  it('adds the incidents that start before a range and run into it, when the range has a start', () => {
    expect(carriedIn({ from: '2025-01-20', to: '2025-02-10' })).toMatchObject({
      whole: false,
      filters: { from: '2025-01-20', to: '2025-02-10', startsBefore: '2025-01-01' },
    });
    expect(carriedIn({ to: '2025-02-10' })).toBeNull();
  });
});
