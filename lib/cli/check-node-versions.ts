/**
 * `npm run check:node [-- --only 22] [--no-build] [--keep] [--rebuild]`: checks that the project
 * works on each supported Node besides the one it is developed on (pinned in node-versions.ts).
 *
 * For each version: Node comes from the npm registry (package node-<platform>-<arch>, which
 * carries bin/node and the headers) into a cache outside the repository, reused when present;
 * the project is copied for real into a temporary folder (the working tree's files, the
 * generated Prisma client and node_modules), better-sqlite3 is compiled there against that
 * Node's headers (so the main node_modules keeps its own build), then the unit tests and the
 * integration tests that pass through the native and version-sensitive code run under it.
 * Last, the store is migrated and the app built (`next build`) under it, as `npm start` would
 * (about a minute; `--no-build` leaves it out). Nothing reads the user's settings: the copy has
 * no .env and its own DATABASE_URL. A table closes the run; the exit code is 1 when any failed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  buildAddon,
  COPY_PREFIX,
  cacheRoot,
  copyProject,
  nodeEnv,
  obtainNode,
  RegistryUnreachableError,
  removeStaleCopies,
  run,
} from './node-version-setup';
import {
  formatDuration,
  formatTable,
  INTEGRATION_SLICE,
  NODE_VERSIONS,
  type PinnedNode,
  type StepResult,
  selectVersions,
  type VersionResult,
  versionPassed,
} from './node-versions';

const SETUP_STEPS = new Set(['node', 'copy', 'addon']);

function heading(text: string): void {
  console.log(`\n=== check:node: ${text}`);
}

interface Options {
  only: string[];
  build: boolean;
  keep: boolean;
  rebuild: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { only: [], build: true, keep: false, rebuild: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--only') options.only.push(...(argv[++i] ?? '').split(',').filter(Boolean));
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--rebuild') options.rebuild = true;
    else throw new Error(`unknown argument ${arg} (use --only 22[,24], --no-build, --keep, --rebuild)`);
  }
  return options;
}

function checkVersion(pin: PinnedNode, options: Options): VersionResult {
  const result: VersionResult = { version: pin.version, steps: [] };
  const step = (name: string, body: () => boolean | 'reused'): boolean => {
    // Without Node, a copy or the addon nothing can run; each test step runs whatever the others gave.
    const setupFailed = result.steps.some((s) => s.status === 'failed' && SETUP_STEPS.has(s.name));
    if (setupFailed || result.note) {
      result.steps.push({ name, status: 'skipped', ms: 0 });
      return false;
    }
    heading(`Node ${pin.version}: ${name}`);
    const started = Date.now();
    let outcome: boolean | 'reused' = false;
    try {
      outcome = body();
    } catch (error) {
      if (error instanceof RegistryUnreachableError) {
        result.note = `the npm registry (${registryUrl()}) could not be reached to fetch this Node`;
        console.error(
          `check:node: cannot reach the npm registry (${registryUrl()}) to fetch Node ${pin.version}: ` +
            `${error.message}\nCheck the network, or npm's registry and proxy settings; a Node already ` +
            `in ${cacheRoot()} is used without the registry.`,
        );
      } else console.error(`check:node: ${name} failed: ${error instanceof Error ? error.message : error}`);
    }
    const status: StepResult['status'] = outcome === 'reused' ? 'reused' : outcome ? 'passed' : 'failed';
    result.steps.push({ name, status, ms: Date.now() - started });
    console.log(`--- ${name}: ${status} in ${formatDuration(Date.now() - started)}`);
    return outcome !== false;
  };

  let nodeDir = '';
  step('node', () => {
    const got = obtainNode(pin);
    nodeDir = got.dir;
    return got.reused ? 'reused' : true;
  });
  const work = mkdtempSync(path.join(os.tmpdir(), `${COPY_PREFIX}${pin.version}-`));
  try {
    step('copy', () => {
      copyProject(work);
      return true;
    });
    step('addon', () => (buildAddon(work, nodeDir, pin.version, options.rebuild) ? 'reused' : true));
    const under = (args: string[]) => {
      const ran = run(path.join(nodeDir, 'bin', 'node'), args, {
        cwd: work,
        stdio: 'inherit',
        env: nodeEnv(nodeDir, work),
      });
      if (!ran.ok) console.error(`check:node: ${ran.why}`);
      return ran.ok;
    };
    const vitest = ['node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/vitest.config.mts'];
    step('unit', () => under([...vitest, '--project', 'unit']));
    step('integration', () => under([...vitest, '--project', 'integration', ...INTEGRATION_SLICE]));
    // The build prerenders pages that read the store: a migrated one first, as `npm start` does.
    const tsx = path.join('node_modules', 'tsx', 'dist', 'cli.mjs');
    if (options.build) {
      step(
        'next build',
        () =>
          under([tsx, 'prisma/migrate.ts', 'deploy']) && under(['node_modules/next/dist/bin/next', 'build']),
      );
    }
  } finally {
    if (options.keep) console.log(`kept the copy for Node ${pin.version} in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  return result;
}

function registryUrl(): string {
  return run('npm', ['config', 'get', 'registry'], { stdio: ['ignore', 'pipe', 'pipe'] }).out.trim() || 'npm';
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  const versions = selectVersions(NODE_VERSIONS, options.only);
  removeStaleCopies();
  console.log(`check:node: Node ${versions.map((v) => v.version).join(' and ')}, cache in ${cacheRoot()}`);
  const started = Date.now();
  const results = versions.map((pin) => checkVersion(pin, options));
  console.log(
    `\ncheck:node: ${formatDuration(Date.now() - started)} in all (Node ${process.version} ran it)\n`,
  );
  console.log(formatTable(results));
  const failed = results.filter((r) => !versionPassed(r));
  if (failed.length > 0) {
    console.error(`\ncheck:node: FAILED on Node ${failed.map((r) => r.version).join(', ')} (details above)`);
    return 1;
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`check:node failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
