/** An admin's feed, as the feeds page's form sends it: the one contract for form and store. */
import { z } from 'zod';
import { plainText } from '../validation/plain-text';

export const FEED_LANGUAGES = ['en', 'fr', 'ht'] as const;

export const MAX_KEYWORDS = 30;

export const feedInputSchema = z.object({
  url: plainText()
    .trim()
    .pipe(
      z.url({ protocol: /^https?$/, error: 'must be an http(s) address, such as https://example.org/feed' }),
    ),
  name: plainText().trim().min(1, 'give the feed a name').max(120, 'must be at most 120 characters'),
  language: z
    .union([z.enum(FEED_LANGUAGES), z.literal('')], { error: 'choose English, French or Kreyòl, or none' })
    .optional()
    .transform((v) => v || null),
  /** Comma- or line-separated in the form; each one kept once. */
  keywords: plainText()
    .max(1_000, 'must be at most 1,000 characters')
    .optional()
    .transform((v) => [
      ...new Set(
        (v ?? '')
          .split(/[,\n]/)
          .map((k) => k.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().max(60, 'each keyword must be at most 60 characters'))
        .max(MAX_KEYWORDS, `at most ${MAX_KEYWORDS} keywords`),
    ),
});

export type FeedInput = z.input<typeof feedInputSchema>;
export type ValidFeedInput = z.output<typeof feedInputSchema>;
