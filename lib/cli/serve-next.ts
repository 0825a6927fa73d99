/**
 * Runs `next start` for the built app: in one child process, or — with WEB_CONCURRENCY above 1 —
 * in that many worker processes sharing the port (node:cluster: this process accepts the
 * connections and hands them to the workers in turn). Rendering a page is CPU work on one
 * thread, so one process uses one core however many the machine has. Several processes are safe
 * here: SQLite in WAL mode serves concurrent readers, writes wait their turn (busy timeout), and
 * the per-process caches are keyed by the store's version counters (lib/store/version.ts), which
 * every process's writes move.
 */
import { spawn } from 'node:child_process';
import cluster from 'node:cluster';

export function serveNext(options: {
  nextBin: string;
  port: number;
  workers: number;
  env: NodeJS.ProcessEnv;
}): void {
  const args = ['start', '-p', String(options.port)];
  if (options.workers <= 1) {
    const server = spawn(process.execPath, [options.nextBin, ...args], {
      stdio: 'inherit',
      env: options.env,
    });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
    server.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  cluster.setupPrimary({ exec: options.nextBin, args, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let stopping = false;
  for (let i = 0; i < options.workers; i++) cluster.fork(options.env);
  cluster.on('exit', (worker, code, signal) => {
    if (!stopping) {
      // A worker that dies takes its share of the connections with it: stop, rather than limp on.
      console.error(`Server worker ${worker.process.pid} exited (${signal ?? code}); stopping.`);
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
