/**
 * Starts the app the way `npm start` does (lib/cli/start.ts: migrate, build when needed, serve)
 * against the bench store (`url`: a SQLite file's `file:` URL or a PostgreSQL database's), in its own process group so that stopping it stops everything it
 * spawned. Peak memory is read from /proc (VmHWM) of the process that serves.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface AppServer {
  child: ChildProcess;
  port: number;
  workers: number;
  /** Seconds each server process took to warm its aggregates ("Aggregates ready in N s"). */
  warmedSeconds: number[];
  stop: () => Promise<void>;
}

export function startApp(options: { url: string; port: number; secret?: string }): AppServer {
  const tsx = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const workers = Number(process.env.WEB_CONCURRENCY || os.cpus().length);
  const child = spawn(process.execPath, [tsx, 'lib/cli/start.ts'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: options.url,
      PORT: String(options.port),
      NEXT_DIST_DIR: '.next-bench',
      // The app as it would be deployed here: one server process per core, unless told otherwise.
      WEB_CONCURRENCY: String(workers),
      MAP_TILE_URL: 'off',
      ...(options.secret ? { SESSION_SECRET: options.secret } : {}),
    },
  });
  const warmedSeconds: number[] = [];
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const ready = /Aggregates ready in ([\d.]+) s/.exec(line);
      if (ready) warmedSeconds.push(Number(ready[1]));
    }
  });
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const signal = (s: NodeJS.Signals) => {
      try {
        process.kill(-(child.pid as number), s);
      } catch {
        // already gone
      }
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return { child, port: options.port, workers, warmedSeconds, stop };
}

/** Waits until every server process has warmed its aggregates (instrumentation.ts). */
export async function waitForWarm(server: AppServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (server.warmedSeconds.length < server.workers) {
    if (Date.now() > deadline) throw new Error('The server processes did not warm their aggregates in time');
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function waitForApp(server: AppServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`The app exited with code ${server.child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/api/stats/deployments`);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('The app did not answer in time');
}

function status(pid: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')) {
    const [k, v] = line.split(':\t');
    if (k && v) out[k] = v.trim();
  }
  return out;
}

function kib(value: string | undefined): number {
  return Number.parseInt(value ?? '0', 10);
}

/**
 * The processes that serve: the Next servers among `root`'s descendants (several with
 * WEB_CONCURRENCY above 1), or else the descendant using most memory (start.ts and tsx only
 * wait on them).
 */
export function servingPids(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(status(Number(name)).PPid);
      parents.set(Number(name), ppid);
    } catch {
      // exited meanwhile
    }
  }
  const isDescendant = (pid: number): boolean => {
    let p = parents.get(pid);
    while (p !== undefined && p > 1) {
      if (p === root) return true;
      p = parents.get(p);
    }
    return false;
  };
  const family = [...parents.keys()].filter((pid) => pid === root || isDescendant(pid));
  // `npm start`'s own front (lib/cli/next-server.ts) or Next's CLI server (`next-server`).
  const servers = family.filter((pid) => {
    try {
      if (status(pid).Name?.startsWith('next-server')) return true;
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('lib/cli/next-server');
    } catch {
      return false;
    }
  });
  if (servers.length) return servers;
  return [
    family.reduce((best, pid) => (kib(status(pid).VmRSS) > kib(status(best).VmRSS) ? pid : best), root),
  ];
}

/** Resets the peak-RSS marks (clear_refs 5), so the next read measures one operation. */
export function resetPeak(pids: readonly number[]): boolean {
  try {
    for (const pid of pids) writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Resident memory of each serving process, MiB. */
export function processRssMiB(pids: readonly number[]): number[] {
  return pids.map((pid) => kib(status(pid).VmRSS) / 1024);
}

/** Memory of the serving processes: total RSS, and the largest peak (one process serves a request). */
export function memoryMiB(pids: readonly number[]): { rss: number; peak: number } {
  let rss = 0;
  let peak = 0;
  for (const pid of pids) {
    const s = status(pid);
    rss += kib(s.VmRSS) / 1024;
    peak = Math.max(peak, kib(s.VmHWM) / 1024);
  }
  return { rss, peak };
}
