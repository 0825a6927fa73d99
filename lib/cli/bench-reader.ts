/**
 * `npm run bench:reader`: how fast the report reader is. Reads the five sample reports, makes
 * ~3 KB variants by recombining their paragraphs, and reads them for a few seconds on one core.
 * A script, not a test: the budget (≥ 500 reports/s on 3 KB reports, once warm) is checked by eye.
 * BENCH_SECONDS (4) and BENCH_WARMUP_SECONDS (12) are seconds of this process's CPU time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readReport } from '../extract';
import { GAZETTEER } from '../locations/gazetteer';
import { parseReportFile } from '../reports/report-file';

const SAMPLES = path.join(process.cwd(), 'prisma', 'seed', 'reports');
const TARGET_BYTES = 3_000;
const VARIANTS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 12);

interface Input {
  text: string;
  publishedAt: string | null;
}

/** A small deterministic generator, so every run reads the same variants. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

function variants(reports: Array<{ body: string; publishedAt: string | null }>) {
  const paragraphs = reports.flatMap((r) => r.body.split(/\n+/).filter((p) => p.trim().length > 0));
  const next = random(42);
  const out: Input[] = [];
  for (let v = 0; v < VARIANTS; v++) {
    let text = '';
    while (text.length < TARGET_BYTES) text += `${paragraphs[Math.floor(next() * paragraphs.length)]}\n\n`;
    out.push({ text, publishedAt: reports[v % reports.length]?.publishedAt ?? null });
  }
  return out;
}

/** Reads the inputs for about `seconds` of this process's CPU time; how many it read and the CPU time taken. */
function readFor(
  inputs: Input[],
  seconds: number,
  from: number,
): { count: number; cpu: number; wall: number } {
  const cpuStart = process.cpuUsage();
  const wallStart = process.hrtime.bigint();
  const budget = seconds * 1e6;
  let count = 0;
  let cpu = 0;
  while (cpu < budget) {
    const r = inputs[(from + count) % inputs.length];
    if (r) readReport(r.text, { publishedAt: r.publishedAt, gazetteer: GAZETTEER });
    count++;
    // A report takes milliseconds; reading the clock, about a microsecond.
    const used = process.cpuUsage(cpuStart);
    cpu = used.user + used.system;
  }
  return { count, cpu: cpu / 1e6, wall: Number(process.hrtime.bigint() - wallStart) / 1e9 };
}

function main(): void {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'));
  const reports = files.map((f) => parseReportFile(readFileSync(path.join(SAMPLES, f), 'utf8')));
  const inputs = [
    ...reports.map((r) => ({ text: r.body, publishedAt: r.publishedAt })),
    ...variants(reports),
  ];
  const bytes = inputs.reduce((n, r) => n + Buffer.byteLength(r.text), 0) / inputs.length;
  // Warm-up. V8 compiles the reader's larger functions in background threads during its first
  // seconds, and that CPU time counts against this process: the first second reads about a fifth
  // of what a warm reader does, and the rate climbs for about ten seconds. A server or an import
  // that reads reports all day runs at the warm rate, so that is the figure; the climb is shown.
  let read = 0;
  const warmup: number[] = [];
  for (let s = 0; s < WARMUP_SECONDS; s++) {
    const w = readFor(inputs, 1, read);
    read += w.count;
    warmup.push(w.count / w.cpu);
  }
  const m = readFor(inputs, SECONDS, read);
  const perSecond = m.count / m.cpu;
  console.log(
    `reader: ${m.count} reports in ${m.cpu.toFixed(2)} s of CPU (${m.wall.toFixed(2)} s wall), ${inputs.length} distinct, avg ${Math.round(bytes)} bytes`,
  );
  console.log(
    `reader: ${perSecond.toFixed(0)} reports/s, ${((m.cpu * 1000) / m.count).toFixed(2)} ms/report, after ${WARMUP_SECONDS} s of warm-up`,
  );
  console.log(
    `reader: during warm-up, reports per CPU second: ${warmup.map((w) => w.toFixed(0)).join(', ')}`,
  );
  console.log(`reader: target ≥ 500 reports/s — ${perSecond >= 500 ? 'met' : 'NOT met'}`);
}

main();
