/**
 * `npm run bench`'s command line (lib/cli/bench.ts), kept pure so that it is tested without a run:
 * the sizes, the seconds per endpoint, the port, the stores (SQLite, PostgreSQL or both) and the
 * PostgreSQL database to copy into (none: a throwaway server started for the run).
 */
import { isPostgresUrl } from '../store/postgres-config';
import { STORES, type StoreName } from './reads-report';

export const BENCH_USAGE =
  'usage: npm run bench -- [--n 100000 | --sizes 1000,5000,20000,100000] [--duration 10] [--port 3400]\n' +
  '                        [--store sqlite|postgres|both] [--postgres-url URL] [--reuse] [--skip-tools]';

export interface BenchOptions {
  sizes: number[];
  /** Seconds per endpoint and run: 10 for one size, 3 when several sizes are asked for. */
  duration: number;
  port: number;
  /** In the order they run: SQLite first, then PostgreSQL, never both at once. */
  stores: StoreName[];
  /** An empty database to copy into; null: a throwaway server started for the run. */
  postgresUrl: string | null;
  /** Reuse a generated store (and a given database that already holds its copy). */
  reuse: boolean;
  skipTools: boolean;
}

export class BenchUsageError extends Error {}

/** The command line (`--` already dropped or not); throws BenchUsageError with the usage. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const args = argv.filter((a) => a !== '--');
  const fail = (why: string): never => {
    throw new BenchUsageError(`${why}\n${BENCH_USAGE}`);
  };
  const whole = (name: string, value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) fail(`${name} must be a positive whole number`);
    return number;
  };
  let n: number | undefined;
  let sizes: number[] | undefined;
  let duration: number | undefined;
  const options: Omit<BenchOptions, 'sizes' | 'duration'> = {
    port: 3400,
    stores: ['sqlite'],
    postgresUrl: null,
    reuse: false,
    skipTools: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--reuse' || arg === '--skip-tools') {
      options[arg === '--reuse' ? 'reuse' : 'skipTools'] = true;
      continue;
    }
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) fail(`${arg} needs a value`);
    const v = value as string;
    i++;
    if (arg === '--n') n = whole(arg, v);
    else if (arg === '--sizes') {
      const list = v.split(',');
      if (list.some((s) => !/^\d+$/.test(s) || Number(s) < 1))
        fail('--sizes must be a comma-separated list of positive whole numbers');
      sizes = list.map(Number);
    } else if (arg === '--duration') duration = whole(arg, v);
    else if (arg === '--port') options.port = whole(arg, v);
    else if (arg === '--store') {
      if (v === 'both') options.stores = [...STORES];
      else if (v === 'sqlite' || v === 'postgres') options.stores = [v];
      else fail('--store must be sqlite, postgres or both');
    } else if (arg === '--postgres-url') {
      if (!isPostgresUrl(v)) fail(`not a PostgreSQL URL (postgresql://…): ${v}`);
      options.postgresUrl = v;
    } else fail(`unknown option ${arg}`);
  }
  if (n !== undefined && sizes) fail('give --n or --sizes, not both');
  if (options.postgresUrl && !options.stores.includes('postgres'))
    fail('--postgres-url needs --store postgres or both');
  const list = sizes ?? [n ?? 100_000];
  // One database takes one copy: a second size would be copied over the first.
  if (options.postgresUrl && list.length > 1) fail('--postgres-url takes one size (--n), not --sizes');
  return { sizes: list, duration: duration ?? (list.length > 1 ? 3 : 10), ...options };
}
