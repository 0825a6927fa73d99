/**
 * Nothing an editor typed is dropped without a word, nothing destructive happens on one click,
 * and the answer to a save is brought to the editor's attention.
 */
import { expect, test } from '@playwright/test';
import { addSourceAndClaim, newIncident } from './incidents';
import { signIn } from './sign-in';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'editor');
});

test('a claim changed in its row, and a new claim typed but not added, are saved by “Save changes”', async ({
  page,
}) => {
  const id = await newIncident(page, { title: 'Claims saved with the incident' });
  await addSourceAndClaim(page, id, { count: '3', kind: 'killed', side: 'police' });

  const row = page.getByRole('form', { name: /^Claim \d+$/ });
  await row.getByLabel('Count', { exact: true }).fill('5');
  const add = page.getByRole('form', { name: 'New claim' });
  await add.getByLabel('Count', { exact: true }).fill('2');
  await add.getByLabel('Kind').selectOption('injured');
  await add.getByLabel('Side').selectOption('civilian');
  await page.getByLabel('Title', { exact: true }).fill('Claims saved with the incident, renamed');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page).toHaveURL(new RegExp(`/incidents/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claims saved with the incident, renamed');
  const figures = page.getByRole('table', { name: /Casualty figures/ });
  await expect(figures.getByRole('row', { name: /Haitian National Police killed/ })).toContainText('5');
  await expect(figures.getByRole('row', { name: /Civilians injured/ })).toContainText('2');
  // The history says what changed in words: only what changed, no ids, no raw data.
  const history = page.locator('.history');
  await expect(history).toContainText('Count: 3 → 5');
  await expect(history).toContainText('2 Civilians injured');
  await expect(history).not.toContainText('Kind:');
  await expect(history).not.toContainText('reportId');
  await expect(history).not.toContainText('{');
});

test('a bad value in a claim stops the whole save, and the message is brought to the editor', async ({
  page,
}) => {
  const id = await newIncident(page, { title: 'A claim with a bad count' });
  await addSourceAndClaim(page, id, { count: '3', kind: 'killed', side: 'police' });
  const row = page.getByRole('form', { name: /^Claim \d+$/ });
  await row.getByLabel('Count', { exact: true }).fill('-4');
  await page.getByLabel('Title', { exact: true }).fill('This name must not be saved alone');
  await page.getByRole('button', { name: 'Save changes' }).click();

  const message = page.getByRole('alert').filter({ hasText: /Nothing was saved/ });
  await expect(message).toBeFocused();
  await expect(message).toBeInViewport();
  await expect(row.getByText('A count cannot be negative.')).toBeVisible();
  await expect(row.getByLabel('Count', { exact: true })).toHaveValue('-4');
  await page.goto(`/incidents/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A claim with a bad count');
});

test('a save after the session ended says so, focused and in view, and keeps the form', async ({
  page,
  context,
}) => {
  const id = await newIncident(page, { title: 'Saved after the session ended' });
  await page.goto(`/incidents/${id}/edit`);
  await page.getByLabel('Summary', { exact: true }).fill('Typed before the session ended.');
  await context.clearCookies();
  await page.getByRole('button', { name: 'Save changes' }).click();
  const message = page.getByRole('alert').filter({ hasText: 'Your session has ended' });
  await expect(message).toBeFocused();
  await expect(message).toBeInViewport();
  await expect(page.getByLabel('Summary', { exact: true })).toHaveValue('Typed before the session ended.');
});

test('deleting a claim asks first and says which claim goes', async ({ page }) => {
  const id = await newIncident(page, { title: 'A claim to delete' });
  await addSourceAndClaim(page, id, { count: '7', kind: 'killed', side: 'gang' });
  const row = page.getByRole('form', { name: /^Claim \d+$/ });

  await row.getByRole('button', { name: 'Delete claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this claim?' });
  await expect(dialog).toContainText('7 Gangs killed');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: 'Delete claim' }).click();
  await dialog.getByRole('button', { name: 'Delete claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claim deleted.' })).toBeVisible();
  await expect(page.getByRole('form', { name: /^Claim \d+$/ })).toHaveCount(0);
});

test('deleting an incident asks first and says what happens to it', async ({ page }) => {
  const id = await newIncident(page, { title: 'An incident to delete' });
  await page.goto(`/incidents/${id}/edit`);
  await page.getByRole('button', { name: 'Delete incident' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete incident #${id}?` });
  await expect(dialog).toContainText('leaves the timeline, charts and map');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await page.goto(`/incidents/${id}`);
  await expect(page.getByText('This incident was deleted')).toHaveCount(0);

  await page.goto(`/incidents/${id}/edit`);
  await page.getByRole('button', { name: 'Delete incident' }).click();
  await dialog.getByRole('button', { name: 'Delete incident' }).click();
  await expect(page.getByRole('button', { name: 'Restore incident' })).toBeVisible();
});

test('merging asks first, naming the incidents that will be merged in', async ({ page }) => {
  const other = await newIncident(page, { title: 'A duplicate to merge in' });
  const target = await newIncident(page, { title: 'The incident that stays' });
  await page.goto(`/incidents/${target}/edit`);
  await page.getByLabel('Or incident numbers').fill(String(other));
  await page.getByRole('button', { name: 'Merge into this incident' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge 1 incident into this one?' });
  await expect(dialog).toContainText(`#${other}`);
  await expect(dialog).toContainText(`into #${target}`);
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Merged 1 incident/ })).toBeVisible();

  // The merged incident's page points to the one it went into.
  await page.goto(`/incidents/${other}`);
  const notice = page.getByText(/It was merged into/);
  await expect(notice).toBeVisible();
  await notice.getByRole('link', { name: /The incident that stays/ }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${target}$`));
  await expect(page.locator('.history')).toContainText(`#${other}`);
  await expect(page.locator('.history')).not.toContainText('[');
});

test('clearing the place asks first, and only then saves the incident without it', async ({ page }) => {
  const id = await newIncident(page, {
    title: 'An incident in Delmas',
    place: 'delmas',
    placeText: 'Delmas 32',
  });
  await page.goto(`/incidents/${id}/edit`);
  await page.getByRole('combobox', { name: 'Place (gazetteer)' }).fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the place?' });
  await expect(dialog).toContainText('Delmas');
  await dialog.getByRole('button', { name: 'Keep the place' }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}/edit$`));

  await page.getByRole('button', { name: 'Save changes' }).click();
  await dialog.getByRole('button', { name: 'Remove the place and save' }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}$`));
  await expect(page.locator('dt:text-is("Place") + dd')).toHaveText(/^Delmas 32/);
  const history = page.locator('.history');
  await expect(history).toContainText('Place: Delmas → —');
  await expect(history).not.toContainText('locationId');
});
