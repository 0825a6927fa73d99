'use server';
/**
 * The "New report" workflow's two server actions. Reading writes nothing: it returns the draft
 * for the review screen. Saving re-validates the whole review and stores it in one transaction.
 * Both check the editor role first: each server action is a public POST endpoint.
 */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withRole } from '../auth/guard';
import { type FormState, formValues } from '../forms/form-state';
import { loadGazetteer } from '../ingest/gazetteer';
import { readSafely } from '../ingest/ingest-report';
import { suggestMatches } from '../ingest/store-draft';
import { appSql } from '../store/app-sql';
import { reportContentHash } from './content-hash';
import { draftOverLimit } from './report-limits';
import { draftToReview, type ReviewFields } from './review-draft';
import { loadMatchViews, type MatchView } from './review-matches';
import type { ReviewInput } from './review-schema';
import { reviewInputSchema } from './review-schema';
import { saveReview } from './save-review';

export interface ReadReportState extends FormState<ReviewFields> {
  review?: ReviewInput;
  /** Per drafted incident, the stored incident the matcher thinks it is. */
  matches?: (MatchView | null)[];
  /** Set when the same text is already stored. */
  existingReport?: { id: number; title: string };
}

export interface SaveReviewState extends FormState {
  existingReport?: { id: number; title: string };
}

function fields(values: Record<string, string>): ReviewFields {
  return {
    title: values.title ?? '',
    outlet: values.outlet ?? '',
    url: values.url ?? '',
    publishedAt: values.publishedAt ?? '',
    // Browsers submit textarea line breaks as CRLF; the reader's offsets count plain \n.
    text: (values.text ?? '').replace(/\r\n?/g, '\n'),
  };
}

export async function readReportAction(
  _previous: ReadReportState,
  formData: FormData,
): Promise<ReadReportState> {
  const shown = fields(formValues(formData));
  return withRole('editor', { ...shown }, async () => {
    const parsed = reviewInputSchema.safeParse(shown);
    if (!parsed.success) {
      return {
        message: 'Check the fields marked below.',
        errors: z.flattenError(parsed.error).fieldErrors,
        values: shown,
      };
    }
    const store = await appSql();
    const existing = await store.get<{ id: number; title: string; withdrawnAt: string | null }>(
      'SELECT "id", "title", "withdrawnAt" FROM "Report" WHERE "contentHash" = ?',
      [reportContentHash(parsed.data.text)],
    );
    if (existing) {
      return {
        message: existing.withdrawnAt
          ? 'This report text was stored and later withdrawn by an editor; it is not read again.'
          : 'This report text is already stored; nothing new to read.',
        existingReport: { id: Number(existing.id), title: existing.title },
        values: shown,
      };
    }
    const gazetteer = await loadGazetteer(store);
    const draft = readSafely(parsed.data, gazetteer);
    const overLimit = draftOverLimit(draft);
    if (overLimit) return { message: overLimit, errors: { text: [overLimit] }, values: shown };
    const suggestions = await suggestMatches(store, draft, gazetteer, parsed.data.text);
    const matches = await loadMatchViews(store, suggestions);
    // The review quotes offsets into the text exactly as read (trimmed), so it carries that text.
    const input: ReviewFields = { ...shown, text: parsed.data.text };
    return { ok: true, values: input, review: draftToReview(input, draft, matches), matches };
  });
}

export async function saveReviewAction(
  _previous: SaveReviewState,
  review: unknown,
): Promise<SaveReviewState> {
  const outcome = await withRole<SaveReviewState & { reportId?: number }>('editor', {}, async (user) => {
    const result = await saveReview(await appSql(), { review, userId: user.id });
    if (!result.ok) return { message: result.message, errors: result.errors };
    if (!result.created) {
      return {
        message:
          'This report text was already stored (perhaps by someone else meanwhile); nothing was added.',
        existingReport: { id: result.reportId, title: '' },
      };
    }
    return { ok: true, reportId: result.reportId };
  });
  if (!('reportId' in outcome) || !outcome.reportId) return outcome;
  revalidatePath('/reports');
  revalidatePath('/incidents');
  redirect(`/reports/${outcome.reportId}`);
}
