/**
 * A build made once (`npm run build`) is the one every server's `npm start` serves while the
 * sources are the same: the build is stamped with its sources' fingerprint, and only a change to
 * a source makes a server build again. Next itself is replaced here by a stand-in that writes
 * what a build leaves (BUILD_ID), so the test checks the stamping, not Next.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, buildIsCurrent, sourceFingerprint } from '@/lib/cli/build-if-needed';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'haiti-build-'));
  roots.push(root);
  mkdirSync(path.join(root, 'app'));
  writeFileSync(path.join(root, 'app', 'page.tsx'), 'export default function Page() { return null; }\n');
  const bin = path.join(root, 'node_modules', 'next', 'dist', 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(
    path.join(bin, 'next'),
    "const fs = require('node:fs'); fs.mkdirSync('.next', { recursive: true }); fs.writeFileSync('.next/BUILD_ID', 'test');\n",
  );
  return root;
}

describe('the build stamp', () => {
  it('marks a build made by npm run build as current for the same sources', () => {
    const root = project();
    expect(buildIsCurrent(root)).toBe(false);
    buildApp(root);
    expect(readFileSync(path.join(root, '.next', 'source-fingerprint'), 'utf8')).toBe(
      sourceFingerprint(root),
    );
    expect(buildIsCurrent(root)).toBe(true);
  });

  it('no longer counts the build as current once a source changes', () => {
    const root = project();
    buildApp(root);
    writeFileSync(path.join(root, 'app', 'page.tsx'), 'export default function Page() { return 1; }\n');
    expect(buildIsCurrent(root)).toBe(false);
  });
});
