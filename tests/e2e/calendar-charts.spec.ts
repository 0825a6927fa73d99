import { expect, type Page, test } from '@playwright/test';

const DAY = 86_400_000;

async function firstColumn(page: Page, caption: string): Promise<string[]> {
  const summary = page.getByText(`${caption} (table)`);
  // The disclosure may stay open across a navigation that keeps the component.
  if (!(await summary.evaluate((el) => el.parentElement?.hasAttribute('open')))) await summary.click();
  const table = page.getByRole('table', { name: caption });
  await expect(table).toBeVisible();
  return table.locator('tbody tr td:first-child').allTextContents();
}

test('the casualties series has every month, empty ones at zero, and switches to weeks', async ({ page }) => {
  await page.goto('/casualties');
  const months = await firstColumn(page, 'Casualties per month');
  expect(months.length).toBeGreaterThan(1);
  for (let i = 1; i < months.length; i++) {
    const [y, m] = (months[i - 1] ?? '').split('-').map(Number);
    const next = m === 12 ? `${(y ?? 0) + 1}-01` : `${y}-${String((m ?? 0) + 1).padStart(2, '0')}`;
    expect(months[i], `the month after ${months[i - 1]}`).toBe(next);
  }

  await page.getByRole('navigation', { name: 'Time step' }).getByRole('link', { name: 'By week' }).click();
  await expect(page).toHaveURL(/period=week/);
  await expect(page.getByRole('img', { name: /Casualties per week/ })).toBeVisible();
  const weeks = await firstColumn(page, 'Casualties per week');
  expect(weeks.length).toBeGreaterThan(months.length);
  for (let i = 1; i < weeks.length; i++)
    expect(Date.parse(weeks[i] ?? '') - Date.parse(weeks[i - 1] ?? '')).toBe(7 * DAY);
  expect(new Date(Date.parse(weeks[0] ?? '')).getUTCDay()).toBe(1); // a Monday
  // The sample's casualties fall in a few weeks: the weeks between are listed at zero.
  const emptyWeeks = await page
    .getByRole('table', { name: 'Casualties per week' })
    .locator('tbody tr')
    .evaluateAll(
      (rows) =>
        rows.filter((r) => [...r.querySelectorAll('td')].slice(1).every((td) => td.textContent === '0–0–0'))
          .length,
    );
  expect(emptyWeeks, 'weeks without casualties are listed at zero').toBeGreaterThan(0);
  // Filtering keeps the weekly step.
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/period=week/);
});

test('the deployments chart spaces its figures by calendar time', async ({ page }) => {
  await page.goto('/deployments');
  const chart = page.getByRole('img', { name: /Personnel deployed over time/ });
  // Recharts 3 draws the tick labels in a layer of their own: the month labels are the x axis's.
  const tickLabels = chart.locator('text.recharts-cartesian-axis-tick-value');
  const MONTH_LABEL = /^(\d{4}-\d{2}|[A-Z][a-z]{2} \d{4})$/;
  await expect.poll(() => tickLabels.count()).toBeGreaterThan(2);
  const ticks = (
    await tickLabels.evaluateAll((els) =>
      els.map((el) => ({
        x: el.getBoundingClientRect().x + el.getBoundingClientRect().width / 2,
        text: el.textContent ?? '',
      })),
    )
  ).filter((t) => MONTH_LABEL.test(t.text));
  const time = (text: string) =>
    /^\d{4}-\d{2}$/.test(text) ? Date.parse(`${text}-01T00:00:00Z`) : Date.parse(`1 ${text} UTC`);
  expect(ticks.length).toBeGreaterThan(2);
  const first = ticks[0];
  const last = ticks.at(-1);
  if (!first || !last) throw new Error('no ticks');
  const pxPerMs = (last.x - first.x) / (time(last.text) - time(first.text));
  // Every tick sits where its date falls on one linear scale (within 31 days).
  for (const tick of ticks)
    expect(Math.abs((tick.x - first.x) / pxPerMs - (time(tick.text) - time(first.text))) / DAY).toBeLessThan(
      31,
    );
});
