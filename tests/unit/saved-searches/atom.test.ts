import { describe, expect, it } from 'vitest';
import { atomFeed, xmlText } from '@/lib/saved-searches/atom';

describe('xmlText', () => {
  it('escapes the five characters XML gives meaning to, and keeps every other character', () => {
    expect(xmlText(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
    expect(xmlText('Pétion-Ville, Kafou Fèy, « Haïti » — 😀')).toBe(
      'Pétion-Ville, Kafou Fèy, « Haïti » — 😀',
    );
    expect(xmlText('&amp;')).toBe('&amp;amp;');
  });

  it('drops what XML 1.0 cannot carry at all, keeping tabs and line breaks', () => {
    expect(xmlText('a\u0000b\u0007c\u001Fd\uFFFEe')).toBe('abcde');
    expect(xmlText('line\tone\nline two\r')).toBe('line\tone\nline two\r');
    expect(xmlText('half \uD83D surrogate \uDE00 alone')).toBe('half  surrogate  alone');
  });
});

describe('atomFeed', () => {
  const feed = {
    id: 'tag:example.org,2026:saved-searches/1',
    title: 'Attacks & <ambushes>',
    updated: '2026-12-06T10:00:00.000Z',
    author: 'Analyst',
    self: 'https://example.org/api/searches/t/atom',
    alternate: 'https://example.org/incidents?type=attack&place=artibonite',
    generator: 'Haiti Incident Tracker',
    entries: [
      {
        id: 'tag:example.org,2026:incidents/7',
        title: 'Attack in "Pont-Sondé"',
        updated: '2026-12-06T09:00:00.000Z',
        published: '2026-12-05T09:00:00.000Z',
        link: 'https://example.org/incidents/7',
        summary: '2 killed',
        categories: ['Attack'],
      },
    ],
  };

  it('writes the feed in the Atom namespace, its values escaped in text and attributes', () => {
    const xml = atomFeed(feed);
    expect(
      xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'),
    ).toBe(true);
    expect(xml).toContain('<title>Attacks &amp; &lt;ambushes&gt;</title>');
    expect(xml).toContain('href="https://example.org/incidents?type=attack&amp;place=artibonite"');
    expect(xml).toContain('<title>Attack in &quot;Pont-Sondé&quot;</title>');
    expect(xml).toContain(
      '<link rel="self" href="https://example.org/api/searches/t/atom" type="application/atom+xml"/>',
    );
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });

  it('leaves out a subtitle it was not given, and writes no entry for none', () => {
    const xml = atomFeed({ ...feed, entries: [] });
    expect(xml).not.toContain('<subtitle>');
    expect(xml).not.toContain('<entry>');
    expect(atomFeed({ ...feed, subtitle: 'a < b' })).toContain('<subtitle>a &lt; b</subtitle>');
  });
});
