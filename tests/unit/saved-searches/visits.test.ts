import { describe, expect, it } from 'vitest';
import { rollVisit, VISIT_GAP_MS, VISIT_TOUCH_MS } from '@/lib/saved-searches/visits';
import { sqlDateTime } from '@/lib/store/sql-values';

const T0 = new Date('2026-12-01T09:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const at = (ms: number) => sqlDateTime(later(ms));

describe('rollVisit', () => {
  it('starts the first visit with nothing before it', () => {
    expect(rollVisit({ lastVisitAt: null, previousVisitAt: null }, T0)).toEqual({
      visits: { lastVisitAt: at(0), previousVisitAt: null },
      write: true,
    });
  });

  it('writes nothing for a reload soon after, so the marks stay', () => {
    const stored = { lastVisitAt: at(0), previousVisitAt: 'earlier' };
    expect(rollVisit(stored, later(VISIT_TOUCH_MS - 1))).toEqual({ visits: stored, write: false });
  });

  it('follows a user who reads on, keeping where the previous visit ended', () => {
    const stored = { lastVisitAt: at(0), previousVisitAt: 'earlier' };
    expect(rollVisit(stored, later(VISIT_TOUCH_MS))).toEqual({
      visits: { lastVisitAt: at(VISIT_TOUCH_MS), previousVisitAt: 'earlier' },
      write: true,
    });
  });

  it('after a pause, starts a new visit from where the last one ended', () => {
    const stored = { lastVisitAt: at(0), previousVisitAt: 'earlier' };
    expect(rollVisit(stored, later(VISIT_GAP_MS))).toEqual({
      visits: { lastVisitAt: at(VISIT_GAP_MS), previousVisitAt: at(0) },
      write: true,
    });
  });
});
