/**
 * "Import a link": fetch the page under the SSRF guard (fetch-page.ts), take the article out of
 * it (extract-article.ts). Throws FetchPageError with a sentence for the editor.
 */
import { extractArticle, type ImportedArticle } from './extract-article';
import { type FetchLimits, FetchPageError, fetchPage } from './fetch-page';

/** Fewer characters than this is a page without an article (an index, a paywall, a video). */
const MIN_TEXT = 200;

export async function importLink(link: string, limits: Partial<FetchLimits> = {}): Promise<ImportedArticle> {
  const page = await fetchPage(link.trim(), limits);
  const article = extractArticle(page.html, page.url);
  if (article.text.length < MIN_TEXT)
    throw new FetchPageError(
      'no_article',
      'No article text was found on this page (an index, a paywall or a video?). Paste the text instead.',
    );
  return article;
}
