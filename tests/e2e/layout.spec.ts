import { expect, type Locator, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;
const PAGES = ['/', '/incidents', '/map', '/casualties', '/deployments', '/reports', '/incidents/1'];
const LONG_WORD = `Kidnapping${'x'.repeat(140)}`;

async function expectNoSidewaysScroll(page: Page, url: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${url} is wider than the screen`).toBeLessThanOrEqual(innerWidth);
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

for (const size of WIDTHS) {
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('no page is wider than the screen, and the menu is reachable', async ({ page }) => {
      test.setTimeout(120_000);
      await signIn(page, 'admin');
      for (const url of PAGES) {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSidewaysScroll(page, url);
      }
      const nav = page.getByRole('navigation', { name: 'Main' });
      const users = nav.getByRole('link', { name: 'Users' });
      if (size.width < 700) {
        const toggle = page.getByRole('button', { name: 'Menu' });
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await expect(users).toBeHidden();
        await toggle.focus();
        await page.keyboard.press('Enter');
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      }
      await expect(users).toBeVisible();
      const b = await box(users);
      expect(b.x + b.width).toBeLessThanOrEqual(size.width);
      await users.click();
      await expect(page).toHaveURL(/\/admin\/users/);
    });

    test('the map’s quick jumps leave the zoom buttons free', async ({ page }) => {
      await page.goto('/map');
      const zoomIn = page.getByRole('button', { name: 'Zoom in' });
      await expect(zoomIn).toBeVisible();
      const jumps = page.getByRole('group', { name: 'Go to' });
      expect(overlaps(await box(jumps), await box(zoomIn))).toBe(false);
      expect(overlaps(await box(jumps), await box(page.getByRole('button', { name: 'Zoom out' })))).toBe(
        false,
      );
    });

    test('a long unbroken title wraps instead of widening the page', async ({ page }) => {
      await signIn(page, 'editor');
      await page.goto('/incidents/new');
      await page.getByLabel('Title').fill(`${LONG_WORD} ${size.width}`);
      await page.getByLabel('Type').selectOption('attack');
      await page.getByLabel('Date', { exact: true }).fill('2025-06-11');
      const place = page.getByRole('combobox', { name: 'Place (gazetteer)' });
      await place.fill('pont sonde');
      await place.press('Enter');
      await expect(place).toHaveValue('Pont-Sondé');
      await page.getByRole('button', { name: 'Create incident' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(LONG_WORD);
      await expectNoSidewaysScroll(page, 'the incident page');
      await page.goto(`/incidents?q=${LONG_WORD}`);
      await expect(page.getByRole('article').first()).toContainText(LONG_WORD);
      await expectNoSidewaysScroll(page, 'the timeline');
    });

    test('the review screen keeps the text beside (or above) the incidents, and its tables inside', async ({
      page,
    }) => {
      await signIn(page, 'editor');
      await page.goto('/reports/new');
      await page.getByLabel('Title').fill(`Layout check ${size.width}`);
      await page.getByLabel('Outlet').fill('E2E Wire');
      await page.getByLabel('Publication date').fill('2025-02-24');
      await page
        .getByLabel('Text', { exact: true })
        .fill(
          `${'On February 20, 2025, three civilians and two police officers were injured by gunfire in Pétion-Ville, and one gang member was killed. '.repeat(4)}\nFiled ${Date.now()} ${size.width}.`,
        );
      await page.getByRole('button', { name: 'Read the report' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'New report: review' })).toBeVisible();
      await expectNoSidewaysScroll(page, 'the review screen');

      const text = page.getByRole('region', { name: 'Report text with evidence highlighted' });
      const incident = page.getByRole('region', { name: /^Incident 1:/ });
      const claims = incident.getByRole('table', { name: /Casualty claims/ });
      for (const target of [incident, claims]) {
        // At the top of the screen, where a sticky text panel would slide over it.
        await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        expect(overlaps(await box(text), await box(target)), 'text panel covers the incident').toBe(false);
      }
      // The claims table scrolls inside its own box, never past the panel; on a laptop it fits whole.
      const fit = await claims.evaluate((table) => {
        const scroller = table.parentElement;
        const panel = table.closest('section');
        if (!scroller || !panel) return null;
        return {
          scrolls: getComputedStyle(scroller).overflowX === 'auto',
          pastPanel: scroller.getBoundingClientRect().right - panel.getBoundingClientRect().right,
          hidden: table.getBoundingClientRect().right - scroller.getBoundingClientRect().right,
        };
      });
      expect(fit?.scrolls).toBe(true);
      expect(fit?.pastPanel).toBeLessThanOrEqual(0);
      if (size.width >= 1366) expect(fit?.hidden, 'columns cut off on the right').toBeLessThanOrEqual(1);
    });
  });
}
