/** What a correction or withdrawal of a report can run into: typed, so callers answer without matching text. */
import type { RedatePlan } from './redate';

export class ReportNotFoundError extends Error {
  constructor(readonly reportId: number) {
    super(`Report ${reportId} does not exist.`);
    this.name = 'ReportNotFoundError';
  }
}

export class ReportWithdrawnError extends Error {
  constructor(readonly reportId: number) {
    super(`Report ${reportId} was withdrawn; it can no longer be changed.`);
    this.name = 'ReportWithdrawnError';
  }
}

export interface StoredReportFields {
  version: number;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
}

/** Someone changed the report after this editor opened it. */
export class ReportVersionConflictError extends Error {
  constructor(
    readonly reportId: number,
    readonly current: StoredReportFields,
  ) {
    super(`Report ${reportId} was changed by someone else meanwhile (now version ${current.version}).`);
    this.name = 'ReportVersionConflictError';
  }
}

/**
 * The new publication date would move incident dates, and the editor has not confirmed this
 * plan (or confirmed one that no longer holds: the report or its incidents changed since).
 */
export class DatesNeedConfirmationError extends Error {
  constructor(
    readonly plan: RedatePlan,
    readonly stale: boolean,
  ) {
    super(
      stale
        ? 'The incidents changed since the dates were shown; check the new list before confirming.'
        : `The new publication date would change ${plan.changes.length} incident date${plan.changes.length === 1 ? '' : 's'}; confirm to apply.`,
    );
    this.name = 'DatesNeedConfirmationError';
  }
}
