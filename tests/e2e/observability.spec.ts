/**
 * Logs and metrics as an operator meets them on the real server (`npm start`'s path, METRICS_PORT
 * set by playwright.config.ts): every answer names its request id, Prometheus reads latency by
 * route pattern on the metrics port, and the app's own port never serves the metrics.
 */
import { expect, test } from '@playwright/test';

const METRICS = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 10000}/metrics`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** One line of Prometheus's text format: a comment, or a sample `name{label="value",…} number`. */
const COMMENT = /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .*$/;
const SAMPLE =
  /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\\n]|\\.)*",?)*\})? (-?[0-9.]+(e[+-]?[0-9]+)?|NaN|[+-]Inf)$/;

test('every answer carries a request id: a sent plain token is kept, anything else replaced', async ({
  request,
}) => {
  const generated = await request.get('/reports');
  expect(generated.headers()['x-request-id']).toMatch(UUID);

  // The second is likely answered by the page cache, from the first one's stored headers.
  for (const id of ['e2e-first.1', 'e2e-second.2']) {
    const answer = await request.get('/reports', { headers: { 'X-Request-Id': id } });
    expect(answer.status()).toBe(200);
    expect(answer.headers()['x-request-id']).toBe(id);
  }

  const invalid = await request.get('/reports', { headers: { 'X-Request-Id': 'not a token!' } });
  expect(invalid.headers()['x-request-id']).toMatch(UUID);
  const tooLong = await request.get('/api/incidents?limit=1', {
    headers: { 'X-Request-Id': 'a'.repeat(65) },
  });
  expect(tooLong.headers()['x-request-id']).toMatch(UUID);
});

test('the metrics port shows latency by route pattern, never by raw path; the app port does not serve them', async ({
  request,
}) => {
  const list = await (await request.get('/api/incidents?limit=1')).json();
  const id = String(list.items[0].id);
  expect((await request.get('/')).status()).toBe(200);
  expect((await request.get(`/incidents/${id}`)).status()).toBe(200);
  expect((await request.get('/no-such-page-e2e')).status()).toBe(404);

  const onAppPort = await request.get('/metrics');
  expect(onAppPort.status()).toBe(404);
  expect(await onAppPort.text()).not.toContain('http_request_duration_seconds');

  const scrape = await request.get(METRICS);
  expect(scrape.status()).toBe(200);
  expect(scrape.headers()['content-type']).toContain('text/plain');
  const lines = (await scrape.text()).split('\n').filter(Boolean);
  for (const line of lines) expect(line).toMatch(line.startsWith('#') ? COMMENT : SAMPLE);

  const counts = lines.filter((l) => l.startsWith('http_request_duration_seconds_count{'));
  const count = (route: string, status: string) =>
    Number(
      counts
        .find((l) => l.includes(`method="GET",route="${route}",status="${status}"`))
        ?.split(' ')
        .at(-1) ?? 0,
    );
  expect(count('/', '200')).toBeGreaterThanOrEqual(1);
  expect(count('/incidents/[id]', '200')).toBeGreaterThanOrEqual(1);
  expect(count('/reports', '200')).toBeGreaterThanOrEqual(1);
  expect(count('other', '404')).toBeGreaterThanOrEqual(1);
  // No series per incident or per odd URL: every route label is a pattern, a number never a segment.
  const routes = counts.map((l) => /route="([^"]*)"/.exec(l)?.[1] ?? '');
  expect(routes.filter((r) => /\/\d+(\/|$)/.test(r) || r.includes('no-such-page'))).toEqual([]);
  expect(lines.some((l) => l.startsWith('store_query_duration_seconds_count{client="prisma"'))).toBe(true);
  expect(lines.some((l) => l.startsWith('process_resident_memory_bytes'))).toBe(true);
});
