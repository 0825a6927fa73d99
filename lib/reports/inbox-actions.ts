'use server';
/**
 * Marking a report reviewed from its page, so it leaves the editors' inbox. Editors only (every
 * server action is a public POST endpoint); a report changed since the editor opened it is shown
 * to them as it now stands before it can be marked.
 */
import { revalidatePath } from 'next/cache';
import { withRole } from '../auth/guard';
import { type FormState, formValues } from '../forms/form-state';
import { appSql } from '../store/app-sql';
import { ReportNotFoundError, ReportVersionConflictError, ReportWithdrawnError } from './report-errors';
import { markReportReviewed, ReportAlreadyReviewedError } from './review-mutations';
import { reportRefSchema } from './schema';

export async function markReportReviewedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = reportRefSchema.safeParse(values);
    if (!ref.success) return { message: 'This form names no report; reload the page.', values };
    try {
      await markReportReviewed(await appSql(), { ...ref.data, userId: user.id });
      revalidatePath('/', 'layout');
      return { ok: true, message: 'Marked reviewed: the report has left the inbox.' };
    } catch (error) {
      const answer = refusal(error);
      if (!answer) throw error;
      // The page is drawn again as the report now stands (a correction, a withdrawal, a review).
      revalidatePath('/', 'layout');
      return { ...answer, values };
    }
  });
}

function refusal(error: unknown): FormState | null {
  if (error instanceof ReportAlreadyReviewedError) {
    return { ok: true, message: 'This report was already marked reviewed: it has left the inbox.' };
  }
  if (error instanceof ReportVersionConflictError) {
    return {
      message: `Someone changed this report since you opened it (it is now version ${error.current.version}). The page now shows it as it stands: check it, then mark it reviewed.`,
    };
  }
  if (error instanceof ReportWithdrawnError) {
    return { message: 'This report was withdrawn (dismissed) meanwhile: it has left the inbox.' };
  }
  if (error instanceof ReportNotFoundError) return { message: error.message };
  return null;
}
