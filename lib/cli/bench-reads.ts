/**
 * npm run bench:reads -- [--n 100000] [--store sqlite|postgres|both] [--postgres-url URL]
 *                        [--runs 20] [--reuse]
 * The read side on SQLite and PostgreSQL side by side, without HTTP: a synthetic store of n
 * incidents (lib/bench/generate.ts, in tests/.tmp/bench/; --reuse takes the one `npm run bench`
 * or an earlier run made), copied into PostgreSQL by `npm run db:copy`'s code (into the given
 * empty database, or a throwaway server started for the run and stopped at the end) and
 * ANALYZEd, then each of the app's read functions timed directly on each store: a cold first run
 * and p50/p95 of --runs more, the in-process caches emptied before every run (lib/bench/reads.ts).
 * The table goes to stdout and to tests/.tmp/bench/reads-<n>.md. A script, not a test.
 */
import path from 'node:path';
import { parseReadsOptions, READS_USAGE, ReadsUsageError } from '../bench/reads-report';
import { runReadsBench } from '../bench/reads-run';

const DIR = path.join(process.cwd(), 'tests', '.tmp', 'bench');

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(READS_USAGE);
    return;
  }
  const options = parseReadsOptions(argv);
  const run = await runReadsBench(options, DIR);
  console.log(`\n${run.table}\nWritten to ${run.file}`);
}

// The throwaway server stops in its 'exit' handler: turn a signal into an exit.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof ReadsUsageError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
