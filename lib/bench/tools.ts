/** The reader's and ingest's own benchmarks (npm run bench:reader / bench:ingest), run as they are. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

function run(script: string, args: string[]): string {
  const tsx = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const result = spawnSync(process.execPath, [tsx, script, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}`);
  return result.stdout;
}

export function readerPerSecond(): { perSecond: number; line: string } {
  const out = run('lib/cli/bench-reader.ts', []);
  const m = /reader: (\d+) reports\/s/.exec(out);
  return { perSecond: Number(m?.[1] ?? Number.NaN), line: out.trim().split('\n').join(' / ') };
}

export function ingestSeconds(n = 1000): { seconds: number; perSecond: number; line: string } {
  const out = run('lib/cli/bench-ingest.ts', ['--n', String(n)]);
  const m = /Ingested \d+ reports in ([\d.]+) s \((\d+) reports\/s/.exec(out);
  return { seconds: Number(m?.[1] ?? Number.NaN), perSecond: Number(m?.[2] ?? Number.NaN), line: out.trim() };
}
