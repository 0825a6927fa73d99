/** The publication day written in a report's address, used only when no date is given. */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { dateInUrl } from '@/lib/extract/url-date';
import { GAZETTEER } from '@/lib/locations/gazetteer';

describe('the date in an address', () => {
  it.each([
    ['https://example.com/news/2024/11/14/masses-flee-homes/', '2024-11-14'],
    ['https://example.com/2024/9/13/soldiers-arrive', '2024-09-13'],
    ['https://example.com/realtime/2024-10-15-police-shoot-gang-members', '2024-10-15'],
    ['https://example.com/npr-news/2024-11-11/a-new-leader', '2024-11-11'],
    ['https://example.com/article/20241015/story.html', '2024-10-15'],
  ])('%s → %s', (url, date) => {
    expect(dateInUrl(url)).toBe(date);
  });

  it.each([
    // A month is not a day; numbers that are not dates; no address at all.
    ['https://example.com/news/2024/09/truce-sought.html'],
    ['https://example.com/news/103286-kenyan-police-officer'],
    ['https://example.com/2024/02/30/no-such-day'],
    ['https://example.com/story-6.88.2139327.b1249d4bd0'],
    ['not a url'],
    [''],
  ])('%s → none', (url) => {
    expect(dateInUrl(url)).toBeNull();
  });
});

describe('a report with no publication date', () => {
  const text = 'Gunmen killed three people in Mirebalais on Tuesday, residents said.';

  it('counts relative days from the date in its address, and says so', () => {
    const draft = readReport(text, {
      gazetteer: GAZETTEER,
      url: 'https://example.com/2025/03/13/mirebalais',
    });
    expect(draft.publishedAt).toBe('2025-03-13');
    expect(draft.publishedAtEstimated).toBe(true);
    expect(draft.incidents[0]?.date).toBe('2025-03-11');
    expect(draft.warnings.join(' ')).toContain('address');
  });

  it('keeps a given date over the address, and ignores an address dated after the day it is read', () => {
    const given = readReport(text, {
      gazetteer: GAZETTEER,
      publishedAt: '2025-03-20',
      url: 'https://example.com/2025/03/13/mirebalais',
    });
    expect(given.publishedAt).toBe('2025-03-20');
    const future = readReport(text, {
      gazetteer: GAZETTEER,
      readOn: '2025-03-01',
      url: 'https://example.com/2025/03/13/mirebalais',
    });
    expect(future.publishedAt).toBeNull();
  });
});
