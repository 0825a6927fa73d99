import { describe, expect, it } from 'vitest';
import { fillPeriods, nextPeriod, periodStart, weekOf } from '@/lib/stats/calendar';

const point = (month: string, killed = 1) => ({ month, killed });
const empty = (month: string) => point(month, 0);

describe('calendar periods', () => {
  it('puts every month between the first and the last, empty ones at zero', () => {
    const filled = fillPeriods([point('2025-03'), point('2026-03', 4)], { period: 'month', empty });
    expect(filled).toHaveLength(13);
    expect(filled.map((p) => p.month).slice(0, 3)).toEqual(['2025-03', '2025-04', '2025-05']);
    expect(filled.slice(1, 12).every((p) => p.killed === 0)).toBe(true);
    expect(filled.at(-1)).toEqual(point('2026-03', 4));
  });

  it('crosses the year end and steps weeks by seven days', () => {
    expect(nextPeriod('2024-12', 'month')).toBe('2025-01');
    expect(nextPeriod('2024-12-30', 'week')).toBe('2025-01-06');
    const weeks = fillPeriods([point('2025-02-17'), point('2025-03-10')], { period: 'week', empty });
    expect(weeks.map((p) => p.month)).toEqual(['2025-02-17', '2025-02-24', '2025-03-03', '2025-03-10']);
  });

  it('names a week by its Monday', () => {
    expect(weekOf('2025-02-23')).toBe('2025-02-17'); // a Sunday
    expect(weekOf('2025-02-24')).toBe('2025-02-24'); // a Monday
  });

  it('spaces periods by their real length on a time axis', () => {
    const june = periodStart('2024-06');
    const july = periodStart('2024-07');
    const february = periodStart('2025-02');
    expect((february - june) / (july - june)).toBeCloseTo(8, 0);
  });

  it('leaves an absurdly long series as it is', () => {
    const points = [point('0001-01'), point('2025-01')];
    expect(fillPeriods(points, { period: 'month', empty, limit: 100 })).toEqual(points);
  });
});
