import { expect, test } from '@playwright/test';
import { readNewReport, saveReviewed } from './new-report';
import { signIn } from './sign-in';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
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
