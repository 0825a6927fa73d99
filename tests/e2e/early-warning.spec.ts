import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { signIn } from './sign-in';

const PORT = process.env.E2E_PORT ?? '3100';
const DB_FILE = path.resolve(__dirname, '..', '.tmp', `e2e-${PORT}`, 'haiti-e2e.db');
const TITLE = 'E2E early-warning incident';
const AS_OF = '2019-06-30';

/** Writes straight to the server's store (its triggers keep the caches honest), then takes it away. */
function withStore<T>(work: (db: Database.Database) => T): T {
  const db = new Database(DB_FILE, { fileMustExist: true, timeout: 5000 });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/**
 * In 2018-2019, long before the sample reports: Gonaïves one incident a week, then three a week
 * in the four weeks to 30 June 2019; Hinche two a week throughout.
 */
test.beforeAll(() =>
  withStore((db) => {
    const now = new Date().toISOString().replace('Z', '+00:00');
    const place = db.prepare('SELECT id FROM Location WHERE key = ?');
    const add = db.prepare(
      `INSERT INTO Incident (date, datePrecision, type, title, locationId, placePrecision, searchText, status,
                             createdAt, updatedAt)
       VALUES (?, 'day', 'gunfire', ?, ?, 'commune', ?, 'reviewed', ?, ?)`,
    );
    const last = Date.parse(`${AS_OF}T00:00:00Z`);
    db.transaction(() => {
      for (const [key, perWeek] of [
        ['gonaives', (w: number) => (w < 4 ? 3 : 1)],
        ['hinche', () => 2],
      ] as const) {
        const { id } = place.get(key) as { id: number };
        for (let w = 0; w < 56; w++)
          for (let k = 0; k < perWeek(w); k++) {
            const day = new Date(last - (w * 7 + k) * 86_400_000).toISOString().slice(0, 10);
            add.run(`${day}T00:00:00.000+00:00`, TITLE, id, TITLE.toLowerCase(), now, now);
          }
      }
    })();
  }),
);
test.afterAll(() => withStore((db) => db.prepare('DELETE FROM Incident WHERE title = ?').run(TITLE)));

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
