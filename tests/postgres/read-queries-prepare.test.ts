/**
 * Every read statement ported to the dialect layer (lib/store/dialect.ts), as the read functions
 * render it for PostgreSQL over a range of filter sets (helpers/read-filters.ts), is prepared and
 * run with its parameters on a migrated PostgreSQL database. The statements are caught at the
 * client boundary by a stand-in client that says it is PostgreSQL, so this needs nothing but the
 * read code; read-equivalence.test.ts then runs them through the real client on data.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentsByMonth, listActorReports } from '@/lib/actors/queries';
import { placeIndex } from '@/lib/aggregates/cube-read';
import { buildMonthCube } from '@/lib/aggregates/month-cube';
import type { Db } from '@/lib/db';
import { dailyCountsSql } from '@/lib/early-warning/queries';
import { exportIncidents } from '@/lib/export/batches';
import { listIncidents } from '@/lib/incidents/list-incidents';
import { countIncidentsIn } from '@/lib/incidents/queries';
import { listPlaceIncidents } from '@/lib/map/place-incidents';
import { selectPlaces, selectPoints } from '@/lib/map/queries';
import { queryWeekSpan } from '@/lib/map/week-span';
import { inboxCount, listInbox, reportReviewState } from '@/lib/reports/inbox';
import { countReports, listReports } from '@/lib/reports/list-reports';
import {
  countIncidentsRecordedSince,
  listIncidentsByCreation,
  recordedSince,
} from '@/lib/saved-searches/feed-incidents';
import {
  casualtiesByDepartment,
  casualtiesByMonth,
  casualtiesBySide,
  casualtiesByWeek,
} from '@/lib/stats/casualties';
import { incidentCountsByPeriod } from '@/lib/stats/overview';
import { casualtyTotalParts } from '@/lib/stats/totals';
import { renderPlaceholders } from '@/lib/store/dialect';
import { applyMigrations } from '@/prisma/engine';
import { connect, createDatabase, releaseAll, serverUrl } from './helpers/databases';
import { READ_FILTERS } from './helpers/read-filters';

interface Statement {
  source: string;
  sql: string;
  params: unknown[];
}

/** A client that records what it is asked and answers nothing, as PostgreSQL's would. */
function recordingDb(statements: Statement[], source: () => string): Db {
  const fake = {
    _activeProvider: 'postgresql',
    $queryRawUnsafe: async (sql: string, ...params: unknown[]) => {
      statements.push({ source: source(), sql, params });
      return [];
    },
    storeVersion: { findMany: async () => [] },
    location: {
      findMany: async () => [],
      findUnique: async () => ({ id: 1, key: 'kenscoff', name: 'Kenscoff', path: '/haiti/ouest/' }),
    },
  };
  return fake as unknown as Db;
}

/** A timeline cursor (encodeCursor's form), for the keyset conditions. */
const cursor = '2025-03-10_42';

async function renderAll(): Promise<Statement[]> {
  const statements: Statement[] = [];
  let source = '';
  const db = recordingDb(statements, () => source);
  const run = async (name: string, read: () => Promise<unknown>) => {
    source = name;
    await read();
  };
  for (const { name, filters } of READ_FILTERS) {
    await run(`casualtiesByMonth ${name}`, () => casualtiesByMonth(db, filters));
    await run(`casualtiesByWeek ${name}`, () => casualtiesByWeek(db, filters));
    await run(`casualtiesBySide ${name}`, () => casualtiesBySide(db, filters));
    await run(`casualtiesByDepartment ${name}`, () => casualtiesByDepartment(db, filters));
    await run(`casualtyTotalParts ${name}`, () => casualtyTotalParts(db, filters));
    await run(`incidentsByMonth ${name}`, () => incidentsByMonth(db, filters));
    await run(`selectPlaces ${name}`, () => selectPlaces(db, filters));
    await run(`selectPoints places ${name}`, () => selectPoints(db, filters, { placeIds: [1, 2] }));
    await run(`selectPoints ids ${name}`, () => selectPoints(db, filters, { ids: [3] }));
    await run(`queryWeekSpan ${name}`, () => queryWeekSpan(db, { ...filters, from: undefined }));
    await run(`countIncidentsIn ${name}`, () => countIncidentsIn(db, filters));
    await run(`exportIncidents ${name}`, () => exportIncidents(filters, db).next());
    await run(`listIncidents ${name}`, () => listIncidents(filters, { cursor, limit: 50 }, db));
    await run(`listPlaceIncidents ${name}`, () =>
      listPlaceIncidents(db, { key: 'kenscoff', filters, cursor, cache: false }),
    );
    await run(`listIncidentsByCreation ${name}`, () =>
      listIncidentsByCreation(filters, { since: new Date('2025-01-01T00:00:00Z'), limit: 50 }, db),
    );
    await run(`countIncidentsRecordedSince ${name}`, () =>
      countIncidentsRecordedSince(filters, new Date('2025-01-01T00:00:00Z'), db),
    );
    for (const part of [{ from: '2025-01-01', to: '2025-01-31' }, { startsFrom: '2025-02-01' }]) {
      const daily = dailyCountsSql({ ...filters, ...part }, 'postgres');
      statements.push({
        source: `dailyCountsSql ${name}`,
        sql: renderPlaceholders(daily.sql, 'postgres'),
        params: daily.params,
      });
    }
  }
  await run('incidentCountsByPeriod', () => incidentCountsByPeriod(db, '2025-06-30', [7, 28, 90]));
  await run('listActorReports', () => listActorReports(db, 'viv-ansanm', 10));
  await run('placeIndex', () => placeIndex(db));
  await run('listReports', () => listReports({ limit: 20 }, db));
  await run('listReports dated', () => listReports({ cursor: '2025-03-01_9', limit: 20 }, db));
  await run('listReports undated', () => listReports({ cursor: 'undated_9', limit: 20 }, db));
  await run('countReports', () => countReports(db));
  await run('listInbox', () => listInbox({ before: 9, limit: 20 }, db));
  await run('inboxCount', () => inboxCount(db));
  await run('reportReviewState', () => reportReviewState(3, db));
  await run('listIncidentsByCreation', () => listIncidentsByCreation({}, { limit: 50 }, db));
  await run('recordedSince', () => recordedSince([1, 2, 3], new Date('2025-01-01T00:00:00Z'), db));
  await run('buildMonthCube', () => buildMonthCube(db, '2025-02', '2025-02-28'));
  return statements;
}

describe.skipIf(!serverUrl)('read statements rendered for PostgreSQL', () => {
  let client: pg.Client;
  let statements: Statement[];
  beforeAll(async () => {
    const url = await createDatabase();
    await applyMigrations(url);
    client = await connect(url);
    statements = await renderAll();
  });
  afterAll(releaseAll);

  it('are numbered, hint-free PostgreSQL', () => {
    expect(statements.length).toBeGreaterThan(READ_FILTERS.length * 16);
    for (const s of statements) {
      const numbered = new Set([...s.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
      expect(numbered.size, s.source).toBe(s.params.length);
      expect(s.sql, s.source).not.toMatch(/INDEXED BY|json_each|group_concat|julianday|\bMATCH\b|\?/);
    }
  });

  it('prepare and run with their parameters on a migrated database', async () => {
    const failures: string[] = [];
    for (const [i, s] of statements.entries()) {
      try {
        await client.query(`PREPARE read_${i} AS ${s.sql}`);
        await client.query(`DEALLOCATE read_${i}`);
        await client.query(s.sql, s.params);
      } catch (error) {
        failures.push(`${s.source}: ${(error as Error).message}\n${s.sql}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
