import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';
import { inStore } from './store';

const TITLE = 'E2E early-warning incident';
const AS_OF = '2019-06-30';

/**
 * In 2018-2019, long before the sample reports: Gonaïves one incident a week, then three a week
 * in the four weeks to 30 June 2019; Hinche two a week throughout. Written straight to the server's
 * store (its triggers keep the caches honest), taken away after.
 */
test.beforeAll(() =>
  inStore(async (tx) => {
    const now = new Date();
    const last = Date.parse(`${AS_OF}T00:00:00Z`);
    for (const [key, perWeek] of [
      ['gonaives', (w: number) => (w < 4 ? 3 : 1)],
      ['hinche', () => 2],
    ] as const) {
      const place = await tx.get<{ id: number }>('SELECT "id" FROM "Location" WHERE "key" = ?', [key]);
      if (!place) throw new Error(`${key} is not in the gazetteer`);
      for (let w = 0; w < 56; w++)
        for (let k = 0; k < perWeek(w); k++) {
          const day = new Date(last - (w * 7 + k) * 86_400_000);
          await tx.run(
            `INSERT INTO "Incident" ("date", "datePrecision", "type", "title", "locationId", "placePrecision",
                                     "searchText", "status", "createdAt", "updatedAt")
             VALUES (?, 'day', 'gunfire', ?, ?, 'commune', ?, 'reviewed', ?, ?)`,
            [day, TITLE, place.id, TITLE.toLowerCase(), now, now],
          );
        }
    }
  }),
);
test.afterAll(() =>
  inStore(async (tx) => {
    await tx.run('DELETE FROM "Incident" WHERE "title" = ?', [TITLE]);
  }),
);

async function fitsWidth(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

test('a reader sees where violence is rising, the incidents behind a signal, and the map', async ({
  page,
}) => {
  await signIn(page, 'viewer');
  await page.goto('/early-warning');
  await expect(page.getByRole('heading', { level: 1, name: 'Where violence is rising' })).toBeVisible();
  await page.getByLabel('As of').fill(AS_OF);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/asOf=2019-06-30/);

  const signals = page.getByRole('table', { name: /above the threshold/ });
  const gonaives = signals.getByRole('row', { name: /Gonaïves/ });
  await expect(gonaives).toContainText('Surge');
  await expect(gonaives.getByRole('cell').nth(1)).toContainText('12 usual 4');
  // Steady Hinche does not fire; its department neither.
  await expect(signals.getByRole('row', { name: /Hinche|Centre/ })).toHaveCount(0);

  // The map draws a circle for each commune with incidents in the last four weeks.
  const map = page.getByRole('region', { name: 'Map of communes by signal' });
  await expect(map.locator('path.leaflet-interactive')).toHaveCount(2);
  const results = await new AxeBuilder({ page }).include('#main').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await page.setViewportSize({ width: 390, height: 800 });
  await fitsWidth(page);

  await gonaives.getByRole('link', { name: '12 incidents in Gonaïves' }).click();
  await expect(page).toHaveURL(/place=gonaives.*from=2019-06-03.*to=2019-06-30/);
  await expect(page.getByRole('article').filter({ hasText: TITLE })).toHaveCount(12);
});
