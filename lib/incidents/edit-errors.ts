/** What an edit can run into besides bad input: typed, so actions answer without matching text. */
import type { EditableField, IncidentSnapshot } from './schema';

export class IncidentNotFoundError extends Error {
  constructor(readonly incidentId: number) {
    super(`Incident ${incidentId} does not exist.`);
    this.name = 'IncidentNotFoundError';
  }
}

export class IncidentDeletedError extends Error {
  constructor(readonly incidentId: number) {
    super(`Incident ${incidentId} is deleted; restore it before changing it.`);
    this.name = 'IncidentDeletedError';
  }
}

const blankAsNull = (v: unknown) => (v === undefined || v === '' ? null : v);

/** Someone saved the incident after this editor opened it. */
export class VersionConflictError extends Error {
  constructor(
    readonly incidentId: number,
    readonly current: IncidentSnapshot & { version: number; deleted: boolean },
    readonly lastChange: { at: string; by: string | null } | null,
  ) {
    super(`Incident ${incidentId} was changed by someone else (now version ${current.version}).`);
    this.name = 'VersionConflictError';
  }

  /** Fields that differ between what the editor opened and what is stored now. */
  changedSince(base: Partial<IncidentSnapshot>): { field: EditableField; was: unknown; now: unknown }[] {
    return (Object.keys(base) as EditableField[])
      .filter((f) => f in this.current && blankAsNull(base[f]) !== blankAsNull(this.current[f]))
      .map((f) => ({ field: f, was: base[f] ?? null, now: this.current[f] ?? null }));
  }
}

/** A reference in the input that does not point at anything usable. */
export class InvalidReferenceError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidReferenceError';
  }
}

/** Values that are each valid but not together (e.g. one editor's end date before another's start). */
export class InvalidEditError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidEditError';
  }
}
