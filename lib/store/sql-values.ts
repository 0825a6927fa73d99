/**
 * Values written with raw SQL must look exactly like the ones Prisma writes, or Prisma's reads
 * and our SQL comparisons would disagree. Prisma's SQLite adapter stores DateTime as ISO-8601
 * text with a "+00:00" offset and Json as JSON text.
 */
import type {
  ActorClaim,
  AuditEntry,
  CasualtyClaim,
  Deployment,
  Feed,
  FeedItem,
  Figure,
  Incident,
  IncidentSource,
  Prisma,
  Report,
  SavedSearch,
} from '../generated/prisma/client';
import { insertedId, insertStatement } from './sql-insert';

export function sqlDateTime(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

/** A calendar date (YYYY-MM-DD) as stored: UTC midnight. */
export function sqlDate(iso: string): string {
  return `${iso}T00:00:00.000+00:00`;
}

export function sqlJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/**
 * A column as SQLite holds it: DateTime as ISO text (sqlDateTime), Boolean as 0/1, Json as JSON
 * text (sqlJson); enums keep their literal types.
 */
type SqlColumn<V> = [Prisma.JsonValue] extends [V]
  ? string | null
  : V extends Date
    ? string
    : V extends boolean
      ? number
      : V;

/** Keys a create may leave out: Prisma's create input marks them (a default, or nullable). */
type OptionalKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? K : never }[keyof T];

/**
 * One table's row for a raw-SQL insert, derived from Prisma's generated model and create types
 * (so a column added to the schema reaches these writers' types): every scalar column but the
 * id, required exactly where Prisma's create requires it.
 */
type SqlRow<Model, CreateInput> = {
  [K in Exclude<keyof Model, 'id' | OptionalKeys<CreateInput>>]: SqlColumn<Model[K]>;
} & {
  [K in Exclude<keyof Model, 'id'> & OptionalKeys<CreateInput>]?: SqlColumn<Model[K]> | null;
};

/** The tables the raw-SQL write paths insert into (the rest are written through Prisma). */
export interface SqlRows {
  Report: SqlRow<Report, Prisma.ReportUncheckedCreateInput>;
  Incident: SqlRow<Incident, Prisma.IncidentUncheckedCreateInput>;
  IncidentSource: SqlRow<IncidentSource, Prisma.IncidentSourceUncheckedCreateInput>;
  ActorClaim: SqlRow<ActorClaim, Prisma.ActorClaimUncheckedCreateInput>;
  CasualtyClaim: SqlRow<CasualtyClaim, Prisma.CasualtyClaimUncheckedCreateInput>;
  Deployment: SqlRow<Deployment, Prisma.DeploymentUncheckedCreateInput>;
  Figure: SqlRow<Figure, Prisma.FigureUncheckedCreateInput>;
  AuditEntry: SqlRow<AuditEntry, Prisma.AuditEntryUncheckedCreateInput>;
  Feed: SqlRow<Feed, Prisma.FeedUncheckedCreateInput>;
  FeedItem: SqlRow<FeedItem, Prisma.FeedItemUncheckedCreateInput>;
  SavedSearch: SqlRow<SavedSearch, Prisma.SavedSearchUncheckedCreateInput>;
}

/** `INSERT INTO "T" (...) VALUES (...)` for one typed row; returns the new id. */
export function insertRow<T extends keyof SqlRows>(
  sql: import('./write-connection').SqlConnection,
  table: T,
  row: SqlRows[T],
): number {
  // The statement the asynchronous interface sends too (lib/store/sql-insert.ts).
  const { text, params } = insertStatement(table, row);
  return insertedId(table, sql.prepare(text).get(...params) as { id?: unknown } | undefined);
}
