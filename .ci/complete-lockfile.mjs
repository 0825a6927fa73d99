// The npm registry these machines reach serves only Linux (glibc) builds of packages with
// per-platform binaries, so `npm install` here writes a package-lock.json without the other
// platforms' optional packages of next and @biomejs/biome, and `npm ci` then refuses the lock
// ("Missing: @next/swc-darwin-arm64@ from lock file"). This adds those entries, with their os /
// cpu / libc, exactly as a lock written on a machine with the full registry would have them;
// npm skips them on Linux. Run it after any dependency change: node .ci/complete-lockfile.mjs
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
let out = '';
try {
  out = execSync('npm ci --dry-run --ignore-scripts', { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
} catch (error) {
  out = `${error.stdout ?? ''}${error.stderr ?? ''}`;
}
const missing = [...new Set([...out.matchAll(/Missing: (@?[^@\s]+)@/g)].map((m) => m[1]))];
if (missing.length === 0) {
  console.log('package-lock.json is complete.');
  process.exit(0);
}

const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const versionOf = (name) => {
  for (const entry of Object.values(lock.packages)) {
    const v = entry.optionalDependencies?.[name];
    if (v) return v;
  }
  throw new Error(`No package in the lock lists ${name} as optional`);
};
const platformOf = (name) => {
  const os = ['darwin', 'win32', 'linux', 'android', 'freebsd'].find((o) => name.includes(`-${o}`));
  const cpu = ['arm64', 'x64', 'ia32', 'arm'].find((c) => name.includes(`-${c}`));
  if (!os || !cpu) throw new Error(`Cannot tell the platform of ${name}`);
  const libc = os === 'linux' ? (name.includes('musl') ? ['musl'] : ['glibc']) : undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc } : {}) };
};
for (const name of missing) {
  lock.packages[`node_modules/${name}`] = { version: versionOf(name), ...platformOf(name), optional: true };
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`Added ${missing.length} platform entries to package-lock.json: ${missing.join(', ')}`);
