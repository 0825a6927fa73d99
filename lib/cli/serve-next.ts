/**
 * Serves the built app (lib/cli/next-server.ts: Next behind our own node:http server, which takes
 * the client's address from the socket): in one child process, or — with WEB_CONCURRENCY above 1 —
 * in that many worker processes sharing the port (node:cluster: this process accepts the
 * connections and hands them to the workers in turn). Rendering a page is CPU work on one
 * thread, so one process uses one core however many the machine has. Several processes are safe
 * here: SQLite in WAL mode serves concurrent readers, writes wait their turn (busy timeout), and
 * the per-process caches are keyed by the store's version counters (lib/aggregates/version.ts), which
 * every process's writes move.
 *
 * With METRICS_PORT set, the metrics are served there (never on the app's port): by the one
 * server process itself, or here in the cluster's primary, which sums every worker's.
 */
import { spawn } from 'node:child_process';
import cluster from 'node:cluster';
import path from 'node:path';
import { settings } from '../env';
import { logger } from '../ops/log';
import { clusterMetrics, serveMetrics } from '../ops/metrics-server';

const SERVER_SCRIPT = path.join(__dirname, 'next-server.ts');
// The server script is TypeScript: run it through tsx's loader, as `npm start` itself is.
const EXEC_ARGV = ['--import', 'tsx'];

/** What each server process runs with: tsx's loader, and V8's heap growth when it is set. */
export function serverExecArgv(heapGrowthPercent?: number): string[] {
  return heapGrowthPercent === undefined
    ? EXEC_ARGV
    : [...EXEC_ARGV, `--heap-growing-percent=${heapGrowthPercent}`];
}

export function serveNext(options: {
  /** Next's CLI, which the caller checks is installed; the server script loads Next itself. */
  nextBin?: string;
  port: number;
  workers: number;
  env: NodeJS.ProcessEnv;
  /** HEAP_GROWTH_PERCENT (lib/env.ts). */
  heapGrowthPercent?: number;
}): void {
  const execArgv = serverExecArgv(options.heapGrowthPercent);
  const env = {
    // glibc gives threads that allocate their own malloc arenas (up to 8 per core) and keeps what
    // is freed in each: resident memory then drifts above what the process uses. Two arenas, the
    // usual setting for Node servers, keep it down at no measurable cost in speed (README,
    // "Server memory"); a value the operator sets wins.
    MALLOC_ARENA_MAX: '2',
    ...options.env,
    PORT: String(options.port),
    HIT_NEXT_SERVER: '1',
  };
  if (options.workers <= 1) {
    const server = spawn(process.execPath, [...execArgv, SERVER_SCRIPT], { stdio: 'inherit', env });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
    server.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  const { METRICS_HOST, METRICS_PORT } = settings();
  if (METRICS_PORT !== undefined)
    serveMetrics({ host: METRICS_HOST, port: METRICS_PORT, source: clusterMetrics() });
  cluster.setupPrimary({
    exec: SERVER_SCRIPT,
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let stopping = false;
  for (let i = 0; i < options.workers; i++) cluster.fork(env);
  cluster.on('exit', (worker, code, signal) => {
    if (!stopping) {
      // A worker that dies takes its share of the connections with it: stop, rather than limp on.
      logger().error({ worker: worker.process.pid, code, signal }, 'Server worker exited; stopping.');
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code ?? 0);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal);
    });
  }
}
