import { describe, expect, it } from 'vitest';
import { matchesKeywords } from '@/lib/feeds/keywords';
import { feedEntries } from '@/lib/feeds/parse-feed';

describe('feed keywords', () => {
  it('match whole words whatever the case and accents', () => {
    expect(matchesKeywords('Gang attack in HAITI', ['haïti'])).toBe(true);
    expect(matchesKeywords('Haïti : attaque à Mirebalais', ['Haiti'])).toBe(true);
    expect(matchesKeywords('A message from the minister', ['MSS'])).toBe(false);
    expect(matchesKeywords('MSS patrol in Delmas', ['mss'])).toBe(true);
    expect(matchesKeywords('Kenyan police in Port-au-Prince', ['port au prince'])).toBe(true);
  });

  it('take everything when there are none', () => {
    expect(matchesKeywords('Weekend baseball results', [])).toBe(true);
    expect(matchesKeywords('Weekend baseball results', ['  '])).toBe(true);
  });
});

describe('feed entries', () => {
  it('make links absolute, key items by guid, and drop items without a web link', () => {
    const entries = feedEntries(
      `<rss version="2.0"><channel><title>T</title>
        <item><title>One &amp; two</title><link>/a/1</link><guid>g-1</guid><category>Haïti</category>
          <description>&lt;p&gt;Short &lt;b&gt;summary&lt;/b&gt;&lt;/p&gt;</description><pubDate>Tue, 03 Jun 2025 10:00:00 GMT</pubDate></item>
        <item><title>No guid</title><link>https://example.org/b</link></item>
        <item><title>Mail only</title><link>mailto:desk@example.org</link></item>
        <item><title>No link</title></item>
      </channel></rss>`,
      'https://news.example/feed.xml',
    );
    expect(entries).toEqual([
      {
        key: 'g-1',
        url: 'https://news.example/a/1',
        title: 'One & two',
        summary: 'Short summary',
        categories: ['Haïti'],
        publishedAt: '2025-06-03',
      },
      expect.objectContaining({
        key: 'https://example.org/b',
        url: 'https://example.org/b',
        publishedAt: '',
      }),
    ]);
  });

  it('refuse what is not a feed', () => {
    expect(() => feedEntries('<html><body>Oops</body></html>', 'https://x.example/')).toThrow(
      /not an RSS or Atom/,
    );
  });
});
