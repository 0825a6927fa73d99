/**
 * The ratchet: the reader and the merging of reports, measured by the reference scorers on the
 * development corpus (`npm run eval`), may not fall below the levels reached, which
 * ratchet.json records. Raise those levels when the reader improves; never lower them to pass.
 * The corpus sits beside the repository (../shared/corpus/dev/en) or at EVAL_CORPUS. In CI
 * (CI=true) a missing corpus fails; elsewhere the test is skipped and says so.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { EvalSummary } from '@/lib/cli/eval';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = process.env.EVAL_CORPUS
  ? path.resolve(process.env.EVAL_CORPUS)
  : path.resolve(repo, '..', 'shared', 'corpus', 'dev', 'en');
const hasCorpus = existsSync(path.join(corpus, 'gold.json'));
const inCi = process.env.CI === 'true';

type Ratchet = Partial<Record<keyof EvalSummary, number>> & { max_false_merge_pairs: number };
const ratchet = JSON.parse(readFileSync(path.join(repo, 'tests', 'eval', 'ratchet.json'), 'utf8')) as Ratchet;
const FLOORS = [
  'incident_f1',
  'incident_precision',
  'incident_recall',
  'place_strict_recall',
  'casualty_exact',
  'deployment_recall',
  'deployment_precision',
  'cluster_f1',
] as const;

if (!hasCorpus && !inCi) {
  console.warn(`[eval] SKIPPED: no corpus at ${corpus} (set EVAL_CORPUS); the ratchet was not checked.`);
}

describe('the reader and the merging on the development corpus', () => {
  it.runIf(!hasCorpus && inCi)('has its corpus in CI', () => {
    expect.fail(`no corpus at ${corpus} (gold.json missing): CI must measure the reader`);
  });

  it.runIf(hasCorpus)('stays at or above every level reached (tests/eval/ratchet.json)', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'lib/cli/eval.ts', corpus], {
      cwd: repo,
      maxBuffer: 16 * 1024 * 1024,
    });
    const got = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as EvalSummary;
    const rows = [
      ...FLOORS.map((m) => `${m.padEnd(22)} ${got[m].toFixed(3)}  (ratchet ≥ ${ratchet[m]})`),
      `${'false_merge_pairs'.padEnd(22)} ${got.false_merge_pairs}      (ratchet ≤ ${ratchet.max_false_merge_pairs})`,
    ];
    console.log(`[eval] ${corpus}\n${rows.join('\n')}`);
    const fallen = FLOORS.filter((m) => got[m] < (ratchet[m] ?? 0) - 1e-9).map(
      (m) => `${m} ${got[m]} fell below ${ratchet[m]}`,
    );
    if (got.false_merge_pairs > ratchet.max_false_merge_pairs) {
      fallen.push(`false_merge_pairs ${got.false_merge_pairs} rose above ${ratchet.max_false_merge_pairs}`);
    }
    const risen = FLOORS.filter((m) => got[m] > (ratchet[m] ?? 0) + 1e-9);
    if (risen.length) console.log(`[eval] above the ratchet, raise it in ratchet.json: ${risen.join(', ')}`);
    expect(got.reader_errors, 'files the reader failed on').toBe(0);
    expect(fallen).toEqual([]);
  });
});
