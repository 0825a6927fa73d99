/**
 * `npm run eval -- <corpus folder> [--scorers DIR]`: measure the reader and the merging of
 * reports on a corpus with gold annotations (articles/*.txt + gold.json, see
 * ../shared/corpus/README.md). Runs the reference scorers themselves (score_reader.py,
 * score_clusters.py, from ../shared/eval or --scorers / EVAL_SCORERS) on this checkout, prints
 * their output, then one JSON line with every measure (the ratchet test reads it).
 * Calling the scorers rather than porting them keeps the figures identical to the ones the
 * product is judged by. Exit codes: 0 measured, 1 a scorer failed, 2 usage.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const USAGE = 'usage: npm run eval -- <corpus folder (articles/ and gold.json)> [--scorers DIR]';
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

class UsageError extends Error {}

export interface EvalSummary {
  corpus: string;
  files: number;
  reader_errors: number;
  incident_f1: number;
  incident_precision: number;
  incident_recall: number;
  place_strict_recall: number;
  casualty_exact: number;
  deployment_recall: number;
  deployment_precision: number;
  cluster_f1: number;
  cluster_precision: number;
  cluster_recall: number;
  false_merge_pairs: number;
}

function parseArgs(argv: string[]): { corpus: string; scorers: string } {
  let corpus: string | null = null;
  let scorers = process.env.EVAL_SCORERS || path.resolve(repo, '..', 'shared', 'eval');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    if (arg === '--scorers') {
      const value = argv[++i];
      if (!value) throw new UsageError(`--scorers needs a folder. ${USAGE}`);
      scorers = path.resolve(value);
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}. ${USAGE}`);
    else if (corpus === null) corpus = path.resolve(arg);
    else throw new UsageError(`one corpus folder at a time. ${USAGE}`);
  }
  if (!corpus) throw new UsageError(USAGE);
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) {
    throw new UsageError(`no corpus folder at ${corpus}`);
  }
  if (!existsSync(path.join(corpus, 'gold.json'))) {
    throw new UsageError(`${corpus} has no gold.json: a corpus is articles/*.txt plus gold.json`);
  }
  if (!existsSync(path.join(corpus, 'articles'))) throw new UsageError(`${corpus} has no articles/ folder`);
  for (const scorer of ['score_reader.py', 'score_clusters.py']) {
    if (!existsSync(path.join(scorers, scorer))) {
      throw new UsageError(`no ${scorer} in ${scorers} (set --scorers or EVAL_SCORERS)`);
    }
  }
  return { corpus, scorers };
}

function run(script: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [script, '--project', repo, ...args], { cwd: repo });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

class ScorerError extends Error {}

function clusterMeasures(out: string) {
  const line = out.match(/clusters: pairwise F1 ([\d.]+) \(P ([\d.]+) R ([\d.]+)\), (\d+) false merge pairs/);
  if (!line) throw new ScorerError(`score_clusters.py printed no summary line:\n${out.slice(-500)}`);
  return {
    cluster_f1: Number(line[1]),
    cluster_precision: Number(line[2]),
    cluster_recall: Number(line[3]),
    false_merge_pairs: Number(line[4]),
  };
}

async function evaluate(corpus: string, scorers: string): Promise<EvalSummary> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'eval-'));
  const json = path.join(tmp, 'reader.json');
  try {
    // The reader scorer runs one extract per file, the cluster scorer one ingest: two cores, two jobs.
    const [reader, clusters] = await Promise.all([
      run(path.join(scorers, 'score_reader.py'), ['--corpus', corpus, '--json', json]),
      run(path.join(scorers, 'score_clusters.py'), ['--corpus', corpus]),
    ]);
    process.stdout.write(`${reader.out.trimEnd()}\n\n${clusters.out.trimEnd()}\n`);
    if (!existsSync(json)) throw new ScorerError(`score_reader.py exited ${reader.code} without measures`);
    const r = JSON.parse(readFileSync(json, 'utf8')) as Record<string, number>;
    return {
      corpus,
      files: r.files ?? 0,
      reader_errors: r.errors ?? 0,
      incident_f1: r.incident_f1 ?? 0,
      incident_precision: r.incident_precision ?? 0,
      incident_recall: r.incident_recall ?? 0,
      place_strict_recall: r.place_strict_recall ?? 0,
      casualty_exact: r.casualty_exact ?? 0,
      deployment_recall: r.deployment_recall ?? 0,
      deployment_precision: r.deployment_precision ?? 0,
      ...clusterMeasures(clusters.out),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  try {
    const { corpus, scorers } = parseArgs(process.argv.slice(2).filter((a) => a !== '--'));
    const summary = await evaluate(corpus, scorers);
    console.log(JSON.stringify(summary));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
