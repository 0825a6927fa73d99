'use server';
/**
 * The new-report form's "Import a link": the server fetches the page and fills the form's fields
 * (title, outlet, address, date, text) for the editor to check before reading. Nothing is stored:
 * the report is stored only when its review is saved, as for a pasted one.
 */
import { withRole } from '../auth/guard';
import { settings } from '../env';
import { LANGUAGE_NAMES } from '../extract/language';
import { formValues } from '../forms/form-state';
import { FetchPageError } from '../import/fetch-page';
import { importLink } from '../import/import-link';
import type { ReadReportState } from './actions';

export interface ImportLinkState extends ReadReportState {
  /** Bumped on each import that filled the fields, so the form shows the new values. */
  filled?: number;
}

export async function importLinkAction(
  previous: ImportLinkState,
  formData: FormData,
): Promise<ImportLinkState> {
  const link = (formValues(formData).link ?? '').trim();
  return withRole('editor', { link }, async () => {
    if (!link) return { errors: { link: ['Paste the address of an article.'] }, values: { url: link } };
    try {
      const article = await importLink(link, { allowHosts: settings().IMPORT_ALLOW_HOSTS });
      const language = article.language ? LANGUAGE_NAMES[article.language] : 'a language not recognised';
      const notes = [
        `Imported from ${article.outlet}: ${article.text.length.toLocaleString('en')} characters, in ${language}.`,
        article.publishedAt ? '' : 'The page gives no publication date: add it if you know it.',
        article.truncated ? 'The text was cut at the limit of one report.' : '',
        'Check the fields, then read the report.',
      ];
      return {
        ok: true,
        filled: (previous.filled ?? 0) + 1,
        message: notes.filter(Boolean).join(' '),
        values: {
          title: article.title,
          outlet: article.outlet,
          url: article.url,
          publishedAt: article.publishedAt,
          text: article.text,
        },
      };
    } catch (error) {
      if (!(error instanceof FetchPageError)) throw error;
      return { message: error.message, errors: { link: [error.message] }, values: { url: link } };
    }
  });
}
