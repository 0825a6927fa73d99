/**
 * Passages in another language than the report's: a Kreyòl quotation in a French article, a
 * Spanish paragraph in an English one. A paragraph whose sentences' function words
 * (sentence-language.ts) disagree with the report's language is given to franc (language.ts);
 * what it finds the reader cannot read in full is told to the editor with the passage itself,
 * so nothing in it is silently skipped. Reports in one language (nearly all) never ask franc.
 */
import type { SentenceFacts } from './analyze';
import { detectLanguage, type ReportLanguage } from './language';

export interface ForeignPassage {
  language: 'ht' | 'other';
  text: string;
}

/** Shorter than this, franc cannot tell languages apart reliably. */
const MIN_LENGTH = 60;

export function foreignPassages(
  facts: readonly SentenceFacts[],
  report: ReportLanguage | null,
): ForeignPassage[] {
  const paragraphs = new Map<number, SentenceFacts[]>();
  for (const f of facts) {
    if (f.skip || f.sentence.clauseOf !== undefined) continue;
    const list = paragraphs.get(f.sentence.paragraph) ?? [];
    list.push(f);
    paragraphs.set(f.sentence.paragraph, list);
  }
  const out: ForeignPassage[] = [];
  for (const list of paragraphs.values()) {
    const other = list.filter((f) => f.lang !== report).length;
    if (other * 2 <= list.length) continue;
    const text = list.map((f) => f.sentence.text).join(' ');
    if (text.length < MIN_LENGTH) continue;
    const language = detectLanguage(text);
    if ((language === 'ht' || language === 'other') && language !== report) out.push({ language, text });
  }
  return out;
}
