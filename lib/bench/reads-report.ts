/**
 * The pure half of `npm run bench:reads` (lib/cli/bench-reads.ts): its options, the timing
 * summary of one read, and the markdown table with the stores side by side.
 */
import { isPostgresUrl } from '../store/postgres-config';

export const STORES = ['sqlite', 'postgres'] as const;
export type StoreName = (typeof STORES)[number];
export const STORE_LABEL: Record<StoreName, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export const READS_USAGE =
  'usage: npm run bench:reads -- [--n 100000] [--store sqlite|postgres|both] [--postgres-url URL] [--runs 20] [--reuse]';

export interface ReadsOptions {
  n: number;
  stores: StoreName[];
  /** An empty database to copy into; none: a throwaway server started for the run. */
  postgresUrl: string | null;
  /** Timed runs after the cold one. */
  runs: number;
  /** Reuse a generated store (and a given database that already holds its copy). */
  reuse: boolean;
}

export class ReadsUsageError extends Error {}

/** The command line (`--` already dropped or not); throws ReadsUsageError with the usage. */
export function parseReadsOptions(argv: readonly string[]): ReadsOptions {
  const args = argv.filter((a) => a !== '--');
  const options: ReadsOptions = {
    n: 100_000,
    stores: [...STORES],
    postgresUrl: null,
    runs: 20,
    reuse: false,
  };
  const fail = (why: string): never => {
    throw new ReadsUsageError(`${why}\n${READS_USAGE}`);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--reuse') {
      options.reuse = true;
      continue;
    }
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) fail(`${arg} needs a value`);
    i++;
    if (arg === '--n' || arg === '--runs') {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1) fail(`${arg} must be a positive whole number`);
      options[arg === '--n' ? 'n' : 'runs'] = number;
    } else if (arg === '--store') {
      if (value === 'both') options.stores = [...STORES];
      else if (value === 'sqlite' || value === 'postgres') options.stores = [value];
      else fail('--store must be sqlite, postgres or both');
    } else if (arg === '--postgres-url') {
      if (!isPostgresUrl(value as string)) fail(`not a PostgreSQL URL (postgresql://…): ${value}`);
      options.postgresUrl = value as string;
    } else fail(`unknown option ${arg}`);
  }
  return options;
}

/** One read on one store: the first run (cold caches, fresh connection) and the rest. */
export interface ReadTiming {
  coldMs: number;
  p50: number;
  p95: number;
}

/** The value at quantile q of the samples (nearest rank). */
export function quantile(samples: readonly number[], q: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
}

export function summarise(coldMs: number, runs: readonly number[]): ReadTiming {
  return { coldMs, p50: quantile(runs, 0.5), p95: quantile(runs, 0.95) };
}

export interface ReadResult {
  name: string;
  /** What the read returned (rows, a count), said once: the stores must agree on it. */
  size: string;
  timings: Partial<Record<StoreName, ReadTiming>>;
}

const ms = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1);

/** pg p50 / SQLite p50 ("1.4×"), when both ran. */
function ratio(r: ReadResult): string {
  const { sqlite, postgres } = r.timings;
  if (!sqlite || !postgres || !(sqlite.p50 > 0)) return '—';
  const x = postgres.p50 / sqlite.p50;
  return `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`;
}

export interface ReadsHeader {
  n: number;
  runs: number;
  /** Lines said above the table (the store sizes, the machine, the PostgreSQL version). */
  notes: readonly string[];
}

/** The markdown table: per read, cold / p50 / p95 in ms for SQLite then PostgreSQL, and pg/SQLite. */
export function renderReadsTable(header: ReadsHeader, results: readonly ReadResult[]): string {
  const cols = STORES.flatMap((s) => [
    `${STORE_LABEL[s]} cold`,
    `${STORE_LABEL[s]} p50`,
    `${STORE_LABEL[s]} p95`,
  ]);
  const lines = [
    `### Reads at ${header.n.toLocaleString('en-US')} incidents (ms; cold = first run, then p50/p95 of ${header.runs} runs, caches cleared before each)`,
    '',
    ...header.notes.map((note) => `- ${note}`),
    ...(header.notes.length ? [''] : []),
    `| read | answer | ${cols.join(' | ')} | PostgreSQL/SQLite p50 |`,
    `|---|---|${cols.map(() => '--:').join('|')}|--:|`,
    ...results.map((r) => {
      const cells = STORES.flatMap((s) => {
        const t = r.timings[s];
        return [ms(t?.coldMs), ms(t?.p50), ms(t?.p95)];
      });
      return `| ${r.name} | ${r.size} | ${cells.join(' | ')} | ${ratio(r)} |`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}
