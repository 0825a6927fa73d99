/**
 * `npm run --silent extract -- <file> [--published YYYY-MM-DD]`: read one report file and print
 * the reader's draft as JSON. Usage errors, unreadable or empty files: one line on stderr, exit 2.
 */
import { readFileSync } from 'node:fs';
import { isRealDate } from '../dates/iso-date';
import { readReport } from '../extract';
import { GAZETTEER } from '../locations/gazetteer';
import { parseReportFile } from '../reports/report-file';

const USAGE = 'usage: npm run --silent extract -- <report-file> [--published YYYY-MM-DD]';

class UsageError extends Error {}

function parseArgs(argv: string[]): { file: string; published: string | null } {
  let file: string | null = null;
  let published: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    if (arg === '--published' || arg.startsWith('--published=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) throw new UsageError(`--published needs a date written YYYY-MM-DD. ${USAGE}`);
      if (!isRealDate(value))
        throw new UsageError(`--published "${value}" is not a real date written YYYY-MM-DD`);
      published = value;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}. ${USAGE}`);
    else if (file === null) file = arg;
    else throw new UsageError(`only one report file at a time. ${USAGE}`);
  }
  if (!file) throw new UsageError(USAGE);
  return { file, published };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
}

function main(): void {
  const { file, published } = parseArgs(process.argv.slice(2));
  const report = parseReportFile(readText(file));
  if (report.body.trim() === '') throw new UsageError(`${file} has no report text`);
  // --published wins over the header; a header date that is not a date leaves it unknown.
  const draft = readReport(report.body, {
    publishedAt: published ?? report.publishedAt,
    gazetteer: GAZETTEER,
    readOn: new Date().toISOString().slice(0, 10),
    url: report.url ?? null,
  });
  process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`extract: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`extract: failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
