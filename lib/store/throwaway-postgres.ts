/**
 * A throwaway PostgreSQL server for tests and tools (the `postgres` test project, `npm run
 * bench:reads`): a fresh cluster in a temporary folder, on a free loopback port, with its socket
 * in that folder, stopped and removed at the end.
 *
 * Uses Debian's `postgresql` package (/usr/lib/postgresql/<version>/bin, not on PATH). initdb and
 * the server refuse to run as root, so as root they run as the `postgres` user the package
 * creates. Trust authentication is safe here: only loopback and a private socket folder reach it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const INSTALL_HINT = 'apt-get install -y postgresql';
const DIR_PREFIX = 'pg-throwaway-';
const OWNER_FILE = 'owner.pid';

export interface ThrowawayPostgres {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  dir: string;
  stop(): void;
}

export class PostgresMissingError extends Error {
  constructor() {
    super(`PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin (or PG_BIN): ${INSTALL_HINT}`);
    this.name = 'PostgresMissingError';
  }
}

/** PG_BIN, or the newest /usr/lib/postgresql/<version>/bin that has initdb, or null. */
export function findPostgresBin(): string | null {
  if (process.env.PG_BIN)
    return existsSync(path.join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  const newest = versions[0];
  return newest === undefined ? null : path.join(root, newest, 'bin');
}

const asRoot = () => process.getuid?.() === 0;

function runTool(bin: string, tool: string, args: string[]): void {
  const file = path.join(bin, tool);
  const [command, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  const r = spawnSync(command, argv, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} failed (${r.status}): ${r.stderr || r.stdout}`);
}

/** A port no one listens on now, on this machine. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Servers whose owning process is gone (killed with SIGKILL, so no exit handler ran) are stopped
 * and their folders removed. A folder without an owner file is one being set up right now.
 */
export function sweepStaleServers(bin: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(DIR_PREFIX)) continue;
    const dir = path.join(tmpdir(), name);
    let owner: number;
    try {
      owner = Number(readFileSync(path.join(dir, OWNER_FILE), 'utf8'));
    } catch {
      continue;
    }
    if (!owner || processAlive(owner)) continue;
    try {
      if (existsSync(path.join(dir, 'data', 'postmaster.pid'))) {
        runTool(bin, 'pg_ctl', ['-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
      }
    } catch {
      // Already stopped.
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

function makeClusterDir(bin: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), DIR_PREFIX));
  if (asRoot()) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, id('-u'), id('-g'));
  }
  runTool(bin, 'initdb', [
    ...['-D', path.join(dir, 'data'), '-U', 'postgres', '-A', 'trust'],
    ...['-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
  ]);
  writeFileSync(path.join(dir, OWNER_FILE), String(process.pid));
  return dir;
}

/** Starts a server; throws PostgresMissingError (naming the apt command) when there are no binaries. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new PostgresMissingError();
  sweepStaleServers(bin);
  const dir = makeClusterDir(bin);
  const data = path.join(dir, 'data');
  for (let attempt = 0; ; attempt++) {
    const port = await freePort(); // `-p 0` is refused: probe, then retry if taken meanwhile
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      // Throwaway: speed over durability.
      '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
    ].join(' ');
    try {
      runTool(bin, 'pg_ctl', [
        '-D',
        data,
        '-l',
        path.join(dir, 'log'),
        '-o',
        options,
        '-w',
        '-t',
        '30',
        'start',
      ]);
    } catch (e) {
      if (attempt < 3) continue;
      rmSync(dir, { recursive: true, force: true });
      throw e;
    }
    let stopped = false;
    // A crash (an unhandled error event) skips finally blocks, and the postmaster would outlive
    // this process: stop it on exit too (spawnSync works inside an 'exit' handler).
    const onExit = () => stop();
    const stop = () => {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', onExit);
      try {
        // Already swept (by another run that took this process for dead) when the folder is gone.
        if (existsSync(data)) runTool(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    process.once('exit', onExit);
    return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, port, dir, stop };
  }
}
