/**
 * The language a report is written in, with franc (trigram statistics, a maintained library)
 * rather than word lists: English, French, Haitian Kreyòl, or another the reader cannot read.
 * The reader reads English and French fully and Kreyòl only in part; it says so, and never lets a
 * text in another language pass as "no incidents found".
 */
import { franc } from 'franc';

export type ReportLanguage = 'en' | 'fr' | 'ht' | 'other';

/** Candidates franc weighs: the reader's three, and the languages news about Haiti is also written in. */
const CANDIDATES = ['eng', 'fra', 'hat', 'spa', 'por', 'deu', 'ita', 'nld', 'swh'];
const CODES: Readonly<Record<string, ReportLanguage>> = { eng: 'en', fra: 'fr', hat: 'ht' };
/** Enough of the text to tell: the opening carries the language, and franc's cost grows with length. */
const SAMPLE = 800;
const ENGLISH_WORDS =
  /\b(?:the|and|was|were|of|in|on|at|with|said|says|have|has|an|a|to|by|after|police)\b/gi;
// French and Kreyòl function words only: "El Salvador" is in many English reports.
const NOT_ENGLISH = /(?:^|\s)(?:les|des|une|été|dans|avec|sont|est|nan|yo|ak|pou|ki)(?=\s)/i;

export function detectLanguage(text: string): ReportLanguage | null {
  const sample = text.slice(0, SAMPLE);
  // Plain English (most reports): its commonest words many times and no other language's.
  // Asking franc only about the rest keeps the reader fast.
  const words = sample.split(/\s+/).length;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  if (!NOT_ENGLISH.test(sample) && (english >= 12 || (english >= 2 && english / words >= 0.12))) return 'en';
  const code = franc(sample, { only: CANDIDATES, minLength: 40 });
  if (code === 'und') return null;
  return CODES[code] ?? 'other';
}

export const LANGUAGE_NAMES: Readonly<Record<ReportLanguage, string>> = {
  en: 'English',
  fr: 'French',
  ht: 'Haitian Kreyòl',
  other: 'a language the reader does not read',
};
