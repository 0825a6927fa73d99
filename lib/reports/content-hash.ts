import { createHash } from 'node:crypto';

/**
 * The identity of a report's text. Line endings, runs of whitespace and Unicode composition do
 * not change it, so the same article pasted from two places is recognised as one.
 */
export function normalizeReportText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function reportContentHash(text: string): string {
  return createHash('sha256').update(normalizeReportText(text)).digest('hex');
}
