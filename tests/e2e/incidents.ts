/** Incidents an end-to-end test makes for itself, so no other test's edits meet them. */
import { expect, type Page } from '@playwright/test';

export async function newIncident(
  page: Page,
  options: { title: string; place?: string; placeText?: string },
): Promise<number> {
  await page.goto('/incidents/new');
  await page.getByLabel('Title', { exact: true }).fill(options.title);
  await page.getByLabel('Date', { exact: true }).fill('2025-05-20');
  if (options.place) {
    const place = page.getByRole('combobox', { name: 'Place (gazetteer)' });
    await place.fill(options.place);
    await place.press('Enter');
  }
  await page.getByLabel('Place as the source writes it (optional)').fill(options.placeText ?? 'Delmas 32');
  await page.getByLabel('Summary', { exact: true }).fill('Written when the incident was created.');
  await page.getByRole('button', { name: 'Create incident' }).click();
  await expect(page).toHaveURL(/\/incidents\/\d+$/);
  return Number(/\/incidents\/(\d+)$/.exec(page.url())?.[1]);
}

/** Cites the first report on the list as a source, then adds one claim from it. */
export async function addSourceAndClaim(
  page: Page,
  id: number,
  claim: { count: string; kind: string; side: string },
): Promise<void> {
  await page.goto(`/incidents/${id}/edit`);
  await page.getByLabel('Supporting passage').fill('A passage of the report.');
  await page.getByRole('button', { name: 'Link source' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Source linked.' })).toBeVisible();
  const add = page.getByRole('form', { name: 'New claim' });
  await add.getByLabel('Count', { exact: true }).fill(claim.count);
  await add.getByLabel('Kind').selectOption(claim.kind);
  await add.getByLabel('Side').selectOption(claim.side);
  await add.getByRole('button', { name: 'Add claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claim added.' })).toBeVisible();
}
