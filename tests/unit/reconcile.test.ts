import { describe, expect, it } from 'vitest';
import { reconcileClaims } from '@/lib/incidents/reconcile';

const claim = (
  reportId: number,
  count: number,
  kind: 'killed' | 'injured' | 'missing' = 'killed',
  affiliation = 'civilian',
) => ({
  reportId,
  kind,
  affiliation,
  country: null,
  count,
});

describe('reconcileClaims', () => {
  it('gives low, best (median) and high across sources, and how many agree', () => {
    const [killed] = reconcileClaims([claim(1, 70), claim(2, 70), claim(3, 115)]);
    expect(killed).toMatchObject({ low: 70, best: 70, high: 115, sources: 3, agreeing: 2, disputed: true });
  });

  it('takes the lower middle figure when sources are evenly split', () => {
    const [killed] = reconcileClaims([claim(1, 2), claim(2, 3)]);
    expect(killed).toMatchObject({ low: 2, best: 2, high: 3, agreeing: 1 });
  });

  it('keeps kinds and sides apart, killed first', () => {
    const groups = reconcileClaims([
      claim(1, 1, 'missing', 'mss'),
      claim(2, 1, 'killed', 'mss'),
      claim(1, 3, 'killed', 'gang'),
    ]);
    expect(groups.map((g) => `${g.kind}/${g.affiliation}`)).toEqual([
      'killed/gang',
      'killed/mss',
      'missing/mss',
    ]);
    expect(groups.every((g) => !g.disputed && g.sources === 1)).toBe(true);
  });

  it('counts a source once per group, with its largest figure', () => {
    const [killed] = reconcileClaims([claim(1, 1), claim(1, 2), claim(2, 2)]);
    expect(killed).toMatchObject({ sources: 2, low: 2, best: 2, high: 2, agreeing: 2, disputed: false });
  });
});
