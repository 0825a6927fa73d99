/**
 * A report file: optional header lines, a blank line, then the article body.
 *
 *   title: Kenyan officer killed in Artibonite
 *   outlet: Example News
 *   url: https://example.org/story
 *   published: 2025-02-24
 *
 *   PORT-AU-PRINCE, Haiti – A Kenyan police officer ...
 *
 * A file whose first line is not such a header is all body. A `published:` value that is not
 * a real date (e.g. "unknown") leaves the date unknown and is reported back.
 */
import { isRealDate } from '../dates/iso-date';

export interface ReportFile {
  title?: string;
  outlet?: string;
  url?: string;
  publishedAt: string | null;
  /** The raw `published:` value when it was present but not a date. */
  publishedUnparsed?: string;
  body: string;
}

const HEADER_LINE = /^(title|outlet|url|published)[ \t]*:[ \t]*(.*)$/i;

export function parseReportFile(content: string): ReportFile {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const header: Record<string, string> = {};
  let i = 0;
  while (i < lines.length) {
    const m = HEADER_LINE.exec(lines[i] ?? '');
    if (!m) break;
    header[(m[1] ?? '').toLowerCase()] = (m[2] ?? '').trim();
    i++;
  }
  // A header only counts when a blank line closes it; otherwise the text merely starts with
  // a word like "Title:".
  const closed = i > 0 && i < lines.length && (lines[i] ?? '').trim() === '';
  if (!closed) return { publishedAt: null, body: text.trim() };

  const published = header.published;
  const validDate = published !== undefined && isRealDate(published);
  return {
    title: header.title || undefined,
    outlet: header.outlet || undefined,
    url: header.url || undefined,
    publishedAt: validDate ? published : null,
    publishedUnparsed: published && !validDate ? published : undefined,
    body: lines
      .slice(i + 1)
      .join('\n')
      .trim(),
  };
}

/** A title for a report that came without one: its first sentence, cut at a word. */
export function titleFromText(text: string, max = 120): string {
  const first = text.trim().split(/(?<=[.!?])\s+/)[0] ?? '';
  const clean = first.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : max).trimEnd()}…`;
}
