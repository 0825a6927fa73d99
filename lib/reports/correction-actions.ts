'use server';
/**
 * Correcting and withdrawing a stored report from its page. Each checks the editor role first
 * (every server action is a public POST endpoint), answers every refusal and conflict as a
 * message with the typed values kept, and never changes an incident date unconfirmed.
 */
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { withRole } from '../auth/guard';
import { formValues } from '../forms/form-state';
import { loadGazetteer } from '../ingest/gazetteer';
import { appSql } from '../store/app-sql';
import { correctReport, type DatesChoice } from './correction-mutations';
import type { CorrectReportState, WithdrawReportState } from './correction-state';
import {
  DatesNeedConfirmationError,
  ReportNotFoundError,
  ReportVersionConflictError,
  ReportWithdrawnError,
} from './report-errors';
import { reportCorrectionSchema, reportRefSchema, withdrawalSchema } from './schema';
import { withdrawReport } from './withdrawal-mutations';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const contextItems = (n: number) => `${n} ${n === 1 ? 'deployment or figure' : 'deployments or figures'}`;

/** What changed under the editor, in words, with their own values kept to save again. */
function conflictMessage(error: ReportVersionConflictError, values: Record<string, string>): string {
  const now = error.current;
  const differs = (['title', 'outlet', 'url', 'publishedAt'] as const)
    .filter((f) => (now[f] ?? '') !== (values[f] ?? ''))
    .map((f) => `${f === 'publishedAt' ? 'publication date' : f} “${now[f] ?? ''}”`);
  return `Someone else saved this report while you were editing it${differs.length ? ` (it now has ${differs.join(', ')})` : ''}. Your changes are still below: check them, then save again to replace theirs.`;
}

function refusal(error: unknown, values: Record<string, string>) {
  if (error instanceof ReportVersionConflictError) {
    return {
      message: conflictMessage(error, values),
      values: { ...values, version: String(error.current.version) },
    };
  }
  if (error instanceof ReportNotFoundError || error instanceof ReportWithdrawnError) {
    return { message: error.message, values };
  }
  return null;
}

export async function correctReportAction(
  _previous: CorrectReportState,
  formData: FormData,
): Promise<CorrectReportState> {
  const { confirm, dates, ...values } = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = reportRefSchema.safeParse(values);
    if (!ref.success) return { message: 'This form names no report; reload the page.', values };
    const parsed = reportCorrectionSchema.safeParse(values);
    if (!parsed.success) {
      return {
        message: 'Check the fields marked below.',
        errors: z.flattenError(parsed.error).fieldErrors,
        values,
      };
    }
    const choice: DatesChoice | undefined = dates === 'keep' ? 'keep' : confirm ? { confirm } : undefined;
    try {
      const sql = await appSql();
      const result = await correctReport(sql, {
        ...ref.data,
        input: parsed.data,
        dates: choice,
        gazetteer: await loadGazetteer(sql),
        userId: user.id,
      });
      revalidatePath('/', 'layout');
      const dated = result.datesChanged ? `; ${plural(result.datesChanged, 'incident date')} changed` : '';
      return { ok: true, message: `Saved${dated}.`, values: { ...values, version: String(result.version) } };
    } catch (error) {
      if (error instanceof DatesNeedConfirmationError) {
        return { values, preview: error.plan, message: error.stale ? error.message : undefined };
      }
      const refused = refusal(error, values);
      if (refused) return refused;
      throw error;
    }
  });
}

export async function withdrawReportAction(
  _previous: WithdrawReportState,
  formData: FormData,
): Promise<WithdrawReportState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const ref = reportRefSchema.safeParse(values);
    if (!ref.success) return { message: 'This form names no report; reload the page.', values };
    const parsed = withdrawalSchema.safeParse(values);
    if (!parsed.success) {
      return { message: 'Check the reason.', errors: z.flattenError(parsed.error).fieldErrors, values };
    }
    try {
      const done = await withdrawReport(await appSql(), {
        ...ref.data,
        reason: parsed.data.reason,
        userId: user.id,
      });
      revalidatePath('/', 'layout');
      const flagged = done.unsourced.length
        ? ` ${plural(done.unsourced.length, 'incident')} left without a source ${done.unsourced.length === 1 ? 'is' : 'are'} flagged for review.`
        : '';
      return {
        ok: true,
        message: `Report withdrawn: ${plural(done.sources, 'incident source')}, ${plural(done.claims, 'casualty claim')}, ${contextItems(done.deployments + done.figures)} removed.${flagged}`,
        unsourced: done.unsourced,
      };
    } catch (error) {
      const refused = refusal(error, values);
      if (refused) return refused;
      throw error;
    }
  });
}
