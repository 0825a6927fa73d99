/**
 * One report in: read it, store it with its findings, say what happened. Storing the same
 * text twice is a no-op that does not even run the reader.
 */
import { readReport } from '../extract';
import type { ReportDraft } from '../extract/schema';
import type { GazetteerEntry } from '../locations/gazetteer';
import { reportContentHash } from '../reports/content-hash';
import type { ValidReportInput } from '../reports/schema';
import type { Sql } from '../store/sql';
import { loadGazetteer } from './gazetteer';
import { type StoreDraftResult, storeDraft } from './store-draft';

export interface IngestResult extends StoreDraftResult {
  draft: ReportDraft | null;
}

/** The caller's `refuse` check turned the draft down; nothing was stored. */
export class DraftRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftRefusedError';
  }
}

/**
 * The reader runs first, outside any transaction (it is CPU work); storeDraft's one transaction
 * then checks the text again, matches and stores.
 */
export async function ingestReport(
  sql: Sql,
  input: ValidReportInput,
  options: {
    gazetteer?: readonly GazetteerEntry[];
    userId?: number | null;
    /** Why the draft must not be stored (e.g. over a size limit), or null to store it. */
    refuse?: (draft: ReportDraft) => string | null;
  } = {},
): Promise<IngestResult> {
  const existing = await sql.get<{ id: number }>('SELECT "id" FROM "Report" WHERE "contentHash" = ?', [
    reportContentHash(input.text),
  ]);
  if (existing) return { reportId: existing.id, created: false, incidents: [], warnings: [], draft: null };
  const gazetteer = options.gazetteer ?? (await loadGazetteer(sql));
  const draft = readSafely(input, gazetteer);
  const refused = options.refuse?.(draft);
  if (refused) throw new DraftRefusedError(refused);
  return { ...(await storeDraft(sql, { input, draft, gazetteer, userId: options.userId })), draft };
}

/**
 * A report the reader cannot read is still stored — nothing is lost — with no findings and a
 * warning that says so, so an editor can add them by hand. One bad article never stops an
 * ingest run or a start-up.
 */
export function readSafely(input: ValidReportInput, gazetteer: readonly GazetteerEntry[]): ReportDraft {
  try {
    return readReport(input.text, {
      publishedAt: input.publishedAt ?? null,
      gazetteer,
      readOn: new Date().toISOString().slice(0, 10),
      url: input.url ?? null,
    });
  } catch (error) {
    const message = `The reader failed on this report (${error instanceof Error ? error.message : String(error)}); it was stored without findings: add them by hand.`;
    return {
      publishedAt: input.publishedAt ?? null,
      publishedAtEstimated: false,
      incidents: [],
      deployments: [],
      milestones: [],
      figures: [],
      warnings: [message],
      warningDetails: [{ code: 'reader_error', message, evidence: null }],
    };
  }
}
