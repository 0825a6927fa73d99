/**
 * `npm start` and `npm run db:migrate` on a PostgreSQL DATABASE_URL (lib/cli/start-store.ts): an
 * empty database is migrated and given the gazetteer and the sample reports, read and merged into
 * exactly the incidents, grades, sources and claims a new SQLite store gets; a second start adds
 * nothing; the deploy's migration loads no sample report; with MIGRATE_ON_START=off a database not
 * migrated yet is refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkStoreUrlForStart,
  prepareStoreForStart,
  prepareStoreUrlForDeploy,
  prepareStoreUrlForStart,
} from '@/lib/cli/start-store';
import { StoreNotCurrentError } from '@/lib/store/store-not-current';
import { openStoreSql } from '@/lib/store/store-sql';
import { atRelease, createDatabase, releaseAll, serverUrl } from './helpers/databases';

/** What a reader sees of a store: each incident with its grade and source count, and the claims. */
async function contents(url: string) {
  const sql = await openStoreSql(url);
  try {
    const incidents = await sql.all(
      `SELECT i."title", i."date", i."grade", i."status",
              (SELECT count(*) FROM "IncidentSource" s WHERE s."incidentId" = i."id") AS "sources"
         FROM "Incident" i ORDER BY i."title"`,
    );
    const claims = await sql.all(
      `SELECT c."kind", c."count", c."affiliation", r."title" AS "report"
         FROM "CasualtyClaim" c JOIN "Report" r ON r."id" = c."reportId" ORDER BY r."title", CAST(c."kind" AS text), c."count"`,
    );
    const counts = await sql.get(
      `SELECT (SELECT count(*) FROM "Report") AS "reports", (SELECT count(*) FROM "Location") AS "places",
              (SELECT count(*) FROM "Deployment") AS "deployments", (SELECT count(*) FROM "Figure") AS "figures"`,
    );
    return { incidents, claims, counts };
  } finally {
    await sql.close();
  }
}

describe.skipIf(!serverUrl)('starting on a PostgreSQL store', () => {
  afterAll(releaseAll);

  it('loads the sample reports into an empty database as into a new SQLite store, once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'start-store-'));
    atRelease(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'haiti.db');
    await prepareStoreForStart(file, () => {});
    const url = await createDatabase();
    const log: string[] = [];
    await prepareStoreUrlForStart(url, (line) => log.push(line));
    expect(log.join('\n')).toMatch(/Sample data: 5 reports loaded/);
    expect(log.join('\n')).not.toContain('@'); // no credentials in what start-up prints

    const expected = await contents(`file:${file}`);
    expect(expected.incidents.length).toBeGreaterThan(0);
    expect(await contents(url)).toEqual(expected);

    const again: string[] = [];
    await prepareStoreUrlForStart(url, (line) => again.push(line));
    expect(again.join('\n')).not.toMatch(/Sample data|places added/);
    expect(await contents(url)).toEqual(expected);
  });

  it('migrates without sample data for a deploy, and refuses an unmigrated database when servers only check', async () => {
    const fresh = await createDatabase();
    const refusal = await checkStoreUrlForStart(fresh, () => {}).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(StoreNotCurrentError);
    expect((await prepareStoreUrlForDeploy(fresh, () => {})).length).toBeGreaterThan(0);
    const deployed = await contents(fresh);
    expect(deployed.counts).toMatchObject({ reports: 0 });
    expect((deployed.counts as { places: number }).places).toBeGreaterThan(200);
    await expect(checkStoreUrlForStart(fresh, () => {})).resolves.toBeUndefined();
  });
});
