/**
 * `npm run bench:reader`: how fast the report reader is. Reads the five sample reports, makes
 * ~3 KB variants by recombining their paragraphs, and reads them for a few seconds on one core.
 * A script, not a test: the budget (≥ 500 reports/s on 3 KB reports) is checked by eye.
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
  const out: Array<{ text: string; publishedAt: string | null }> = [];
  for (let v = 0; v < VARIANTS; v++) {
    let text = '';
    while (text.length < TARGET_BYTES) text += `${paragraphs[Math.floor(next() * paragraphs.length)]}\n\n`;
    out.push({ text, publishedAt: reports[v % reports.length]?.publishedAt ?? null });
  }
  return out;
}

function main(): void {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'));
  const reports = files.map((f) => parseReportFile(readFileSync(path.join(SAMPLES, f), 'utf8')));
  const inputs = [
    ...reports.map((r) => ({ text: r.body, publishedAt: r.publishedAt })),
    ...variants(reports),
  ];
  const bytes = inputs.reduce((n, r) => n + Buffer.byteLength(r.text), 0) / inputs.length;
  for (const r of inputs) readReport(r.text, { publishedAt: r.publishedAt, gazetteer: GAZETTEER });
  // CPU time, not wall time: the machine may be busy with other work while the bench runs.
  const cpuStart = process.cpuUsage();
  const wallStart = process.hrtime.bigint();
  const deadline = wallStart + BigInt(Math.round(SECONDS * 1e9));
  let count = 0;
  while (process.hrtime.bigint() < deadline) {
    const r = inputs[count % inputs.length];
    if (r) readReport(r.text, { publishedAt: r.publishedAt, gazetteer: GAZETTEER });
    count++;
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const wallSeconds = Number(process.hrtime.bigint() - wallStart) / 1e9;
  const perSecond = count / cpuSeconds;
  console.log(
    `reader: ${count} reports in ${cpuSeconds.toFixed(2)} s of CPU (${wallSeconds.toFixed(2)} s wall), ${inputs.length} distinct, avg ${Math.round(bytes)} bytes`,
  );
  console.log(
    `reader: ${perSecond.toFixed(0)} reports/s, ${((cpuSeconds * 1000) / count).toFixed(2)} ms/report`,
  );
  console.log(`reader: target ≥ 500 reports/s — ${perSecond >= 500 ? 'met' : 'NOT met'}`);
}

main();
