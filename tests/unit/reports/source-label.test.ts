/** What heads each source's column of claims: its outlet, told apart when two share one. */
import { describe, expect, it } from 'vitest';
import { sourceLabels } from '@/lib/reports/source-label';

const source = (reportId: number, outlet: string | null, publishedAt: string | null, title = 'A title') => ({
  reportId,
  outlet,
  publishedAt,
  title,
});

describe('source labels', () => {
  it('are the outlets, never "Source 1"', () => {
    const labels = sourceLabels([source(3, 'AP', '2025-03-04'), source(9, 'Le Nouvelliste', '2025-03-05')]);
    expect([...labels.values()]).toEqual(['AP', 'Le Nouvelliste']);
  });

  it('tell two reports of one outlet apart by date, then by number', () => {
    const labels = sourceLabels([
      source(3, 'AP', '2025-03-04'),
      source(4, 'AP', '2025-03-06'),
      source(5, 'Reuters', '2025-03-06'),
      source(6, 'Reuters', '2025-03-06'),
    ]);
    expect(labels.get(3)).toBe('AP, 4 Mar 2025');
    expect(labels.get(4)).toBe('AP, 6 Mar 2025');
    expect(labels.get(5)).toBe('Reuters, 6 Mar 2025 (#5)');
    expect(labels.get(6)).toBe('Reuters, 6 Mar 2025 (#6)');
  });

  it('fall back to the start of the title when the outlet is not known', () => {
    const labels = sourceLabels([
      source(1, null, null, 'Kenyan police officer killed in clash with gangs in Haiti’s Artibonite'),
      source(2, '  ', null, 'Short one'),
    ]);
    expect(labels.get(1)).toBe('Kenyan police officer killed…');
    expect(labels.get(2)).toBe('Short one');
  });
});
