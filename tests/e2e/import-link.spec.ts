/**
 * An editor imports an article from a link: the form fills with its title, outlet, address, date
 * and text, and reading it leads to the usual review. The article is served by a local server
 * this spec starts (the app allows "localhost" through IMPORT_ALLOW_HOSTS in the test set-up only).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

const PARAGRAPHS = [
  'Gunmen attacked a police station in Mirebalais on Tuesday night, wounding two officers, the police said in a statement on Wednesday.',
  'Residents of the surrounding streets fled towards the national road during the night, witnesses said by telephone.',
  'The police said they had retaken the station on Thursday morning with the help of a specialised unit sent from the capital.',
];

let server: Server;
let link: string;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url !== '/news/mirebalais') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Station attacked</title>
<meta property="og:title" content="Police station attacked in Mirebalais">
<meta property="og:site_name" content="The Plateau Courier">
<meta property="article:published_time" content="2025-03-05T09:00:00-05:00"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article><h1>Police station attacked in Mirebalais</h1>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article><footer>Subscribe to our newsletter</footer></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  link = `http://localhost:${(server.address() as AddressInfo).port}/news/mirebalais`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('an editor imports an article from a link, checks the fields and reads it', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/reports/new');
  await page.getByLabel('Import from a link').fill(link);
  await page.getByRole('button', { name: 'Fetch the article' }).click();
  await expect(page.getByText(/Imported from The Plateau Courier: .* in English\./)).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Police station attacked in Mirebalais');
  await expect(page.getByLabel('Outlet')).toHaveValue('The Plateau Courier');
  await expect(page.getByLabel('Address (URL)')).toHaveValue(link);
  await expect(page.getByLabel('Publication date')).toHaveValue('2025-03-05');
  const text = page.getByLabel('Text', { exact: true });
  await expect(text).toHaveValue(PARAGRAPHS.join('\n\n'));
  // The fields stay the editor's to change before reading.
  await page.getByLabel('Outlet').fill('Plateau Courier');
  await page.getByRole('button', { name: 'Read the report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New report: review' })).toBeVisible({
    timeout: 10_000,
  });
  await expect(page.getByText('Mirebalais').first()).toBeVisible();
});

test('a link that cannot be read is said so under the field, which keeps it', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/reports/new');
  const missing = link.replace('mirebalais', 'nothing-here');
  await page.getByLabel('Import from a link').fill(missing);
  await page.getByRole('button', { name: 'Fetch the article' }).click();
  await expect(page.getByText('The site answered 404; nothing could be read.')).toBeVisible();
  await expect(page.getByLabel('Import from a link')).toHaveValue(missing);
  await expect(page.getByLabel('Import from a link')).toHaveAttribute('aria-invalid', 'true');
  const privateLink = 'http://10.0.0.1/news';
  await page.getByLabel('Import from a link').fill(privateLink);
  await page.getByRole('button', { name: 'Fetch the article' }).click();
  await expect(page.getByText(/10\.0\.0\.1 is a private or local address/)).toBeVisible();
});
