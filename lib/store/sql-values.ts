/**
 * Values written with raw SQL must look exactly like the ones Prisma writes, or Prisma's reads
 * and our SQL comparisons would disagree. Prisma's SQLite adapter stores DateTime as ISO-8601
 * text with a "+00:00" offset and Json as JSON text.
 */
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

type SqlValue = string | number | null | undefined;

/** Columns the raw-SQL write paths fill, per table (the rest take their SQL defaults). */
export interface SqlRows {
  Report: {
    title: string;
    outlet: SqlValue;
    url: SqlValue;
    publishedAt: SqlValue;
    publishedPrecision: SqlValue;
    publishedEstimated: number;
    text: string;
    contentHash: string;
    warnings: SqlValue;
    language?: SqlValue;
    ingestedById: SqlValue;
    ingestedAt: string;
    reviewedAt?: SqlValue;
  };
  Incident: {
    date: string;
    dateEnd: SqlValue;
    datePrecision: string;
    type: string;
    title: string;
    summary: string;
    locationId: SqlValue;
    placePrecision: string;
    placeText: SqlValue;
    status: string;
    createdAt: string;
    updatedAt: string;
  };
  IncidentSource: {
    incidentId: number;
    reportId: number;
    excerpt: string;
    excerptFrom: SqlValue;
    excerptTo: SqlValue;
    createdAt: string;
  };
  ActorClaim: {
    incidentId: number;
    reportId: number;
    role: string;
    actorKey: SqlValue;
    name: string;
    actorType: string;
    country: SqlValue;
    excerpt: string;
    createdAt: string;
  };
  CasualtyClaim: {
    incidentId: number;
    reportId: number;
    kind: string;
    count: number;
    hedge: string;
    affiliation: string;
    country: SqlValue;
    persons: SqlValue;
    excerpt: string;
    createdAt: string;
  };
  Deployment: {
    country: string;
    personnel: SqlValue;
    hedge: string;
    date: string;
    datePrecision: string;
    kind: string;
    milestone: SqlValue;
    reportId: number;
    excerpt: string;
    createdAt: string;
  };
  Figure: {
    metric: string;
    value: number;
    hedge: string;
    periodStart: SqlValue;
    periodEnd: SqlValue;
    periodLabel: string;
    scope: string;
    attributedTo: SqlValue;
    affiliation: SqlValue;
    country: SqlValue;
    reportId: number;
    excerpt: string;
    createdAt: string;
  };
  AuditEntry: {
    userId: SqlValue;
    at: string;
    entity: string;
    entityId: number;
    action: string;
    before: SqlValue;
    after: SqlValue;
  };
  Feed: {
    url: string;
    name: string;
    language: SqlValue;
    keywords: string;
    addedById: SqlValue;
    addedAt: string;
    nextFetchAt: SqlValue;
  };
  FeedItem: {
    feedId: number;
    key: string;
    url: SqlValue;
    title: string;
    outcome: string;
    error: SqlValue;
    reportId: SqlValue;
    seenAt: string;
  };
  SavedSearch: {
    userId: number;
    name: string;
    query: string;
    feedToken: string;
    createdAt: string;
  };
}

/** `INSERT INTO "T" (...) VALUES (...)` for one typed row; returns the new id. */
export function insertRow<T extends keyof SqlRows>(
  sql: import('./write-connection').SqlConnection,
  table: T,
  row: SqlRows[T],
): number {
  const entries = Object.entries(row).filter(([, v]) => v !== undefined);
  const columns = entries.map(([k]) => `"${k}"`).join(', ');
  const params = entries.map(() => '?').join(', ');
  const result = sql
    .prepare(`INSERT INTO "${table}" (${columns}) VALUES (${params})`)
    .run(...entries.map(([, v]) => v));
  return Number(result.lastInsertRowid);
}
