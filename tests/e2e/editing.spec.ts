import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';

const PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

async function editorPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await signIn(page, 'editor');
  return page;
}

test('an editor creates an incident by hand with an accent-free place search, and finds it in the timeline', async ({
  page,
}) => {
  await signIn(page, 'editor');
  await page.goto('/incidents');
  await page.getByRole('link', { name: 'New incident' }).click();
  await page.getByLabel('Title').fill('Roadblock attack near Pont-Sondé');
  await page.getByLabel('Type').selectOption('attack');
  await page.getByLabel('Date', { exact: true }).fill('2025-06-10');
  const place = page.getByRole('combobox', { name: 'Place (gazetteer)' });
  await place.fill('pont sonde');
  // The gazetteer also holds Pont-Sondé's police station: the place itself is the first option.
  await expect(page.getByRole('option', { name: /^Pont-Sondé neighbourhood/ })).toBeVisible();
  // A dot on the map chooses its place too; then the autocomplete takes over again.
  await page.locator('.leaflet-container .leaflet-interactive').first().click();
  await expect(place).not.toHaveValue('pont sonde');
  await place.fill('pont sonde');
  await place.press('Enter');
  await expect(place).toHaveValue('Pont-Sondé');
  await page.getByRole('button', { name: 'Create incident' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Roadblock attack near Pont-Sondé' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Pont-Sondé');
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(page.locator('.history')).toContainText('Eddy Editor');

  await page.goto('/incidents?q=pont+sonde');
  await expect(page.getByRole('article').filter({ hasText: 'Roadblock attack near Pont-Sondé' })).toHaveCount(
    1,
  );
});

test('bad input is named field by field and the typed values stay', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/incidents/new');
  await page.getByLabel('Title').fill('Ok title');
  await page.getByLabel('Date', { exact: true }).fill('2031-01-01');
  await page.getByLabel('End date (optional)').fill('2030-01-01');
  await page.getByRole('button', { name: 'Create incident' }).click();
  await expect(page.getByText('cannot be in the future').first()).toBeVisible();
  await expect(
    page.getByText('Choose a place from the gazetteer, or write the place as the source gives it.'),
  ).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Ok title');
  await expect(page.getByLabel('Title')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Date', { exact: true })).toHaveAttribute('aria-invalid', 'true');
});

test('two editors save the same incident: the second sees what changed, keeps their edit, and saves on top', async ({
  browser,
}) => {
  const first = await editorPage(browser);
  const second = await editorPage(browser);
  await first.goto('/incidents/2/edit');
  await second.goto('/incidents/2/edit');
  const original = await first.getByLabel('Title').inputValue();

  await first.getByLabel('Title').fill('Title saved by the first editor');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first).toHaveURL(/\/incidents\/2$/);

  await second.getByLabel('Summary').fill('Summary written by the second editor.');
  await second.getByRole('button', { name: 'Save changes' }).click();
  const conflict = second.getByRole('region', { name: /Changed meanwhile/ });
  await expect(conflict).toBeVisible();
  const row = conflict.getByRole('row', { name: /Title/ });
  await expect(row).toContainText(original);
  await expect(row).toContainText('Title saved by the first editor');
  await expect(second.getByLabel('Summary')).toHaveValue('Summary written by the second editor.');
  // The second editor takes the first editor's title and saves their summary on top.
  await second.getByLabel('Title').fill('Title saved by the first editor');
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second).toHaveURL(/\/incidents\/2$/);
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Title saved by the first editor');
  await expect(second.getByRole('main')).toContainText('Summary written by the second editor.');
  await first.close();
  await second.close();
});

test('claims are added per source, deleted incidents leave the timeline and can be restored', async ({
  page,
}) => {
  await signIn(page, 'editor');
  await page.goto('/incidents/3/edit');
  const title = await page.getByLabel('Title').inputValue();
  const add = page.getByRole('form', { name: 'New claim' });
  await add.getByLabel('Count', { exact: true }).fill('-2');
  await add.getByRole('button', { name: 'Add claim' }).click();
  await expect(page.getByText('A count cannot be negative.')).toBeVisible();
  await add.getByLabel('Count', { exact: true }).fill('4');
  await add.getByLabel('Kind').selectOption('injured');
  await add.getByLabel('Side').selectOption('civilian');
  await add.getByRole('button', { name: 'Add claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claim added.' })).toBeVisible();
  await page.goto('/incidents/3');
  await expect(
    page.getByRole('table', { name: /Casualty figures/ }).getByRole('row', { name: /Civilians injured/ }),
  ).toBeVisible();

  await page.goto('/incidents/3/edit');
  await page.getByLabel('Reason (kept in the history)').fill('duplicate of another incident');
  await page.getByRole('button', { name: 'Delete incident' }).click();
  await page
    .getByRole('dialog', { name: /Delete incident #3/ })
    .getByRole('button', { name: 'Delete incident' })
    .click();
  await expect(page.getByRole('button', { name: 'Restore incident' })).toBeVisible();
  await page.goto('/incidents');
  await expect(page.getByRole('article').filter({ hasText: title })).toHaveCount(0);
  await page.goto('/incidents/3/edit');
  await page.getByRole('button', { name: 'Restore incident' }).click();
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
  await page.goto('/incidents/3');
  await expect(page.locator('.history')).toContainText('duplicate of another incident');
  await expect(page.locator('.history')).toContainText('restored');

  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations).toEqual([]);
  await page.goto('/incidents/3/edit');
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations).toEqual([]);
});

