import { expect, type Page } from '@playwright/test';

/** Step 1 of "New report", filled as an editor would, up to the review screen. */
export async function readNewReport(
  page: Page,
  fields: { title: string; outlet?: string; publishedAt?: string; text: string },
  /** A long report takes the reader, the matcher and the browser a while. */
  timeout = 5_000,
): Promise<void> {
  await page.goto('/reports/new');
  await page.getByLabel('Title').fill(fields.title);
  if (fields.outlet) await page.getByLabel('Outlet').fill(fields.outlet);
  if (fields.publishedAt) await page.getByLabel('Publication date').fill(fields.publishedAt);
  await page.getByLabel('Text', { exact: true }).fill(fields.text);
  await page.getByRole('button', { name: 'Read the report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New report: review' })).toBeVisible({ timeout });
}

/** Saves the review as it stands and waits for the stored report's page. */
export async function saveReviewed(page: Page, timeout = 5_000): Promise<void> {
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page).toHaveURL(/\/reports\/\d+$/, { timeout });
}
