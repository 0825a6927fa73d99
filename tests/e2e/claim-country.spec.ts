/**
 * A contributing country belongs to MSS personnel only: a claim moved from MSS to another side
 * loses its country on the review screen and in the claims editor, and the store never reports
 * police (or anyone but the MSS) with one.
 */
import { expect, test } from '@playwright/test';
import { addSourceAndClaim, newIncident } from './incidents';
import { signIn } from './sign-in';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'editor');
});

test('a claim changed from MSS to police on the review screen is stored without a country', async ({
  page,
}) => {
  await page.goto('/reports/new');
  await page.getByLabel('Title', { exact: true }).fill('Officer killed at Pont-Sondé');
  await page.getByLabel('Publication date').fill('2025-03-10');
  await page
    .getByLabel('Text', { exact: true })
    .fill(
      `A Kenyan police officer serving with the MSS mission was killed on Sunday, March 9, 2025, in Pont-Sondé, in the Artibonite department. Filed ${Date.now()}.`,
    );
  await page.getByRole('button', { name: 'Read the report' }).click();
  const incident = page.getByRole('region', { name: /^Incident 1:/ });
  const side = incident.getByRole('combobox', { name: 'Claim 1 side' });
  const country = incident.getByRole('textbox', { name: 'Claim 1 country' });
  await expect(side).toHaveValue('mss');
  await expect(country).toHaveValue('Kenya');

  await side.selectOption('police');
  await expect(country).toHaveValue('');
  await expect(country).toBeDisabled();
  await incident.getByRole('radio', { name: /as a new incident/ }).check();
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await page.getByRole('region', { name: 'Incidents this report supports' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/incidents\/\d+$/);
  const id = Number(/\/incidents\/(\d+)$/.exec(page.url())?.[1]);

  const answer = await page.request.get(
    '/api/incidents?from=2025-03-09&to=2025-03-09&affiliation=police&kind=killed',
  );
  const { items } = (await answer.json()) as {
    items: { id: number; casualties: { affiliation: string; country: string | null }[] }[];
  };
  const stored = items.find((i) => i.id === id);
  expect(stored?.casualties).toEqual([expect.objectContaining({ affiliation: 'police', country: null })]);
});

test('in the claims editor, the country is for MSS claims only', async ({ page }) => {
  const id = await newIncident(page, { title: 'A claim whose side changes' });
  await addSourceAndClaim(page, id, { count: '1', kind: 'killed', side: 'mss' });
  const row = page.getByRole('form', { name: /^Claim \d+$/ });
  const country = row.getByLabel('Country (MSS only)');
  await country.fill('Kenya');
  await row.getByRole('button', { name: 'Save claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claim saved.' })).toBeVisible();
  await expect(country).toHaveValue('Kenya');

  await row.getByLabel('Side').selectOption('police');
  await expect(country).toHaveValue('');
  await expect(country).toBeDisabled();
  await row.getByRole('button', { name: 'Save claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claim saved.' })).toBeVisible();
  await page.goto(`/incidents/${id}`);
  await expect(
    page
      .getByRole('table', { name: /Casualty figures/ })
      .getByRole('row', { name: /Haitian National Police killed/ }),
  ).toBeVisible();
  const answer = await page.request.get('/api/incidents?from=2025-05-20&to=2025-05-20&affiliation=police');
  const { items } = (await answer.json()) as {
    items: { id: number; casualties: { country: string | null }[] }[];
  };
  expect(items.find((i) => i.id === id)?.casualties).toEqual([expect.objectContaining({ country: null })]);
});
