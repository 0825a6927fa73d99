/**
 * With several server processes (WEB_CONCURRENCY > 1), the metrics port shows the whole server:
 * the primary asks each worker for its metrics and sums them, so a scrape never sees only the
 * one worker that happened to take the connection.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, expect, it } from 'vitest';

const FIXTURE = path.join(__dirname, 'helpers', 'metrics-cluster.ts');
let primary: ChildProcess | undefined;
afterAll(() => {
  primary?.kill('SIGTERM');
});

/** Starts the cluster; resolves with its metrics port once every worker has reported in. */
function startCluster(): Promise<number> {
  primary = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    cwd: path.join(__dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'info' },
  });
  const lines = createInterface({ input: primary.stdout as NodeJS.ReadableStream });
  return new Promise((resolve, reject) => {
    primary?.once('exit', (code) => reject(new Error(`the cluster exited (${code})`)));
    lines.on('line', (text) => {
      const line = JSON.parse(text) as { msg?: string; port?: number };
      if (line.msg === 'workers ready' && line.port) resolve(line.port);
    });
  });
}

it('sums every worker’s requests, store queries and cache lookups', async () => {
  const port = await startCluster();
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(text).toContain(
    'http_request_duration_seconds_count{method="GET",route="/incidents/[id]",status="200"} 2',
  );
  expect(text).toContain('store_query_duration_seconds_count{client="prisma",operation="select"} 2');
  expect(text).toContain('cache_lookups_total{cache="page",result="hit"} 2');
});
