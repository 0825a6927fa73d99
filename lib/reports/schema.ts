/**
 * The one contract for a report, shared by the editor's form, the JSON API, the ingest
 * command and the sample loader.
 */
import { z } from 'zod';
import { isoDateSchema } from '../dates/iso-date';
import { plainText } from '../validation/plain-text';

/** Longer than any news article; stops a pasted book or a runaway upload. */
export const MAX_REPORT_CHARS = 100_000;

/**
 * Incidents (and, each, deployments, milestones, figures) one report may hold: one per 40
 * characters of the longest text. The densest text we could write ("March 2: 3 killed in
 * Cabaret." over and over) drafts one per 65, so no report within MAX_REPORT_CHARS reaches it;
 * the form, the review and the API all state and check this one number.
 */
export const MAX_REPORT_ITEMS = MAX_REPORT_CHARS / 40;

const optionalText = (max: number) =>
  plainText()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((v) => (v === '' ? undefined : v))
    .optional();

export const reportInputSchema = z.object({
  title: optionalText(300),
  outlet: optionalText(200),
  url: plainText()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional())
    .optional(),
  publishedAt: isoDateSchema.nullable().optional(),
  text: plainText()
    .trim()
    .min(1, 'the report text is empty')
    .max(MAX_REPORT_CHARS, `must be at most ${MAX_REPORT_CHARS.toLocaleString('en')} characters`),
});

export type ReportInput = z.input<typeof reportInputSchema>;
export type ValidReportInput = z.output<typeof reportInputSchema>;

/** An editor's correction of a stored report's details (its text never changes: it is the report). */
export const reportCorrectionSchema = z.object({
  title: plainText().trim().min(1, 'give the report a title').max(300, 'must be at most 300 characters'),
  outlet: optionalText(200).transform((v) => v ?? null),
  url: reportInputSchema.shape.url.transform((v) => v ?? null),
  /** Empty: unknown, so the reader estimates it from the text as it did when the report came in. */
  publishedAt: plainText()
    .trim()
    .nullish()
    .transform((v) => v || null)
    .pipe(isoDateSchema.nullable()),
});

/** Which report, at which version: what every correction and withdrawal names. */
export const reportRefSchema = z.object({
  reportId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});

export const withdrawalSchema = z.object({
  reason: optionalText(500).transform((v) => v ?? null),
});

export type ReportCorrectionInput = z.input<typeof reportCorrectionSchema>;
