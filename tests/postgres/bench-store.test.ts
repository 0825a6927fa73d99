/**
 * `npm run bench -- --store postgres`'s preparation at 120 incidents, without starting the app:
 * the generated store copied into a new database (lib/bench/bench-store.ts) is one that what
 * `npm start` does first (migrate, load what is missing) leaves as it is — no sample reports
 * added to it — and that the app's reads answer like the SQLite file; the bench's targets exist
 * there, and its editor session and writer work through the URL.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveSession, SESSION_COOKIE } from '@/lib/auth/sessions';
import { typeFlipper } from '@/lib/bench/after-write';
import { openBenchStore } from '@/lib/bench/bench-store';
import { benchSecret, editorCookie } from '@/lib/bench/editor-session';
import { generateStore } from '@/lib/bench/generate';
import { clearReadCaches } from '@/lib/bench/reads';
import { findTargets } from '@/lib/bench/targets';
import { prepareStoreUrlForStart } from '@/lib/cli/start-store';
import { createDb, type Db } from '@/lib/db';
import { countIncidentsIn } from '@/lib/incidents/queries';
import { storeLabel } from '@/lib/store/open-postgres-store';
import { openStoreSql } from '@/lib/store/store-sql';
import { atRelease, createDatabase, releaseAll, serverUrl } from './helpers/databases';

async function count(url: string): Promise<number> {
  const db: Db = createDb(url);
  try {
    clearReadCaches(db);
    return await countIncidentsIn(db, {});
  } finally {
    await db.$disconnect();
  }
}

describe.skipIf(!serverUrl)('bench on PostgreSQL: the store', () => {
  afterAll(releaseAll);

  it('is a copy that start-up leaves alone, the reads accept, and the bench writes into', async () => {
    const dir = path.resolve(__dirname, '..', '.tmp', `bench-store-${process.pid}-${Date.now()}`);
    atRelease(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'bench-120.db');
    await generateStore(file, 120, () => undefined);
    const lines: string[] = [];
    const store = await openBenchStore(
      'postgres',
      file,
      { postgresUrl: await createDatabase(), reuse: false },
      (line) => lines.push(line),
    );
    atRelease(() => store.stop());
    expect(store.url).toMatch(/^postgresql:\/\//);
    expect(store.rawFile).toBeNull();
    expect(store.label).toMatch(
      /^PostgreSQL \d+\.\d+ \(given database\), copied from the same SQLite store in \d+ s, then ANALYZE$/,
    );
    expect(lines.some((l) => l.startsWith('Copied '))).toBe(true);

    // What `npm start` runs before serving: nothing to migrate, no sample reports into a copy.
    const started: string[] = [];
    await prepareStoreUrlForStart(store.url, (line) => started.push(line));
    expect(started).toContain(`Database: ${storeLabel(store.url)} up to date`);
    expect(started.some((l) => l.startsWith('Sample data'))).toBe(false);
    const incidents = await count(`file:${file}`);
    expect(incidents).toBeGreaterThan(0);
    expect(await count(store.url)).toBe(incidents);

    const targets = findTargets(file);
    const sql = await openStoreSql(store.url);
    atRelease(() => sql.close());
    const sources = await sql.get<{ n: number }>(
      'SELECT count(*) AS "n" FROM "IncidentSource" WHERE "incidentId" = ?',
      [targets.incidentId],
    );
    expect(Number(sources?.n)).toBe(4);

    // The editor's session, made through the URL, is one the app resolves there.
    const secret = benchSecret();
    const cookie = await editorCookie(store.url, secret);
    const token = cookie.slice(`${SESSION_COOKIE}=`.length);
    expect(await resolveSession(sql, { secret, token })).toMatchObject({
      email: 'bench-editor@example.org',
      role: 'editor',
    });
    // A second run on the same database (--reuse) keeps the one account.
    await editorCookie(store.url, secret);
    const editors = await sql.get<{ n: number }>(
      `SELECT count(*) AS "n" FROM "User" WHERE "email" = 'bench-editor@example.org'`,
    );
    expect(Number(editors?.n)).toBe(1);

    // The writer's save lands in PostgreSQL.
    const type = async () =>
      (await sql.get<{ type: string }>('SELECT "type" FROM "Incident" WHERE "id" = ?', [targets.incidentId]))
        ?.type;
    const before = await type();
    await typeFlipper(sql, targets.incidentId)();
    expect(await type()).toBe(before === 'gunfire' ? 'attack' : 'gunfire');
  }, 120_000);
});
