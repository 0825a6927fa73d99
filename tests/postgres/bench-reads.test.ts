/**
 * `npm run bench:reads` end to end at 200 incidents: a generated store copied into a new
 * database on the test server, every read timed on both stores, and the table written with each
 * read and both stores' figures.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findReadTargets, readSpecs } from '@/lib/bench/reads';
import { runReadsBench } from '@/lib/bench/reads-run';
import { atRelease, createDatabase, releaseAll, serverUrl } from './helpers/databases';

describe.skipIf(!serverUrl)('bench:reads', () => {
  afterAll(releaseAll);

  it('times every read on SQLite and PostgreSQL and writes them side by side', async () => {
    const dir = path.resolve(__dirname, '..', '.tmp', `bench-reads-${process.pid}-${Date.now()}`);
    atRelease(() => rmSync(dir, { recursive: true, force: true }));
    const url = await createDatabase();
    const lines: string[] = [];
    const run = await runReadsBench(
      { n: 200, stores: ['sqlite', 'postgres'], postgresUrl: url, runs: 2, reuse: false },
      dir,
      (line) => lines.push(line),
    );
    expect(run.file).toBe(path.join(dir, 'reads-200.md'));
    expect(existsSync(run.file) && readFileSync(run.file, 'utf8')).toBe(run.table);
    expect(lines.some((l) => l.startsWith('Copied '))).toBe(true);

    const names = readSpecs(findReadTargets(path.join(dir, 'bench-200.db'))).map((s) => s.name);
    expect(names.length).toBeGreaterThanOrEqual(20);
    expect(run.results.map((r) => r.name)).toEqual(names);
    const rows = run.table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| read |'));
    expect(rows).toHaveLength(names.length);
    for (const [i, name] of names.entries()) {
      const cells = (rows[i] as string).split(' | ');
      expect(cells[0]).toBe(`| ${name}`);
      // answer, then cold/p50/p95 for SQLite and for PostgreSQL, then the ratio: all measured.
      expect(
        cells.slice(2, 8).every((c) => /^\d+(\.\d)?$/.test(c)),
        rows[i],
      ).toBe(true);
      // Both stores gave the same answer (a disagreement is written into the answer cell).
      expect(cells[1], rows[i]).not.toContain('!');
    }
    expect(run.table).toContain('PostgreSQL cold | PostgreSQL p50 | PostgreSQL p95');
    expect(run.table).toMatch(/PostgreSQL \d+\.\d+ \(given database\): copied in \d+ s, then ANALYZE/);
  }, 180_000);
});
