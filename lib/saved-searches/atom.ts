/**
 * An Atom 1.0 document (RFC 4287), written out directly: a feed is a handful of elements, and a
 * builder library would add a dependency for what `xmlText` and `atomFeed` do here. Every text and
 * attribute value goes through `xmlText`. Pure.
 */

export interface AtomEntry {
  /** An absolute IRI that never changes for this entry (a tag: URI). */
  id: string;
  title: string;
  /** RFC 3339 instants. */
  updated: string;
  published: string;
  /** The entry's page (absolute). */
  link: string;
  summary: string;
  categories: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  author: string;
  /** This feed's own address, and the page showing the same incidents. */
  self: string;
  alternate: string;
  generator: string;
  entries: AtomEntry[];
}

// Characters XML 1.0 cannot carry at all, even escaped: C0 controls but tab, line feed and
// carriage return; U+FFFE, U+FFFF; and UTF-16 halves without their other half.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters removed
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe in XML content and in quoted attribute values. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const element = (name: string, text: string, indent: string) =>
  `${indent}<${name}>${xmlText(text)}</${name}>`;

const link = (rel: string, href: string, type: string | null, indent: string) =>
  `${indent}<link rel="${rel}" href="${xmlText(href)}"${type ? ` type="${type}"` : ''}/>`;

function entryXml(entry: AtomEntry): string {
  const i = '    ';
  return [
    '  <entry>',
    element('id', entry.id, i),
    element('title', entry.title, i),
    element('updated', entry.updated, i),
    element('published', entry.published, i),
    link('alternate', entry.link, 'text/html', i),
    ...entry.categories.map((term) => `${i}<category term="${xmlText(term)}"/>`),
    `${i}<summary type="text">${xmlText(entry.summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

export function atomFeed(feed: AtomFeed): string {
  const i = '  ';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element('id', feed.id, i),
    element('title', feed.title, i),
    ...(feed.subtitle ? [element('subtitle', feed.subtitle, i)] : []),
    element('updated', feed.updated, i),
    `${i}<author>\n${element('name', feed.author, `${i}  `)}\n${i}</author>`,
    link('self', feed.self, 'application/atom+xml', i),
    link('alternate', feed.alternate, 'text/html', i),
    element('generator', feed.generator, i),
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
