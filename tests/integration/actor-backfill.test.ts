/**
 * Reports stored before the reader read who did it get their actors by reading them again:
 * the same claims, per source, on the incidents those reports support — and nothing else moves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { backfillActorClaims } from '@/lib/ingest/backfill-actors';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import type { Sql } from '@/lib/store/sql';
import { seedDatabase } from '@/prisma/seed';
import { createTestDb } from './helpers/test-db';

let db: Db;
let sql: Sql;

const claims = async () =>
  (await db.actorClaim.findMany({ orderBy: { id: 'asc' } }))
    .map((c) => `${c.incidentId}|${c.reportId}|${c.role}|${c.actorKey ?? c.name}|${c.country ?? ''}`)
    .sort();

beforeAll(async () => {
  const created = await createTestDb();
  db = created.db;
  sql = created.sql;
  await seedDatabase(db, sql);
});

describe('reading actors again for reports stored without them', () => {
  it('gives back the claims the reader stores with a report, and changes nothing else', async () => {
    const stored = await claims();
    expect(stored.length).toBeGreaterThan(0);
    const incidentsBefore = await db.incident.findMany({ orderBy: { id: 'asc' } });
    const castBefore = await db.casualtyClaim.count();
    // As a store from before actors were read: none at all, and the first report withdrawn.
    await db.actorClaim.deleteMany({});
    const withdrawn = await db.report.findFirstOrThrow({ orderBy: { id: 'desc' } });
    await db.report.update({ where: { id: withdrawn.id }, data: { withdrawnAt: new Date() } });
    const progress: string[] = [];
    const result = await backfillActorClaims(sql, {
      gazetteer: await loadGazetteer(sql),
      onReport: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(progress).toEqual(['1/4', '2/4', '3/4', '4/4']);
    const expected = stored.filter((c) => c.split('|')[1] !== String(withdrawn.id));
    expect(await claims()).toEqual(expected);
    expect(result).toMatchObject({ reports: 4, claims: expected.length });
    expect(await db.casualtyClaim.count()).toBe(castBefore);
    const incidentsAfter = await db.incident.findMany({ orderBy: { id: 'asc' } });
    expect(incidentsAfter.map(({ title, date, locationId }) => ({ title, date, locationId }))).toEqual(
      incidentsBefore.map(({ title, date, locationId }) => ({ title, date, locationId })),
    );
    expect(await db.auditEntry.count({ where: { action: 'actors_read' } })).toBe(result.incidents);
  });

  it('leaves reports that already have actors alone when run again', async () => {
    const before = await claims();
    expect((await backfillActorClaims(sql, { gazetteer: await loadGazetteer(sql) })).claims).toBe(0);
    expect(await claims()).toEqual(before);
  });
});
