import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { casualtySchema } from '@/lib/extract/schema';
import { claimInputSchema } from '@/lib/incidents/schema';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { reviewCasualtySchema } from '@/lib/reports/review-schema';

const COUNTRY_RULE = 'A contributing country applies only to MSS personnel.';
const claim = { kind: 'killed', count: 1, hedge: 'exact', persons: [], evidence: 'was killed' } as const;

describe('a contributing country belongs to MSS claims only', () => {
  it('the shared claim schema refuses a country on any other side', () => {
    for (const affiliation of ['police', 'army', 'civilian', 'gang', 'unknown'] as const) {
      const parsed = casualtySchema.safeParse({ ...claim, affiliation, country: 'Kenya' });
      expect(parsed.error?.issues).toEqual([
        expect.objectContaining({ path: ['country'], message: COUNTRY_RULE }),
      ]);
      expect(casualtySchema.safeParse({ ...claim, affiliation, country: null }).success).toBe(true);
    }
    expect(casualtySchema.safeParse({ ...claim, affiliation: 'mss', country: 'Kenya' }).success).toBe(true);
  });

  it('the review screen and the claims editor keep the rule', () => {
    const reviewed = { ...claim, accepted: true, count: '1', affiliation: 'police', country: 'Kenya' };
    expect(reviewCasualtySchema.safeParse(reviewed).error?.issues[0]).toMatchObject({
      path: ['country'],
      message: COUNTRY_RULE,
    });
    expect(reviewCasualtySchema.safeParse({ ...reviewed, country: '' }).success).toBe(true);
    const typed = { reportId: '1', kind: 'killed', count: '1', hedge: 'exact', affiliation: 'police' };
    expect(claimInputSchema.safeParse({ ...typed, country: 'Kenya' }).error?.issues[0]).toMatchObject({
      path: ['country'],
      message: COUNTRY_RULE,
    });
    expect(claimInputSchema.safeParse({ ...typed, country: '' }).success).toBe(true);
  });

  it('the reader gives no country to victims it cannot place on the MSS side', () => {
    const draft = readReport('Two Kenyans were killed in Cité Soleil on Monday.', {
      publishedAt: '2025-05-14',
      gazetteer: GAZETTEER,
    });
    const casualties = draft.incidents.flatMap((i) => i.casualties);
    expect(casualties).toEqual([
      expect.objectContaining({ count: 2, affiliation: 'unknown', country: null }),
    ]);
    for (const c of casualties) expect(casualtySchema.safeParse(c).success).toBe(true);
  });
});
