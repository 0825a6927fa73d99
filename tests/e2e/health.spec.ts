/**
 * The health check as a load balancer meets it on the real server (`npm start`'s path, the built
 * app): no session, JSON, a fresh answer every time, HEAD as well as GET.
 */
import { expect, test } from '@playwright/test';

test('GET and HEAD /api/health answer 200 with the store reachable and its migrations current', async ({
  request,
}) => {
  const answer = await request.get('/api/health');
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toMatch(/^application\/json/);
  expect(answer.headers()['cache-control']).toMatch(/\bno-store\b/);
  expect(await answer.json()).toMatchObject({ status: 'ok', store: 'reachable', migrations: 'current' });

  const head = await request.head('/api/health');
  expect(head.status()).toBe(200);
  expect(await head.body()).toHaveLength(0);
});
