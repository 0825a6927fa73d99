/**
 * The editors' inbox. The report under review is one this spec sends through the JSON API (its
 * own place and date, so it joins no other test's incident); the sample reports stay waiting.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';

const INBOX_LINK = /^Inbox \((\d+) reports? waiting for review\)$/;

/** The number the navigation's Inbox link shows, once checked against the one it says. */
async function waitingCount(page: Page): Promise<number> {
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: INBOX_LINK });
  await expect(link).toHaveCount(1);
  const said = Number(INBOX_LINK.exec((await link.getAttribute('aria-label')) ?? '')?.[1]);
  await expect(link).toHaveText(`Inbox (${said})`);
  return said;
}

/** What the inbox page says of how many reports wait. */
const waitingSentence = (n: number) =>
  n === 0
    ? 'Nothing waits for review.'
    : `${n} report${n === 1 ? ' waits' : 's wait'} for review, newest first`;

/** A report as a machine client sends one, with the signed-in editor's session. */
async function sendReport(page: Page, stamp: number): Promise<{ title: string; reportId: number }> {
  const title = `Market attack in Jacmel ${stamp}`;
  const answer = await page.request.post('/api/reports', {
    data: {
      title,
      outlet: 'Inbox Wire',
      publishedAt: '2024-11-13',
      text: `JACMEL, Haiti — Gunmen wounded two civilians in an attack on a market in Jacmel on Monday, November 12, 2024, police said. Filed ${stamp}.`,
    },
  });
  expect(answer.status()).toBe(201);
  return { title, reportId: (await answer.json()).data.reportId };
}

test('an editor reviews a report from the inbox, and it leaves the inbox', async ({ page }) => {
  await signIn(page, 'editor');
  const { title, reportId } = await sendReport(page, Date.now());
  await page.goto('/');
  const waiting = await waitingCount(page);
  // At least this one; the sample reports, read in as drafts, wait too unless a spec took them.
  expect(waiting).toBeGreaterThanOrEqual(1);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: INBOX_LINK }).click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(waitingSentence(waiting));
  const item = page.getByRole('article', { name: title });
  await expect(item).toContainText('Sent through the API by Eddy Editor');
  await expect(item).toContainText('The reader found 1 incident:');
  await expect(item.getByRole('listitem').filter({ hasText: 'Attack in Jacmel' })).toContainText('Draft');
  await expect(item).toContainText('Unsure of:');
  await expect(item).toContainText('12 November 2024 was a Tuesday, not a Monday');
  // Newest first: the report just sent heads the list.
  await expect(page.getByRole('article').first()).toHaveAccessibleName(title);

  await item.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${reportId}$`));
  const panel = page.getByRole('region', { name: 'Waiting for review' });
  await expect(panel).toContainText('Its incident is still a draft');
  await panel.getByRole('link', { name: /^Review “Attack in Jacmel/ }).click();
  await expect(page).toHaveURL(/\/incidents\/\d+\/edit$/);
  await page.getByLabel('Review status').selectOption({ label: 'Reviewed' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\/incidents\/\d+$/);
  await page.getByRole('region', { name: 'Sources' }).getByRole('link', { name: title }).click();

  await expect(panel).toContainText('Its incident is no longer a draft.');
  await panel.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Marked reviewed: the report has left the inbox.' }),
  ).toBeFocused();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText('Reviewed on');
  expect(await waitingCount(page)).toBe(waiting - 1);

  await page.goto('/inbox');
  await expect(page.getByRole('main')).toContainText(waitingSentence(waiting - 1));
  await expect(page.getByRole('article', { name: title })).toHaveCount(0);
});

test('viewers get no inbox: no link, and the page refuses them', async ({ page }) => {
  await signIn(page, 'viewer');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Inbox/ }),
  ).toHaveCount(0);
  await page.goto('/inbox');
  await expect(page).toHaveURL(/\/forbidden\?needed=editor$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
});

test('the inbox works with the keyboard alone and has no serious accessibility violations', async ({
  page,
}) => {
  await signIn(page, 'editor');
  const { title } = await sendReport(page, Date.now());
  await page.goto('/inbox');
  const serious = (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
  expect(serious).toEqual([]);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('link', { name: title })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('region', { name: 'Waiting for review' })).toBeVisible();
  const panelChecks = (await new AxeBuilder({ page }).include('.review-panel').analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(panelChecks.map((v) => v.id)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the inbox and its count fit the screen, behind the Menu button', async ({ page }) => {
    await signIn(page, 'editor');
    await page.goto('/inbox');
    await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Menu' }).click();
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: INBOX_LINK });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('aria-current', 'page');
  });
});
