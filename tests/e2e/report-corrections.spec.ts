import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readNewReport, saveReviewed } from './new-report';
import { signIn } from './sign-in';

test('an editor corrects a report, and its relative dates change only when confirmed', async ({ page }) => {
  await signIn(page, 'editor');
  const stamp = Date.now();
  await readNewReport(page, {
    title: `Mistyped titel ${stamp}`,
    outlet: 'Wrong Outlet',
    publishedAt: '2025-02-24',
    text: `Gunmen killed three people in Cabaret on Tuesday, police said. Filed ${stamp}.`,
  });
  await saveReviewed(page);
  const supported = page.getByRole('region', { name: 'Incidents this report supports' });
  await expect(supported).toContainText('18 February 2025');

  const form = page.getByRole('form', { name: 'Correct this report' });
  await form.getByLabel('Title').fill(`Corrected title ${stamp}`);
  await form.getByLabel('Outlet').fill('Right Outlet');
  await form.getByRole('button', { name: 'Save corrections' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Corrected title ${stamp}`);
  await expect(page.getByRole('main')).toContainText('Right Outlet');

  // A new publication date moves "on Tuesday": shown first, nothing changes until confirmed.
  await form.getByLabel('Publication date').fill('2025-03-05');
  await form.getByRole('button', { name: 'Save corrections' }).click();
  const preview = page.getByRole('region', { name: 'Incident dates that would change' });
  await expect(preview).toBeFocused();
  const row = preview.getByRole('row', { name: /Killing in Cabaret/ });
  await expect(row).toContainText('18 February 2025');
  await expect(row).toContainText('4 March 2025');
  await page.reload();
  await expect(page.getByRole('main')).toContainText('24 February 2025');
  await expect(supported).toContainText('18 February 2025');

  await form.getByLabel('Publication date').fill('2025-03-05');
  await form.getByRole('button', { name: 'Save corrections' }).click();
  await preview.getByRole('button', { name: 'Save and change 1 incident date' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 incident date changed' })).toBeFocused();
  await expect(page.getByRole('main')).toContainText('5 March 2025');
  await expect(supported).toContainText('4 March 2025');
});

test('an editor withdraws a junk report after being told what will happen', async ({ page }) => {
  await signIn(page, 'editor');
  const stamp = Date.now();
  const title = `Junk ${stamp}`;
  await readNewReport(page, {
    title,
    publishedAt: '2025-02-24',
    text: `Gunmen killed three people in Kenscoff on Tuesday, police said. Junk ${stamp}.`,
  });
  await saveReviewed(page);
  const incidentHref = await page
    .getByRole('region', { name: 'Incidents this report supports' })
    .getByRole('link')
    .getAttribute('href');

  await page.getByRole('button', { name: 'Withdraw this report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Withdraw this report?' });
  await expect(dialog).toContainText('1 incident will be left without a source');
  await dialog.getByRole('button', { name: 'Keep the report' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  await page.getByRole('button', { name: 'Withdraw this report…' }).click();
  await dialog.getByLabel('Reason').fill('Not a real article');
  await dialog.getByRole('button', { name: 'Withdraw the report' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'withdrawn' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Withdraw this report…' })).toHaveCount(0);

  await page.goto('/reports');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  await page.goto(incidentHref ?? '/');
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('No sources left');
});

test('viewers cannot correct or withdraw a report', async ({ page }) => {
  await signIn(page, 'viewer');
  await page.goto('/reports');
  await page.locator('.report-list a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Correct this report' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Withdraw this report…' })).toHaveCount(0);
});

test('the corrections on a report page have no serious accessibility violations', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/reports');
  await page.locator('.report-list a').first().click();
  await expect(page.getByRole('form', { name: 'Correct this report' })).toBeVisible();
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
  expect(await serious()).toEqual([]);
  await page.getByRole('button', { name: 'Withdraw this report…' }).click();
  await expect(page.getByRole('dialog', { name: 'Withdraw this report?' })).toBeVisible();
  expect(await serious()).toEqual([]);
});
