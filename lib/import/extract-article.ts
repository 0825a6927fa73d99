/**
 * The article in a fetched page: its text, title, outlet, publication date and language, for the
 * new-report form. The text is Mozilla's Readability (Firefox's reader view) over linkedom's
 * server-side DOM, as @extractus/article-extractor uses them; the metadata comes from the
 * page's own declarations first (Open Graph, article:published_time, schema.org JSON-LD,
 * <html lang>), which are more reliable than anything guessed from the text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { detectLanguage, type ReportLanguage } from '../extract/language';
import { MAX_REPORT_CHARS } from '../reports/schema';

export interface ImportedArticle {
  url: string;
  title: string;
  outlet: string;
  /** YYYY-MM-DD, or '' when the page does not say. */
  publishedAt: string;
  language: ReportLanguage | null;
  /** Paragraphs separated by a blank line. */
  text: string;
  /** The page's text was longer than a report may be and was cut. */
  truncated: boolean;
}

type Doc = ReturnType<typeof parseHTML>['document'];

const meta = (doc: Doc, ...selectors: string[]): string => {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return '';
};

/** schema.org's datePublished from the page's JSON-LD blocks, if any. */
function jsonLdDate(doc: Doc): string {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (found?.[1]) return found[1];
  }
  return '';
}

/** The calendar day a date-time names, as written (its own time zone), or ''. */
export function dayOf(value: string | null | undefined): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec((value ?? '').trim());
  if (day) return `${day[1]}-${day[2]}-${day[3]}`;
  const parsed = Date.parse(value ?? '');
  return Number.isNaN(parsed) ? '' : new Date(parsed).toISOString().slice(0, 10);
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption';

/** Readability's article HTML as paragraphs, one blank line apart (what the form's text holds). */
function paragraphs(content: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
  const texts = blocks.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return texts.length ? texts.join('\n\n') : (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function extractArticle(html: string, url: string): ImportedArticle {
  const { document } = parseHTML(html);
  // Read before Readability, which rewrites the document.
  const declared = {
    title: meta(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]'),
    outlet: meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]'),
    published: dayOf(
      meta(
        document,
        'meta[property="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="date"]',
        'meta[name="pubdate"]',
        'meta[name="DC.date.issued"]',
      ) ||
        jsonLdDate(document) ||
        document.querySelector('time[datetime]')?.getAttribute('datetime'),
    ),
    lang: (document.documentElement.getAttribute('lang') ?? '').trim().toLowerCase(),
    heading: (document.querySelector('h1')?.textContent ?? document.title ?? '').replace(/\s+/g, ' ').trim(),
  };
  const article = new Readability(document as unknown as Document).parse();
  let text = article?.content ? paragraphs(article.content) : '';
  const truncated = text.length > MAX_REPORT_CHARS;
  if (truncated) text = text.slice(0, MAX_REPORT_CHARS);
  const host = new URL(url).hostname.replace(/^www\./, '');
  const code = declared.lang.slice(0, 2);
  const language: ReportLanguage | null =
    code === 'en' || code === 'fr' || code === 'ht' ? code : code ? 'other' : detectLanguage(text);
  return {
    url,
    title: (declared.title || article?.title || declared.heading).slice(0, 300),
    outlet: (declared.outlet || article?.siteName || host).slice(0, 200),
    publishedAt: declared.published || dayOf(article?.publishedTime),
    language,
    text,
    truncated,
  };
}
