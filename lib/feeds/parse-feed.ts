/**
 * A fetched RSS or Atom document as the items the poller considers. Parsing is
 * @rowanmanning/feed-parser's (RSS 0.9x–2.0, RDF and Atom, lenient with the malformed feeds
 * real sites serve); this module only keeps what the poller needs and makes links absolute.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { dayOf } from '../import/extract-article';

export interface FeedEntry {
  /** What makes it the same item on the next poll: its guid or id, else its link. */
  key: string;
  url: string;
  title: string;
  /** Summary, categories: what keywords are looked for in, besides the title. */
  summary: string;
  categories: string[];
  /** YYYY-MM-DD, or '' when the feed gives no date. */
  publishedAt: string;
}

/** Not a feed, or one nothing could be read from. */
export class FeedFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedFormatError';
  }
}

const plain = (html: string | null | undefined) =>
  (html ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function absolute(link: string | null | undefined, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The feed's items that link to an article, in the feed's order (newest first as feeds go). */
export function feedEntries(xml: string, feedUrl: string): FeedEntry[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch {
    throw new FeedFormatError('The answer is not an RSS or Atom feed that could be read.');
  }
  const entries: FeedEntry[] = [];
  for (const item of feed.items) {
    const url = absolute(item.url, feedUrl);
    if (!url) continue; // nothing to import
    entries.push({
      key: (item.id ?? '').trim() || url,
      url,
      title: plain(item.title) || url,
      summary: plain(item.description ?? item.content),
      categories: item.categories.map((c) => c.label ?? c.term).filter((c): c is string => Boolean(c)),
      publishedAt: item.published ? dayOf(item.published.toISOString()) : '',
    });
  }
  return entries;
}
