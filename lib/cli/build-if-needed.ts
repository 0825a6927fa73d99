/**
 * Builds the app when no build exists or when any source file changed since the last one.
 * The fingerprint is a hash of the sources' paths and contents, so it is exact: a touched but
 * unchanged file does not trigger a rebuild, an edit always does.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'prisma/schema.prisma',
  'next.config.ts',
  'proxy.ts',
  'instrumentation.ts',
  'tsconfig.json',
  'package-lock.json',
];
// Not part of the web build: command-line tools, and the client generated from schema.prisma.
const IGNORED = new Set(['lib/cli', 'lib/generated']);

function* files(root: string, rel: string): Generator<string> {
  const abs = path.join(root, rel);
  if (IGNORED.has(rel) || !existsSync(abs)) return;
  if (!statSync(abs).isDirectory()) {
    yield rel;
    return;
  }
  for (const name of readdirSync(abs).sort()) yield* files(root, path.posix.join(rel, name));
}

export function sourceFingerprint(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const rel of files(root, source)) {
      hash
        .update(rel)
        .update('\0')
        .update(readFileSync(path.join(root, rel)))
        .update('\0');
    }
  }
  return hash.digest('hex');
}

/** The build directory (next.config.ts's distDir): NEXT_DIST_DIR, else .next. */
export function buildDir(root = process.cwd()): string {
  return path.join(root, process.env.NEXT_DIST_DIR || '.next');
}

/** Whether the build in buildDir() was made from exactly these sources. */
export function buildIsCurrent(root = process.cwd()): boolean {
  const distDir = buildDir(root);
  const stamp = path.join(distDir, 'source-fingerprint');
  return (
    existsSync(path.join(distDir, 'BUILD_ID')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === sourceFingerprint(root)
  );
}

export function buildIfNeeded(root = process.cwd()): void {
  if (buildIsCurrent(root)) return;
  console.log('Building the app (no build yet, or its sources changed)…');
  buildApp(root);
}

/**
 * `next build`, then the sources' fingerprint beside it: a build made once (`npm run build`) and
 * shipped with the same sources to every server is the one each server's `npm start` serves,
 * with the same server-action ids, instead of each building its own.
 */
export function buildApp(root = process.cwd()): void {
  const fingerprint = sourceFingerprint(root);
  const stamp = path.join(buildDir(root), 'source-fingerprint');
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('The build failed; see the messages above.');
  writeFileSync(stamp, fingerprint);
}
