/**
 * One report in: read it, store it with its findings, say what happened. Storing the same
 * text twice is a no-op that does not even run the reader.
 */
import { readReport } from '../extract';
import type { ReportDraft } from '../extract/schema';
import type { GazetteerEntry } from '../locations/gazetteer';
import { reportContentHash } from '../reports/content-hash';
import type { ValidReportInput } from '../reports/schema';
import type { SqlConnection } from '../store/write-connection';
import { loadGazetteer } from './gazetteer';
import { type StoreDraftResult, storeDraft } from './store-draft';

export interface IngestResult extends StoreDraftResult {
  draft: ReportDraft | null;
}

export function ingestReport(
  sql: SqlConnection,
  input: ValidReportInput,
  options: { gazetteer?: readonly GazetteerEntry[]; userId?: number | null } = {},
): IngestResult {
  const existing = sql
    .prepare('SELECT id FROM Report WHERE contentHash = ?')
    .get(reportContentHash(input.text)) as { id: number } | undefined;
  if (existing) return { reportId: existing.id, created: false, incidents: [], warnings: [], draft: null };
  const gazetteer = options.gazetteer ?? loadGazetteer(sql);
  const draft = readReport(input.text, { publishedAt: input.publishedAt ?? null, gazetteer });
  return { ...storeDraft(sql, { input, draft, gazetteer, userId: options.userId }), draft };
}
