/** The `extract` command: JSON on stdout, one clear line on stderr and exit 2 for bad usage. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportDraftSchema } from '@/lib/extract/schema';

const ROOT = path.join(__dirname, '..', '..', '..');
const SAMPLE = path.join(ROOT, 'prisma', 'seed', 'reports', '003_fc2d50c79dbd4e70.txt');
const dir = mkdtempSync(path.join(tmpdir(), 'extract-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'lib', 'cli', 'extract.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each case starts the CLI as its own process (tsx), a few seconds on a busy two-core machine.
describe('extract CLI', { timeout: 30_000 }, () => {
  it('prints the draft of a sample report as JSON and exits 0', () => {
    const r = run(SAMPLE);
    expect(r.code).toBe(0);
    const draft = reportDraftSchema.parse(JSON.parse(r.stdout));
    expect(draft.publishedAt).toBe('2025-03-27');
    expect(draft.incidents.some((i) => i.type === 'ambush' && i.date === '2025-03-25')).toBe(true);
  });

  it('lets --published override the header, and estimates when the header date is not a date', () => {
    const overridden = reportDraftSchema.parse(JSON.parse(run(SAMPLE, '--published', '2025-04-03').stdout));
    expect(overridden.incidents.find((i) => i.type === 'ambush')?.date).toBe('2025-04-01');
    const file = path.join(dir, 'unknown-date.txt');
    writeFileSync(file, 'published: unknown\n\nOn May 2, 2025, gunmen killed two residents in Delmas.\n');
    const estimated = reportDraftSchema.parse(JSON.parse(run(file).stdout));
    expect(estimated).toMatchObject({ publishedAt: '2025-05-02', publishedAtEstimated: true });
  });

  it.each([
    [[], /usage/],
    [['/no/such/report.txt'], /cannot read .*no such file/],
    [[SAMPLE, '--published', '2025-02-30'], /not a real date/],
    [[SAMPLE, '--bogus'], /unknown option --bogus/],
  ])('exits 2 with one clear line for %j', (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 for an empty file', () => {
    const file = path.join(dir, 'empty.txt');
    writeFileSync(file, 'title: nothing\n\n   \n');
    const r = run(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no report text/);
  });
});
