/**
 * The map's time control on the sample data: a reader steps to the week of the Ségur-Savien clash
 * (Sunday 23 February 2025: the week of Monday the 17th), hears what the map holds, finds the week
 * in the URL and in Back/Forward, plays and pauses, and goes back to the whole period — with the
 * keyboard, without the page being loaded again. Reads only.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const SEGUR_WEEK = 'Week of 17 February 2025 – 23 February 2025';
const theMap = (page: Page) => page.getByRole('region', { name: 'Map of incidents' });
const theList = (page: Page) => page.getByRole('region', { name: 'Incidents on this map' });
const timeControl = (page: Page) => page.getByRole('region', { name: 'Time' });
const slider = (page: Page) => timeControl(page).getByRole('slider', { name: 'Week' });
/** The control's live region: what the map holds once its data is in. */
const said = (page: Page) => timeControl(page).locator('[aria-live="polite"]');
const listedRows = (page: Page) => theList(page).locator('tbody tr[data-incident-id]');

async function openMap(page: Page, path = '/map') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Map' })).toBeVisible();
  await expect(theMap(page).locator('path.map-land').first()).toBeAttached();
}

/** The count the live region says, checked against the incidents the list under the map holds. */
async function saidCountMatchesList(page: Page, label: string | RegExp) {
  await expect(said(page)).toHaveText(
    label instanceof RegExp ? label : new RegExp(`^${label}: \\d+ incidents? in this view$`),
  );
  const text = (await said(page).textContent()) ?? '';
  const count = Number(/: (\d+) incidents? in this view$/.exec(text)?.[1]);
  await expect(listedRows(page)).toHaveCount(count);
  return count;
}

test('a reader steps the map to a week, hears it, keeps it in the URL, plays, pauses and goes back to the whole period', async ({
  page,
}) => {
  const asked: URL[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/api/map') asked.push(url);
  });
  await openMap(page);
  // Every incident of the sample in view, so the list holds what the week holds.
  // The view's new data first: until it is in, the control still says what the first view held
  // (on a store where another test placed an incident outside that view, one fewer).
  const allOfHaiti = page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === '/api/map' && !url.searchParams.has('from');
  });
  await page.getByRole('button', { name: 'All of Haiti', exact: true }).click();
  const { total: whole } = (await (await allOfHaiti).json()) as { total: number };
  await saidCountMatchesList(page, new RegExp(`^Whole period: ${whole} incidents? in this view$`));
  expect(whole).toBeGreaterThan(1);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Whole period');
  // Stepping never loads the page again: a mark left on the window survives every step.
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });

  // The keyboard: End on the slider is the last week, Home the first.
  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /^Week of /);
  await page.keyboard.press('Home');
  const next = timeControl(page).getByRole('button', { name: 'Next week' });
  const previous = timeControl(page).getByRole('button', { name: 'Previous week' });
  // From the first week the store holds to the clash's (the first, on the sample as loaded).
  for (let i = 0; i < 600; i++) {
    if ((await slider(page).getAttribute('aria-valuetext')) === SEGUR_WEEK) break;
    await next.press('Enter');
  }
  await expect(slider(page)).toHaveAttribute('aria-valuetext', SEGUR_WEEK);
  await saidCountMatchesList(page, SEGUR_WEEK);
  await expect(
    theList(page)
      .getByRole('row', { name: /Ségur-Savien/ })
      .first(),
  ).toBeVisible();
  await expect(theList(page).getByRole('row', { name: /Tabarre/ })).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]week=2025-02-17(&|$)/);
  // The week's data came from /api/map as the week's dates, the other filters kept.
  const last = asked.at(-1);
  expect([last?.searchParams.get('from'), last?.searchParams.get('to')]).toEqual([
    '2025-02-17',
    '2025-02-23',
  ]);
  // The links above the map follow the week.
  await expect(page.getByRole('link', { name: 'Same incidents in the timeline' })).toHaveAttribute(
    'href',
    '/incidents?from=2025-02-17&to=2025-02-23',
  );

  // Next and Previous, then Back and Forward through the weeks seen.
  await next.press('Enter');
  await expect(said(page)).toHaveText(/^Week of 24 February 2025 – 2 March 2025: /);
  await expect(page).toHaveURL(/[?&]week=2025-02-24(&|$)/);
  await previous.press('Enter');
  await expect(said(page)).toHaveText(new RegExp(`^${SEGUR_WEEK}: `));
  await page.goBack();
  await expect(page).toHaveURL(/[?&]week=2025-02-24(&|$)/);
  await expect(said(page)).toHaveText(/^Week of 24 February 2025 – 2 March 2025: /);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Week of 24 February 2025 – 2 March 2025');
  await page.goForward();
  await expect(said(page)).toHaveText(new RegExp(`^${SEGUR_WEEK}: `));

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);

  // Play steps on by itself (about every 1.5 s); pressed again, it pauses where it is.
  const play = timeControl(page).getByRole('button', { name: 'Play' });
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await play.focus();
  await page.keyboard.press('Space');
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await expect(said(page)).toHaveText(/^Week of 3 March 2025 – 9 March 2025: /, { timeout: 10_000 });
  await page.keyboard.press('Space');
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  const paused = await slider(page).getAttribute('aria-valuetext');
  await page.waitForTimeout(2_500);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', paused ?? '');

  // The whole period again: no week in the URL, every incident in view.
  await timeControl(page).getByRole('button', { name: 'Whole period' }).press('Enter');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Whole period');
  expect(await saidCountMatchesList(page, 'Whole period')).toBe(whole);
  expect(new URL(page.url()).searchParams.has('week')).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
});

test('a link with a week opens on it; a week that is not a Monday is reported and the whole period shown', async ({
  page,
}) => {
  const opened = await page.goto('/map?week=2025-02-17&view=19.1,-72.7,10');
  // The server renders the week, before any script runs: the slider on it, its incidents listed.
  const html = (await opened?.text()) ?? '';
  expect(html).toContain(`aria-valuetext="${SEGUR_WEEK}"`);
  expect(html).toContain('Armed clash in Ségur-Savien, Saint-Marc');
  expect(html).not.toContain('Gunfire near U.S. Embassy');
  await openMap(page, '/map?week=2025-02-17&view=19.1,-72.7,10');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', SEGUR_WEEK);
  await saidCountMatchesList(page, SEGUR_WEEK);
  await expect(
    theList(page)
      .getByRole('row', { name: /Ségur-Savien/ })
      .first(),
  ).toBeVisible();

  const response = await page.goto('/map?week=2025-02-18');
  expect(response?.status()).toBe(200);
  await expect(timeControl(page).getByText('The week in the address must be a Monday')).toBeVisible();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Whole period');
  await expect(said(page)).toHaveText(/^Whole period: /);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the time control fits the screen, and its buttons work', async ({ page }) => {
    await openMap(page, '/map?week=2025-02-17');
    for (const name of ['Previous week', 'Play', 'Next week', 'Whole period']) {
      const box = await timeControl(page).getByRole('button', { name }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390, name).toBe(true);
    }
    const range = await slider(page).boundingBox();
    expect(range && range.x >= 0 && range.x + range.width <= 390).toBe(true);
    const asked = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/map');
    await timeControl(page).getByRole('button', { name: 'Next week' }).click();
    const week = new URL((await asked).url()).searchParams;
    expect([week.get('from'), week.get('to')]).toEqual(['2025-02-24', '2025-03-02']);
    await expect(said(page)).toHaveText(/^Week of 24 February 2025 – 2 March 2025: /);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});
