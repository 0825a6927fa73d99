import { describe, expect, it } from 'vitest';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { describeFilters } from '@/lib/saved-searches/describe-filters';
import { feedPath, publicOrigin, tagUri } from '@/lib/saved-searches/feed-address';
import {
  canonicalQuery,
  filtersOfQuery,
  pageSearchQuery,
  savedQuerySchema,
} from '@/lib/saved-searches/schema';

const places = new Map([['artibonite', 'Artibonite']]);

describe('describeFilters', () => {
  it('says every filter in words', () => {
    const { filters } = filtersOfQuery(
      'type=attack&type=ambush&place=artibonite&from=2025-01-01&to=2025-03-31&kind=killed&affiliation=police&status=draft&q=Pont-Sondé&confirmed=1',
    );
    expect(describeFilters(filters, places)).toBe(
      'Attack or Ambush in Artibonite (and places within), from 1 January 2025 to 31 March 2025, with killed among Haitian National Police, Draft only, text “Pont-Sondé”, confirmed figures only (two or more sources)',
    );
  });

  it('describes no filter as every incident, and a filter it does not know by its name', () => {
    expect(describeFilters({}, places)).toBe('All incidents');
    const later = { to: '2025-02-01', grade: ['confirmed'] } as IncidentFilters;
    expect(describeFilters(later, places)).toBe('All incidents, up to 1 February 2025, grade: confirmed');
  });
});

describe('the saved query', () => {
  it('is one spelling whatever the order, repeats or paging of the address', () => {
    const a = savedQuerySchema.parse('place=artibonite&type=ambush,attack&cursor=2025-01-01_3');
    const b = savedQuerySchema.parse('?type=ambush&type=attack&place=artibonite&confirmed=0');
    expect(a).toBe('type=ambush&type=attack&place=artibonite');
    expect(b).toBe(a);
    expect(canonicalQuery(filtersOfQuery(a).filters)).toBe(a);
  });

  it('takes the page’s own query, paging left out', () => {
    expect(
      pageSearchQuery({ type: ['attack', 'ambush'], q: 'a&b', cursor: '2025-01-01_3', limit: '10' }),
    ).toBe('type=attack&type=ambush&q=a%26b');
  });

  it('refuses a filter with an error, naming it', () => {
    const parsed = savedQuerySchema.safeParse('type=attack&to=2025-01-01&from=2025-02-01');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/from: must not be after "to"/);
  });
});

describe('feed addresses', () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  it('are on the host the request came to, in the scheme the front found', () => {
    expect(
      publicOrigin(
        headers({ host: 'tracker.example.org', 'x-hit-client-proto': 'https' }),
        'http://localhost:3000',
      ),
    ).toBe('https://tracker.example.org');
    expect(
      publicOrigin(
        headers({ 'x-forwarded-host': 'a.example, b.example', host: 'x' }),
        'http://localhost:3000',
      ),
    ).toBe('http://a.example');
    expect(publicOrigin(headers({ host: '[::1]:3000' }), 'http://localhost:3000')).toBe('http://[::1]:3000');
  });

  it('ignore a host that is not a host name', () => {
    expect(publicOrigin(headers({ host: 'evil.example/path?' }), 'http://localhost:3000')).toBe(
      'http://localhost:3000',
    );
  });

  it('give ids as tag: URIs on the host name, and the feed its path', () => {
    expect(tagUri('https://tracker.example.org:8443', 'incidents/4')).toBe(
      'tag:tracker.example.org,2026:incidents/4',
    );
    expect(feedPath('abc')).toBe('/api/searches/abc/atom');
  });
});
