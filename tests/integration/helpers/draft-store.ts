/**
 * A migrated test store with the gazetteer installed and a function that stores a hand-built
 * draft as a new report (through the reader's storing path, on the store's Sql).
 */
import type { Db } from '@/lib/db';
import type { IncidentDraft } from '@/lib/extract/schema';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { storeDraft } from '@/lib/ingest/store-draft';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import type { Sql } from '@/lib/store/sql';
import type { SqlConnection } from '@/lib/store/write-connection';
import { draft, incident } from './drafts';
import { createTestDb, sqliteConnection } from './test-db';

export interface DraftStore {
  db: Db;
  /** The store's URL, for code that reaches it through the app's own client (DATABASE_URL). */
  url: string;
  /** A synchronous SQLite connection to the store, for SQLite-only tests; throws on PostgreSQL. */
  readonly sql: SqlConnection;
  /** The store's Sql (test-db.ts), for the domains already on the asynchronous interface. */
  sqlAsync: Sql;
  store: (d: ReturnType<typeof draft>) => Promise<{ incidents: { incidentId: number }[] }>;
  /** A report of one incident on its date; the stored (or joined) incident's id. */
  storeOne: (overrides: Partial<IncidentDraft> & { date: string }) => Promise<number>;
}

export async function openDraftStore(): Promise<DraftStore> {
  const created = await createTestDb();
  await installGazetteer(created.db, GAZETTEER);
  const gazetteer = await loadGazetteer(created.sql);
  let n = 0;
  const store: DraftStore['store'] = async (d) =>
    (await storeDraft(created.sql, {
      input: { text: `Report ${++n}`, publishedAt: d.publishedAt },
      draft: d,
      gazetteer,
    })) as { incidents: { incidentId: number }[] };
  const storeOne: DraftStore['storeOne'] = async (overrides) =>
    (await store(draft({ publishedAt: overrides.date, incidents: [incident(overrides)] }))).incidents[0]
      ?.incidentId as number;
  const { file } = created;
  return {
    db: created.db,
    url: created.url,
    sql: sqliteConnection(file),
    sqlAsync: created.sql,
    store,
    storeOne,
  };
}
