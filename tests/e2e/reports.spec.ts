import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('a visitor sees the five sample reports and can open one', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  const items = page.getByRole('main').getByRole('listitem');
  await expect(items).toHaveCount(5);
  // Newest publication first.
  await expect(items.first()).toContainText('6 August 2025');
  await expect(items.last()).toContainText('24 February 2025');

  await items.last().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Kenyan police officer killed in clash with gangs in Haiti’s Artibonite',
  );
  await expect(page.getByRole('main')).toContainText('A Kenyan police officer has died from gunshot wounds');
  await expect(page.getByRole('main')).toContainText('Segur-Savien in the Artibonite department');
});

test('the list pages by keyset: older reports page by page, then back to the newest', async ({ page }) => {
  await page.goto('/reports');
  await expect(page.getByRole('main')).toContainText('5 stored news reports, newest publication first.');
  const items = page.getByRole('main').getByRole('listitem');
  const all = await items.getByRole('link').allTextContents();
  expect(all).toHaveLength(5);
  const pager = page.getByRole('navigation', { name: 'Pages' });
  // Fifty a page: the five sample reports fit on one, with no paging links.
  await expect(pager.getByRole('link')).toHaveCount(0);

  await page.goto('/reports?limit=2');
  await expect(page.getByRole('main')).toContainText('5 stored news reports');
  const seen: string[] = [];
  for (const expected of [2, 2, 1]) {
    await expect(items).toHaveCount(expected);
    seen.push(...(await items.getByRole('link').allTextContents()));
    if (seen.length < 5) {
      await pager.getByRole('link', { name: 'Older reports →' }).click();
      await expect(page).toHaveURL(/\/reports\?limit=2&cursor=\d{4}-\d{2}-\d{2}_\d+$/);
      await expect(pager.getByRole('link', { name: 'Newest' })).toBeVisible();
    }
  }
  // Every report once, in the order of the one-page list.
  expect(seen).toEqual(all);
  await expect(items.last()).toContainText('24 February 2025');
  await expect(pager.getByRole('link', { name: 'Older reports →' })).toHaveCount(0);

  await pager.getByRole('link', { name: 'Newest' }).click();
  await expect(page).toHaveURL(/\/reports\?limit=2$/);
  await expect(items.first()).toContainText('6 August 2025');
  await expect(pager.getByRole('link', { name: 'Newest' })).toHaveCount(0);
});

test('a paging address the list did not give shows the newest reports, not an error', async ({ page }) => {
  for (const query of ['cursor=not-a-cursor', 'cursor=2025-02-30_3', 'limit=0', 'cursor=a&cursor=b']) {
    const response = await page.goto(`/reports?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole('main').getByRole('alert')).toContainText(
      'The paging in this address is not valid',
    );
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(5);
    await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('6 August 2025');
  }
});

test('an unknown or malformed report address is a 404 page, not an error', async ({ page }) => {
  for (const path of ['/reports/999999', '/reports/not-a-number']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  }
});

test('the report pages can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/reports');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  // Tab from the main landmark reaches the first report link.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/reports\/\d+$/);
});

test('the overview and report pages have no serious accessibility violations', async ({ page }) => {
  for (const path of ['/', '/reports', '/reports/1']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.help}`),
      path,
    ).toEqual([]);
  }
});

test('pages send the security headers', async ({ request }) => {
  const response = await request.get('/reports');
  expect(response.headers()['x-frame-options']).toBe('DENY');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['x-powered-by']).toBeUndefined();
  const policy = response.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  // A fresh nonce per response.
  const again = (await request.get('/reports')).headers()['content-security-policy'];
  expect(again).not.toBe(policy);
});

test('the map and the charts work under the content security policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  await page.goto('/map');
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await expect(page.locator('.leaflet-interactive').first()).toBeVisible();
  await page.goto('/casualties');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.goto('/deployments');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(violations).toEqual([]);
});
