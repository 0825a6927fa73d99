/**
 * From a news feed to a reviewed incident without typing the article: an admin registers a
 * feed and fetches it, an editor finds its article in the inbox, reviews the drafted incident
 * and the report. The feed and its articles are served by a local site this spec starts
 * (tests/fixtures/feed-site.ts; the app allows "localhost" through IMPORT_ALLOW_HOSTS in the
 * test set-up only, and does not poll by itself: FEEDS_POLL_MINUTES=0).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { type FeedSite, startFeedSite } from '../fixtures/feed-site';
import { signIn } from './sign-in';

let site: FeedSite;

test.beforeAll(async () => {
  site = await startFeedSite();
});

test.afterAll(async () => {
  await site.close();
});

test('an admin registers a feed, refused first for a bad address, and fetches it', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/feeds');
  await expect(page.getByRole('heading', { level: 1, name: 'News feeds' })).toBeVisible();
  await page.getByLabel('Feed address (RSS or Atom)').fill('ftp://example.org/feed');
  await page.getByLabel('Name').fill('Plateau Courier — Centre');
  await page.getByRole('button', { name: 'Add feed' }).click();
  await expect(page.getByText('must be an http(s) address')).toBeVisible();
  // The form kept what was typed.
  await expect(page.getByLabel('Name')).toHaveValue('Plateau Courier — Centre');
  await page.getByLabel('Feed address (RSS or Atom)').fill(`${site.base}/atom.xml`);
  await page.getByLabel('Language of its articles').selectOption('en');
  await page.getByLabel('Keywords').fill('Haiti, MSS');
  await page.getByRole('button', { name: 'Add feed' }).click();
  await expect(page.getByText('Added “Plateau Courier — Centre”.')).toBeVisible();

  const card = page.getByRole('region', { name: 'Plateau Courier — Centre' });
  await expect(card.getByText('Haiti, MSS')).toBeVisible();
  await card.getByRole('button', { name: 'Fetch now' }).click();
  await expect(card.getByText(/1 new report\(s\)/)).toBeVisible({ timeout: 20_000 });
  await expect(card.getByText(/1 taken as reports · 1 stored for review/)).toBeVisible();

  // The fetch refreshes the page: axe reads it once its head is back (a run read it mid-refresh).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('an editor goes from the feed’s article in the inbox to a reviewed incident', async ({ page }) => {
  const title = 'Gang attack on Mirebalais prison';
  await signIn(page, 'editor');
  await page.getByRole('link', { name: /^Inbox/ }).click();
  const item = page.getByRole('article', { name: title });
  await expect(item).toContainText('From the feed “Plateau Courier — Centre”');
  await item.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // Nobody typed the article: it is the fixture site's text, read from the feed's link.
  await expect(page.getByRole('region', { name: 'Text' })).toContainText(
    'Armed men attacked the civil prison in Mirebalais on Monday, June 9, 2025, killing two guards',
  );
  const panel = page.getByRole('region', { name: 'Waiting for review' });
  await panel
    .getByRole('link', { name: /^Review “/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/incidents\/\d+\/edit$/);
  await page.getByLabel('Review status').selectOption({ label: 'Reviewed' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\/incidents\/\d+$/);
  await page.getByRole('region', { name: 'Sources' }).getByRole('link', { name: title }).click();
  await expect(panel).toContainText('no longer a draft');
  await panel.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(panel).toHaveCount(0);
  await page.goto('/inbox');
  await expect(page.getByRole('article', { name: title })).toHaveCount(0);
});
