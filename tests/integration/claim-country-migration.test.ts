/**
 * The data migration that takes a country off every claim whose side is not the MSS, and
 * re-reconciles the casualty summary of the incidents it touches (their groups merge).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { storeDraft } from '@/lib/ingest/store-draft';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import type { Sql } from '@/lib/store/sql';
import { openSqlConnection, type SqlConnection } from '@/lib/store/write-connection';
import { MIGRATIONS_DIR } from '@/prisma/engine';
import { draft, incident, killed } from './helpers/drafts';
import { createSqliteTestDb } from './helpers/test-db';

const MIGRATION = path.join(MIGRATIONS_DIR, '20261207090000_country_only_for_mss', 'migration.sql');

let sql: SqlConnection;
let sqlAsync: Sql;

/** One report's claims on one new incident, stored as the reader (or an old review screen) left them. */
async function stored(
  text: string,
  casualties: ReturnType<typeof killed>[],
  incidentId?: number,
): Promise<number> {
  const result = await storeDraft(sqlAsync, {
    input: { text, publishedAt: '2025-02-24' },
    draft: draft({ incidents: [incident({ casualties })] }),
    gazetteer: await loadGazetteer(sqlAsync),
    decisions: [incidentId ? { action: 'merge', incidentId } : { action: 'create' }],
  });
  return result.incidents[0]?.incidentId ?? Number.NaN;
}

const summary = (id: number) =>
  sql
    .prepare(
      'SELECT kind, affiliation, country, low, best, high, sources FROM IncidentCasualty WHERE incidentId = ? ORDER BY affiliation, country',
    )
    .all(id);

beforeAll(async () => {
  const { db, file, sql: storeSql } = await createSqliteTestDb();
  sqlAsync = storeSql;
  await installGazetteer(db, GAZETTEER);
  sql = openSqlConnection(file);
});

describe('country only for MSS claims (data migration)', () => {
  it('clears the country of non-MSS claims, keeps the MSS ones, and merges their summary groups', async () => {
    const id = await stored('Report one: two police officers killed.', [
      killed(2, 'police', 'Kenya'),
      killed(1, 'mss', 'Kenya'),
    ]);
    await stored('Report two: three police officers killed.', [killed(3, 'police', null)], id);
    const other = await stored('Report three: two Jamaicans killed.', [killed(2, 'civilian', 'Jamaica')]);
    expect(summary(id)).toHaveLength(3);

    sql.exec(readFileSync(MIGRATION, 'utf8'));

    const claims = sql
      .prepare(
        'SELECT incidentId, affiliation, country FROM CasualtyClaim WHERE incidentId IN (?, ?) ORDER BY id',
      )
      .all(id, other);
    expect(claims).toEqual([
      { incidentId: id, affiliation: 'police', country: null },
      { incidentId: id, affiliation: 'mss', country: 'Kenya' },
      { incidentId: id, affiliation: 'police', country: null },
      { incidentId: other, affiliation: 'civilian', country: null },
    ]);
    expect(summary(id)).toEqual([
      { kind: 'killed', affiliation: 'mss', country: 'Kenya', low: 1, best: 1, high: 1, sources: 1 },
      { kind: 'killed', affiliation: 'police', country: '', low: 2, best: 2, high: 3, sources: 2 },
    ]);
    expect(summary(other)).toEqual([
      { kind: 'killed', affiliation: 'civilian', country: '', low: 2, best: 2, high: 2, sources: 1 },
    ]);
  });
});
