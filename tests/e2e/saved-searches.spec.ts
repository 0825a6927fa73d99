/**
 * Saved searches: a reader saves a filtered timeline, finds it on /searches with its feed address,
 * and a feed reader fetching that address gets Atom; a new address revokes the old one.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';

async function seriousViolations(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
}

test('a reader saves a filtered timeline, finds it with its feed, and the feed is Atom', async ({ page }) => {
  await signIn(page, 'viewer');
  const name = `Attacks & ambushes ${Date.now()}`;
  await page.goto('/incidents?type=attack&type=ambush');
  const form = page.getByRole('form', { name: 'Save this search' });

  // No name: the error stands beside the field, and the field says so.
  await form.getByRole('button', { name: 'Save this search' }).click();
  const field = form.getByLabel('Save these filters as');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/give the search a name/);

  await field.fill(name);
  await field.press('Enter');
  await expect(form.getByRole('status')).toHaveText(
    `Saved as “${name}”. Its feed address is on your saved searches page.`,
  );
  await form.getByRole('link', { name: 'Your saved searches and their feeds' }).click();

  await expect(page).toHaveURL(/\/searches$/);
  const card = page.getByRole('region', { name });
  await expect(card).toContainText('Attack or Ambush');
  await expect(card.getByRole('link', { name: 'Open on the timeline' })).toHaveAttribute(
    'href',
    '/incidents?type=attack&type=ambush',
  );
  expect(await seriousViolations(page)).toEqual([]);

  const address = card.getByLabel(`Feed address of “${name}” (Atom)`);
  const url = await address.inputValue();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/searches\/[A-Za-z0-9_-]{43}\/atom$/);
  // A feed reader has no session: ask from a fresh context, with no cookies.
  const reader = await page.context().browser()?.newContext();
  const answer = await reader?.request.get(url);
  expect(answer?.status()).toBe(200);
  expect(answer?.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = (await answer?.text()) ?? '';
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml).toContain(`<title>${name.replace('&', '&amp;')} · Haiti Incident Tracker</title>`);

  // A new address: the old one stops working at once.
  await card.getByRole('button', { name: 'New feed address' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Give it a new address' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'The feed has a new address' })).toBeVisible();
  await expect(address).not.toHaveValue(url);
  expect((await reader?.request.get(url))?.status()).toBe(404);
  expect((await reader?.request.get(await address.inputValue()))?.status()).toBe(200);
  await reader?.close();

  await card.getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove the search' }).click();
  await expect(page.getByRole('region', { name })).toHaveCount(0);
});

test('visitors are asked to sign in for saved searches, and see no save form', async ({ page }) => {
  await page.goto('/incidents?type=attack');
  await expect(page.getByRole('form', { name: 'Save this search' })).toHaveCount(0);
  await page.goto('/searches');
  await expect(page).toHaveURL(/\/login\?next=%2Fsearches$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('saving and the saved searches page fit the screen', async ({ page }) => {
    await signIn(page, 'viewer');
    await page.goto('/incidents?type=kidnapping');
    const field = page.getByLabel('Save these filters as');
    await field.fill(`Kidnappings ${Date.now()}`);
    await page.getByRole('button', { name: 'Save this search' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toBeVisible();
    await page.goto('/searches');
    await expect(page.getByRole('heading', { level: 1, name: 'Saved searches' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${test.info().outputDir}/searches-phone.png`, fullPage: true });
  });
});
