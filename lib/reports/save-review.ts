/**
 * Saving a reviewed report: parse the submission, rebuild the draft from it, store it — the
 * report, the accepted incidents (new or merged into stored ones), claims, context, audit
 * entries, and one more audit entry with the editor's decisions — in one transaction.
 * Every mistake comes back as field messages; nothing is thrown at the form.
 */
import { recordAudit } from '../audit/record';
import { loadGazetteer } from '../ingest/gazetteer';
import { ingestLocks, MergeTargetError, type StoreDraftResult, storeDraft } from '../ingest/store-draft';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import { reportContentHash } from './content-hash';
import { reviewToDraft } from './review-draft';
import { fieldErrors, reviewSchema } from './review-schema';

export type SaveReviewResult =
  | { ok: true; reportId: number; created: boolean; incidents: StoreDraftResult['incidents'] }
  | { ok: false; message: string; errors: Record<string, string[]> };

export async function saveReview(
  sql: Sql,
  options: { review: unknown; userId: number | null },
): Promise<SaveReviewResult> {
  const parsed = reviewSchema.safeParse(options.review);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    const count = Object.keys(errors).length;
    return {
      ok: false,
      message: `Nothing was saved: ${count} field${count === 1 ? ' needs' : 's need'} attention (marked below).`,
      errors,
    };
  }
  const gazetteer = await loadGazetteer(sql);
  const built = reviewToDraft(parsed.data, gazetteer);
  if (!built.ok) return { ...built, message: `Nothing was saved: ${built.message}` };

  try {
    const at = sqlDateTime(new Date());
    return await sql.transaction(
      async (tx) => {
        // storeDraft's own transaction joins this one: all or nothing.
        const stored = await storeDraft(tx, {
          input: built.input,
          draft: built.draft,
          gazetteer,
          decisions: built.decisions,
          userId: options.userId,
          reviewed: true,
        });
        if (stored.created) {
          await recordAudit(tx, {
            userId: options.userId,
            at,
            entity: 'Report',
            entityId: stored.reportId,
            action: 'review',
            after: {
              ...built.summary,
              incidents: built.summary.incidents.map((s, i) => ({
                ...s,
                incidentId: stored.incidents[i]?.incidentId,
              })),
            },
          });
        }
        return {
          ok: true as const,
          reportId: stored.reportId,
          created: stored.created,
          incidents: stored.incidents,
        };
      },
      // storeDraft's locks, taken first here as there (the same order for every transaction).
      { lockKeys: ingestLocks(reportContentHash(built.input.text)) },
    );
  } catch (error) {
    if (!(error instanceof MergeTargetError)) throw error;
    const errors: Record<string, string[]> = {};
    parsed.data.incidents.forEach((incident, i) => {
      if (incident.decision === 'merge' && incident.mergeInto === error.incidentId) {
        errors[`incidents.${i}.mergeInto`] = [
          `incident #${error.incidentId} no longer exists (deleted or merged meanwhile): keep this one separate or reject it`,
        ];
      }
    });
    return { ok: false, message: `Nothing was saved: ${error.message}`, errors };
  }
}
