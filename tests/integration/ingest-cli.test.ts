import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStoreSql } from '@/lib/store/store-sql';
import { createEmptyStore } from './helpers/test-db';

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'prisma', 'seed', 'reports', '003_fc2d50c79dbd4e70.txt');

function ingest(url: string, ...targets: string[]) {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'lib/cli/ingest.ts', ...targets],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      encoding: 'utf8',
    },
  );
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('npm run ingest', () => {
  it('names the reports it could not read, or read only in part, for their language', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'haiti-ingest-lang-'));
    writeFileSync(
      path.join(dir, 'spanish.txt'),
      'title: Ataque en Delmas\npublished: 2025-03-12\n\nPistoleros mataron a tres personas en Delmas el lunes, dijo la policía, y el ataque duró varias horas según los vecinos del barrio.\n',
    );
    writeFileSync(
      path.join(dir, 'kreyol.txt'),
      'title: Atak nan Delmas\npublished: 2025-03-12\n\nBandi yo touye twa moun nan Delmas lendi, polis la di, atak la dire plizyè èdtan nan zòn nan.\n',
    );
    const run = ingest(await createEmptyStore(), dir);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Language:/);
    expect(run.out).toMatch(/spanish\.txt \(report #\d+\): not read/);
    expect(run.out).toMatch(/kreyol\.txt \(report #\d+\): Kreyòl, read only in part/);
  });

  it('stores good files, reports and skips bad ones, and changes nothing the second time', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'haiti-ingest-'));
    const reports = path.join(dir, 'reports');
    mkdirSync(path.join(reports, 'more'), { recursive: true });
    copyFileSync(SAMPLE, path.join(reports, 'ambush.txt'));
    writeFileSync(path.join(reports, 'empty.txt'), 'published: 2025-03-27\n\n   \n');
    writeFileSync(
      path.join(reports, 'more', 'binary.txt'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]),
    );
    writeFileSync(
      path.join(reports, 'more', 'undated.txt'),
      'title: Kidnapping in Croix-des-Bouquets\npublished: unknown\n\nGang members kidnapped two civilians in Croix-des-Bouquets on February 3, 2025, police said.\n',
    );
    const store = await createEmptyStore();

    const first = ingest(store, reports, path.join(dir, 'missing-folder'));
    expect(first.code).toBe(1);
    expect(first.out).toMatch(/Reports: 2 new, 0 already stored, 2 skipped\./);
    expect(first.out).toMatch(/Incidents: \d+ created/);
    expect(first.out).toMatch(/empty\.txt: text the report text is empty/);
    expect(first.out).toMatch(/binary\.txt: not a text file/);
    expect(first.out).toMatch(/not found: .*missing-folder/);
    expect(first.out).toMatch(/undated\.txt.*"unknown" is not a date; the reader estimates it/);

    const sql = await openStoreSql(store);
    const count = () =>
      sql.get('SELECT (SELECT count(*) FROM "Report") AS "r", (SELECT count(*) FROM "Incident") AS "i"');
    const before = await count();
    const undated = (await sql.get(
      `SELECT "publishedAt", "publishedEstimated" FROM "Report" WHERE "title" LIKE 'Kidnapping%'`,
    )) as {
      publishedAt: string | null;
      publishedEstimated: number;
    };
    expect(undated.publishedEstimated).toBe(1);
    expect(undated.publishedAt?.slice(0, 10)).toBe('2025-02-03');

    const second = ingest(store, path.join(reports, 'ambush.txt'), path.join(reports, 'more', 'undated.txt'));
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/Reports: 0 new, 2 already stored, 0 skipped\./);
    expect(await count()).toEqual(before);
    await sql.close();
  }, 60_000);

  it('explains its usage when given nothing', () => {
    const result = ingest(`file:${path.join(os.tmpdir(), 'unused.db')}`);
    expect(result.code).toBe(2);
    expect(result.out).toMatch(/usage: npm run ingest -- <report files or folders>/);
  });
});