test('an editor names who did it per source, sees the incident page say so, and removes a misread actor', async ({
  page,
}) => {
  await signIn(page, 'editor');
  await page.goto('/incidents/2/edit');
  const add = page.getByRole('form', { name: 'Add an actor' });
  // Neither a register actor nor a name: said beside the field, nothing stored.
  await add.getByRole('button', { name: 'Add actor' }).click();
  await expect(add.getByText('Choose an actor, or name another group.')).toBeVisible();
  await add.getByLabel('Actor', { exact: true }).selectOption({ label: 'Gran Grif' });
  await add.getByRole('button', { name: 'Add actor' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gran Grif added as perpetrator.' })).toBeVisible();
  await add.getByLabel('Another group’s name').fill('the Savien gang');
  await add.getByLabel('Its kind').selectOption('armed_group');
  await add.getByLabel('Role').selectOption('target');
  await add.getByRole('button', { name: 'Add actor' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'the Savien gang added as target.' }),
  ).toBeVisible();

  await page.goto('/incidents/2');
  const who = page.getByRole('region', { name: 'Who' });
  await expect(who.getByRole('link', { name: 'Gran Grif' })).toHaveAttribute('href', '/actors/gran-grif');
  await expect(who).toContainText('the Savien gang');
  await expect(page.locator('.history')).toContainText('actor added');

  await page.goto('/incidents/2/edit');
  await page.getByRole('button', { name: 'Remove the Savien gang as target' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Actor removed.' })).toBeVisible();
  await page.goto('/incidents/2');
  await expect(page.getByRole('region', { name: 'Who' })).not.toContainText('the Savien gang');
  await page.goto('/incidents/2/edit');
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations).toEqual([]);
});

test('markup typed into an incident is shown as text everywhere and never runs', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/incidents/new');
  await page.getByLabel('Title').fill(`Payload ${PAYLOAD}`);
  await page.getByLabel('Summary').fill(PAYLOAD);
  await page.getByLabel('Date', { exact: true }).fill('2025-07-01');
  await page.getByLabel('Place as the source writes it (optional)').fill(PAYLOAD);
  await page.getByRole('button', { name: 'Create incident' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Payload ${PAYLOAD}`);
  await expect(page.getByRole('main')).toContainText(PAYLOAD);
  for (const path of ['/incidents', '/incidents?q=payload', '/map']) {
    await page.goto(path);
    await expect(page.getByRole('main')).toBeVisible();
  }
  await page.goto('/incidents?q=payload');
  await expect(page.getByRole('article').first()).toContainText(PAYLOAD);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await page.getByRole('article').first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // Nothing was turned into elements.
  expect(await page.locator('main img[src="x"], main script:not([src])').count()).toBe(0);
});

test('merging keeps every source and claim, and a split gives them back to a new incident', async ({
  page,
}) => {
  await signIn(page, 'editor');
  await page.goto('/incidents/4');
  const mergedTitle = await page.getByRole('heading', { level: 1 }).textContent();
  await page.goto('/incidents/5');
  const sourcesBefore = await page.locator('ol.sources > li').count();
  await page.goto('/incidents/5/edit');
  await page.getByLabel('Or incident numbers').fill('4');
  await page.getByRole('button', { name: 'Merge into this incident' }).click();
  await page
    .getByRole('dialog', { name: 'Merge 1 incident into this one?' })
    .getByRole('button', { name: 'Merge' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: /Merged 1 incident/ })).toBeVisible();

  await page.goto('/incidents/4');
  await expect(page.getByText('This incident was deleted; it is kept for the record.')).toBeVisible();
  await expect(page.locator('.history')).toContainText('merged into another incident');
  await expect(page.locator('.history').getByRole('link', { name: 'incident #5' })).toBeVisible();
  await page.goto('/incidents/5');
  expect(await page.locator('ol.sources > li').count()).toBeGreaterThan(sourcesBefore);

  await page.goto('/incidents/5/edit');
  const split = page.getByRole('group', { name: 'Sources that describe a different event' });
  await split.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Split into a new incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Edit incident #\d+/ })).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue(/\(split\)$/);
  expect(mergedTitle).toBeTruthy();
});

test('a place missing from the gazetteer is added from the incident form and chosen at once', async ({
  page,
}) => {
  await signIn(page, 'editor');
  await page.goto('/incidents/new');
  await page.getByText('The place is not in the gazetteer? Add it').click();
  const form = page.getByRole('form', { name: 'New gazetteer place' });
  await form.getByLabel('Name', { exact: true }).fill('Carrefour Test');
  await form.getByLabel('Kind').selectOption('neighbourhood');
  const parent = form.getByRole('combobox', { name: 'Inside (commune or department)' });
  await parent.fill('port au prince');
  await parent.press('Enter');
  await expect(parent).toHaveValue('Port-au-Prince');
  await form.getByLabel('Latitude').fill('28.5');
  await form.getByLabel('Longitude').fill('-72.34');
  await form.getByRole('button', { name: 'Add place to the gazetteer' }).click();
  await expect(form.getByText('Haiti lies between latitudes 17.5 and 20.5.')).toBeVisible();
  await form.getByLabel('Latitude').fill('18.53');
  await form.getByRole('button', { name: 'Add place to the gazetteer' }).click();
  await expect(form.getByRole('status')).toContainText('Added “Carrefour Test” to the gazetteer.');
  await expect(page.getByRole('combobox', { name: 'Place (gazetteer)' })).toHaveValue('Carrefour Test');
});
