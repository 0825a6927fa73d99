/**
 * Two writers in two processes on one store, as two app servers (or an app server and an
 * ingest run) are: they start together from a shared signal, in opposite orders. Reports of one
 * event from two outlets must still make one incident whoever stores first, every report is stored
 * once, and no editor's save is lost when two save the same incident over and over.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { createUser } from '@/lib/users/mutations';
import { runCli, tempFolder } from './helpers/store-files';
import { createTestDb } from './helpers/test-db';

const WORKER = 'tests/integration/helpers/writer-process.ts';

const PLACES = [
  'Cabaret',
  'Saint-Marc',
  'Gonaïves',
  'Mirebalais',
  'Hinche',
  'Jacmel',
  'Léogâne',
  'Petit-Goâve',
  'Arcahaie',
  'Croix-des-Bouquets',
  'Kenscoff',
  'Verrettes',
  'Gressier',
  'Thomazeau',
  'Ganthier',
  'Lascahobas',
];

/** Two outlets' reports of each of 16 invented killings, one place and one day each. */
function inventedReports(dir: string): { first: string[]; second: string[] } {
  const first: string[] = [];
  const second: string[] = [];
  PLACES.forEach((place, i) => {
    const day = 3 + i;
    const killed = 3 + (i % 5);
    const a = path.join(dir, `a${i}.txt`);
    const b = path.join(dir, `b${i}.txt`);
    writeFileSync(
      a,
      `title: Gunmen kill ${killed} in ${place}\npublished: 2025-04-${String(day + 1).padStart(2, '0')}\n\n` +
        `Gunmen killed ${killed} people in ${place} on April ${day}, 2025, police said. Residents fled the area after the attack.\n`,
    );
    writeFileSync(
      b,
      `title: ${killed} dead after attack in ${place}\npublished: 2025-04-${String(day + 2).padStart(2, '0')}\n\n` +
        `Armed gang members shot dead ${killed} residents of ${place} on April ${day}, 2025, according to local officials. The victims were killed in their homes.\n`,
    );
    first.push(a);
    second.push(b);
  });
  return { first, second };
}

/** Starts the writers together: once every one of them has said it is loaded. */
async function startTogether(go: string, writers: number): Promise<void> {
  const dir = path.dirname(go);
  const ready = () => readdirSync(dir).filter((f) => f.startsWith(`${path.basename(go)}.`)).length;
  while (ready() < writers) await new Promise((resolve) => setTimeout(resolve, 20));
  writeFileSync(go, '');
}

function parseOutput<T>(out: string): T {
  const line = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as T;
}

describe('two writing processes on one store', () => {
  it('store each report once and each event as one incident, whichever process stores first', async () => {
    const { db, url, sql } = await createTestDb();
    await installGazetteer(db, GAZETTEER);
    const dir = tempFolder('haiti-writers-');
    mkdirSync(path.join(dir, 'reports'));
    const { first, second } = inventedReports(path.join(dir, 'reports'));
    const go = path.join(dir, 'go');
    // One process takes outlet A's reports first, the other outlet B's, from opposite ends.
    const orderA = [...first, ...second];
    const orderB = [...orderA].reverse();
    const runs = [orderA, orderB].map((files) =>
      runCli(WORKER, ['ingest', url, go, ...files], { env: {}, timeoutMs: 120_000 }),
    );
    await startTogether(go, runs.length);
    const results = await Promise.all(runs);
    for (const r of results) expect(r.code, r.out).toBe(0);
    const created = results.map((r) => parseOutput<{ created: string[] }>(r.out).created);
    // Both really wrote: each stored some reports first.
    expect(created[0]?.length).toBeGreaterThan(0);
    expect(created[1]?.length).toBeGreaterThan(0);
    expect((created[0]?.length ?? 0) + (created[1]?.length ?? 0)).toBe(orderA.length);

    expect(await sql.get('SELECT COUNT(*) AS n FROM "Report"')).toEqual({ n: orderA.length });
    const incidents = (await sql.all(`SELECT i."date", l."name" AS place,
                (SELECT COUNT(*) FROM "IncidentSource" s WHERE s."incidentId" = i."id") AS "sources"
           FROM "Incident" i LEFT JOIN "Location" l ON l."id" = i."locationId"
          WHERE i."deletedAt" IS NULL ORDER BY i."date"`)) as {
      date: string;
      place: string;
      sources: number;
    }[];
    expect(incidents.map((i) => i.place)).toEqual(PLACES);
    expect(incidents.every((i) => i.sources === 2)).toBe(true);
  }, 180_000);

  it('lose no save when two editors in two processes keep saving the same incident', async () => {
    const { db, url, sql } = await createTestDb();
    await installGazetteer(db, GAZETTEER);
    const users = await Promise.all(
      ['ana', 'ben'].map((name) =>
        createUser(sql, {
          input: { email: `${name}@example.org`, name, role: 'editor', password: `${name} password 1` },
          actorId: null,
        }),
      ),
    );
    const location = (await sql.get(`SELECT "id" FROM "Location" WHERE "key" = 'saint-marc'`)) as {
      id: number;
    };
    const inserted = await sql.get<{ id: number }>(
      `INSERT INTO "Incident" ("date", "datePrecision", "type", "title", "summary", "locationId", "placePrecision", "status", "createdAt", "updatedAt")
       VALUES ('2025-04-03T00:00:00.000+00:00', 'day', 'killing', 'Attack in Saint-Marc', 'Start.', ?, 'commune', 'reviewed', '2025-04-03T00:00:00.000+00:00', '2025-04-03T00:00:00.000+00:00')
       RETURNING "id"`,
      [location.id],
    );
    const id = Number(inserted?.id);
    const dir = tempFolder('haiti-editors-');
    const go = path.join(dir, 'go');
    const count = 25;
    const runs = ['ana', 'ben'].map((name, i) =>
      runCli(WORKER, ['edit', url, go, String(id), String(users[i]), name, String(count)], {
        env: {},
        timeoutMs: 120_000,
      }),
    );
    await startTogether(go, runs.length);
    const results = await Promise.all(runs);
    for (const r of results) expect(r.code, r.out).toBe(0);
    const outcomes = results.map((r) => parseOutput<{ saved: string[]; conflicts: number }>(r.out));

    const row = (await sql.get('SELECT "summary", "version" FROM "Incident" WHERE "id" = ?', [id])) as {
      summary: string;
      version: number;
    };
    const tokens = row.summary.split(' ').slice(1);
    // Every save is in the summary, once, in the order each editor made them; none overwrote another.
    expect([...tokens].sort()).toEqual(outcomes.flatMap((o) => o.saved).sort());
    expect(tokens.filter((t) => t.startsWith('ana-'))).toEqual(outcomes[0]?.saved);
    expect(row.version).toBe(1 + 2 * count);
    const audited = await sql.get(
      `SELECT COUNT(*) AS n FROM "AuditEntry" WHERE "entity" = 'Incident' AND "entityId" = ? AND "action" = 'update'`,
      [id],
    );
    expect(audited).toEqual({ n: 2 * count });
  }, 180_000);
});
