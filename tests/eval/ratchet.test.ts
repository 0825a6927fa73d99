/**
 * The ratchet: the reader and the merging of reports, measured by the reference scorers on the
 * development corpus (`npm run eval`), may not fall below the levels reached, which
 * ratchet.json records. Raise those levels when the reader improves; never lower them to pass.
 * The corpora sit beside the repository (../shared/corpus/dev/en and dev/fr) or under EVAL_CORPORA.
 * In CI (CI=true) a missing corpus fails; elsewhere the test is skipped and says so.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { EvalSummary } from '@/lib/cli/eval';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpora = path.resolve(process.env.EVAL_CORPORA ?? path.resolve(repo, '..', 'shared', 'corpus'));
const inCi = process.env.CI === 'true';

type Levels = Partial<Record<keyof EvalSummary, number>> & { max_false_merge_pairs: number };
/** One set of levels per corpus, keyed by its folder under the corpora ("dev/en", "dev/fr"). */
const ratchet = JSON.parse(readFileSync(path.join(repo, 'tests', 'eval', 'ratchet.json'), 'utf8')) as Record<
  string,
  Levels
>;
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

describe.each(Object.keys(ratchet))('the reader and the merging on %s', (name) => {
  const corpus = path.join(corpora, name);
  const levels = ratchet[name] as Levels;
  const hasCorpus = existsSync(path.join(corpus, 'gold.json'));
  if (!hasCorpus && !inCi) {
    console.warn(`[eval] SKIPPED: no corpus at ${corpus} (set EVAL_CORPORA); the ratchet was not checked.`);
  }

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
      ...FLOORS.map((m) => `${m.padEnd(22)} ${got[m].toFixed(3)}  (ratchet ≥ ${levels[m]})`),
      `${'false_merge_pairs'.padEnd(22)} ${got.false_merge_pairs}      (ratchet ≤ ${levels.max_false_merge_pairs})`,
    ];
    console.log(`[eval] ${corpus}\n${rows.join('\n')}`);
    const fallen = FLOORS.filter((m) => got[m] < (levels[m] ?? 0) - 1e-9).map(
      (m) => `${m} ${got[m]} fell below ${levels[m]}`,
    );
    if (got.false_merge_pairs > levels.max_false_merge_pairs) {
      fallen.push(`false_merge_pairs ${got.false_merge_pairs} rose above ${levels.max_false_merge_pairs}`);
    }
    const risen = FLOORS.filter((m) => got[m] > (levels[m] ?? 0) + 1e-9);
    if (risen.length) console.log(`[eval] above the ratchet, raise it in ratchet.json: ${risen.join(', ')}`);
    expect(got.reader_errors, 'files the reader failed on').toBe(0);
    expect(fallen).toEqual([]);
  });
});
