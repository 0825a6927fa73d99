import { expect, test } from '@playwright/test';
import { MONTH_NAMES as MONTHS } from '../../lib/dates/month-names';
import { readNewReport, saveReviewed } from './new-report';
import { signIn } from './sign-in';

const CLASH =
  'A Kenyan police officer serving with the MSS mission was killed on Sunday, February 23, 2025, during a clash with gangs in Ségur-Savien, in the Artibonite department. Two gang members were also killed in the exchange, police said.';
const PLACES = [
  'Cabaret',
  'Pétion-Ville',
  'Mirebalais',
  'Saint-Marc',
  'Gonaïves',
  'Léogâne',
  'Kenscoff',
  'Arcahaie',
];

test('the drafted title follows the edited claims until the editor writes one', async ({ page }) => {
  await signIn(page, 'editor');
  await readNewReport(page, {
    title: 'Titles',
    publishedAt: '2025-02-24',
    text: `${CLASH}\nTitles ${Date.now()}.`,
  });
  const clash = page.getByRole('region', { name: /^Incident 1:/ });
  const title = clash.getByLabel('Title');
  await expect(title).toHaveValue(/: 1 Kenyan MSS member killed, 2 gang members killed$/);

  await clash.getByRole('spinbutton', { name: 'Claim 2 count' }).fill('4');
  await expect(title).toHaveValue(/: 1 Kenyan MSS member killed, 4 gang members killed$/);
  await clash.getByRole('checkbox', { name: 'Keep claim 1' }).uncheck();
  await expect(title).toHaveValue(/: 4 gang members killed$/);
  await expect(clash.getByRole('heading', { level: 3 })).toContainText('4 gang members killed');

  // Once the editor writes a title, it is theirs: claims no longer change it.
  await title.fill('Clash at Ségur-Savien');
  await clash.getByRole('spinbutton', { name: 'Claim 2 count' }).fill('5');
  await expect(title).toHaveValue('Clash at Ségur-Savien');
});

test('a report with more than 200 drafted incidents is saved', async ({ page }) => {
  // Hundreds of incidents take the reader, the browser and the locators a while on a busy machine.
  test.setTimeout(300_000);
  await signIn(page, 'editor');
  const lines = Array.from({ length: 205 }, (_, d) => {
    const day = new Date(Date.UTC(2023, 0, 1) + d * 86_400_000);
    return `On ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}, gunmen killed ${2 + (d % 5)} civilians in ${PLACES[d % PLACES.length]}.`;
  });
  await readNewReport(
    page,
    { title: `A long list ${Date.now()}`, publishedAt: '2025-12-31', text: lines.join('\n') },
    120_000,
  );
  await expect(page.getByRole('heading', { level: 3, name: 'Incidents (205)' })).toBeVisible({
    timeout: 30_000,
  });
  await saveReviewed(page, 120_000);
  await expect(page.getByRole('definition').filter({ hasText: /^205$/ })).toBeVisible({ timeout: 30_000 });
});

test('a failed save says so where the editor is looking', async ({ page }) => {
  await signIn(page, 'editor');
  await readNewReport(page, {
    title: 'Focus',
    publishedAt: '2025-02-24',
    text: `${CLASH}\nFocus ${Date.now()}.`,
  });
  await page
    .getByRole('region', { name: /^Incident 1:/ })
    .getByRole('spinbutton', { name: 'Claim 2 count' })
    .fill('-1');
  await page
    .getByRole('region', { name: /^Incident 1:/ })
    .getByLabel('Title')
    .focus();
  await page.getByRole('button', { name: 'Save report' }).click();
  const message = page.getByRole('main').getByRole('alert').filter({ hasText: 'Nothing was saved' });
  await expect(message).toBeFocused();
  await expect(message).toBeInViewport();
});

test('claims on an incident are headed by the outlet that gives them', async ({ page }) => {
  await signIn(page, 'editor');
  const outlet = `Wire ${Date.now()}`;
  await readNewReport(page, {
    title: 'Outlets',
    outlet,
    publishedAt: '2025-02-24',
    text: `${CLASH}\n${outlet}.`,
  });
  const clash = page.getByRole('region', { name: /^Incident 1:/ });
  await expect(clash.getByRole('radio', { name: /Merge into stored incident #\d+/ })).toBeChecked();
  await saveReviewed(page);
  await page.getByRole('region', { name: 'Incidents this report supports' }).getByRole('link').click();
  const claims = page.getByRole('table', { name: /Casualty figures/ });
  await expect(claims.getByRole('columnheader', { name: outlet })).toBeVisible();
  await expect(claims.getByRole('columnheader', { name: /^Source \d/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText(outlet);
});
