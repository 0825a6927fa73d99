/**
 * Server-action calls Next would answer 500 (too large, from another site, garbled, a malformed
 * id) get a 4xx and a sentence from proxy.ts, and the forms show such a failure inline instead
 * of the error page. Action ids change with every build, so each test takes a real one from the
 * "Read the report" button, as the browser sends it.
 */
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** The id of the new-report form's action, caught on its way out (and not delivered). */
async function readActionId(page: Page): Promise<string> {
  await signIn(page, 'editor');
  await page.goto('/reports/new');
  let id: string | undefined;
  await page.route('**/reports/new', async (route) => {
    const header = route.request().headers()['next-action'];
    if (route.request().method() === 'POST' && header) {
      id = header;
      await route.abort();
    } else await route.continue();
  });
  await page.getByLabel('Text', { exact: true }).fill('March 2: 3 killed in Cabaret.');
  await page.getByRole('button', { name: 'Read the report' }).click();
  await expect.poll(() => id).toBeTruthy();
  await page.unroute('**/reports/new');
  return id as string;
}

function postAction(
  request: APIRequestContext,
  options: { id: string; origin?: string; headers?: Record<string, string>; text?: string; body?: string },
) {
  const headers = { 'Next-Action': options.id, Origin: options.origin ?? ORIGIN, ...options.headers };
  return options.body === undefined
    ? request.post('/reports/new', {
        headers,
        multipart: { '1_text': options.text ?? 'March 2: 3 killed in Cabaret.', '0': '["$K1"]' },
      })
    : request.post('/reports/new', { headers, data: options.body });
}

test('a form whose action cannot reach the server says so inline and keeps the text', async ({ page }) => {
  await readActionId(page);
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'The server could not be reached; nothing was sent.',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'New report' })).toBeVisible();
  await expect(page.getByLabel('Text', { exact: true })).toHaveValue('March 2: 3 killed in Cabaret.');
});

test('an action request over 4 MB is refused with 413 and the limit, before Next reads it', async ({
  page,
  request,
}) => {
  const id = await readActionId(page);
  const response = await postAction(request, { id, text: 'x'.repeat(5 * 1024 * 1024) });
  expect(response.status()).toBe(413);
  expect(response.headers()['content-type']).toBe('text/plain');
  expect(await response.text()).toContain('the server accepts at most 4 MB from one form');
});

test('an action sent from another site is refused with 403 and says why', async ({ page, request }) => {
  const id = await readActionId(page);
  const response = await postAction(request, { id, origin: 'https://evil.example' });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain('This form was sent from another site (evil.example)');
  const garbage = await postAction(request, { id, origin: 'not a url' });
  expect(garbage.status()).toBe(403);
});

test('the form shows a refusal from the server inline, in the server’s words', async ({ page }) => {
  await readActionId(page);
  // A browser will not let its Origin be rewritten, so the site is made to look like another:
  // the address the proxy in front says the browser asked for is not the page's own.
  await page.route('**/reports/new', async (route) => {
    const headers = { ...route.request().headers(), 'x-forwarded-host': 'tracker.example' };
    await route.continue({ headers });
  });
  await page.getByRole('button', { name: 'Read the report' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'This form was sent from another site',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'New report' })).toBeVisible();
  await expect(page.getByLabel('Text', { exact: true })).toHaveValue('March 2: 3 killed in Cabaret.');
});

test('a malformed action id, a garbled body or a foreign content type gets a 4xx, not a 500', async ({
  page,
  request,
}) => {
  const id = await readActionId(page);
  const badId = await postAction(request, { id: 'garbage' });
  expect(badId.status()).toBe(400);
  expect(await badId.text()).toContain('names no action of this site');

  const garbled = await postAction(request, {
    id,
    headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
    body: '{{{ not json',
  });
  expect(garbled.status()).toBe(400);
  expect(await garbled.text()).toContain('could not be read');

  const brokenMultipart = await postAction(request, {
    id,
    headers: { 'Content-Type': 'multipart/form-data; boundary=xyz' },
    body: 'garbage',
  });
  expect(brokenMultipart.status()).toBe(400);

  const json = await postAction(request, { id, headers: { 'Content-Type': 'application/json' }, body: '{}' });
  expect(json.status()).toBe(415);
  expect(await json.text()).toContain('content type (application/json)');

  // A well-formed id this build does not have: Next's own answer, already a 409.
  const unknown = await postAction(request, { id: `60${'0'.repeat(40)}` });
  expect(unknown.status()).toBe(409);
});

test('a pasted text over the limit is stopped in the browser: a message, and nothing sent', async ({
  page,
}) => {
  await signIn(page, 'editor');
  await page.goto('/reports/new');
  const actions: string[] = [];
  page.on('request', (r) => {
    if (r.headers()['next-action']) actions.push(r.url());
  });
  await page.getByLabel('Text', { exact: true }).fill('x'.repeat(3_000_000));
  await page.getByRole('button', { name: 'Read the report' }).click();
  await expect(page.getByRole('main')).toContainText('is 3,000,000 characters; the limit is 100,000');
  await expect(page.getByLabel('Text', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(actions).toEqual([]);
});
