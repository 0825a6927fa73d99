import { describe, expect, it } from 'vitest';
import { filtersToQuery, parseFilters } from '@/lib/incidents/filters';

describe('"confirmed only" in the shared filters', () => {
  it('is read from the URL and written back to it, so every link of a view keeps it', () => {
    const { filters, errors } = parseFilters({ place: 'ouest', confirmed: '1' });
    expect(errors).toEqual({});
    expect(filters).toEqual({ place: 'ouest', confirmed: true });
    expect(filtersToQuery(filters)).toBe('?place=ouest&confirmed=1');
  });

  it('is off for 0 and absent, and a bad value is named', () => {
    expect(parseFilters({ confirmed: '0' }).filters).toEqual({});
    expect(filtersToQuery(parseFilters({ confirmed: '0' }).filters)).toBe('');
    expect(parseFilters({ confirmed: 'yes' }).errors.confirmed).toEqual(['must be 0 or 1']);
  });
});
