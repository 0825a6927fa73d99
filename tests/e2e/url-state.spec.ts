import { expect, test } from '@playwright/test';

test('Back and Forward on the timeline bring the filter form along with the results', async ({ page }) => {
  await page.goto('/incidents');
  const place = page.getByLabel('Place (and all within)');
  const apply = page.getByRole('button', { name: 'Apply filters' });
  await place.selectOption({ label: 'Artibonite' });
  await apply.click();
  await expect(page).toHaveURL(/place=artibonite/);
  await place.selectOption({ label: 'Ouest' });
  await apply.click();
  await expect(page).toHaveURL(/place=ouest/);

  await page.goBack();
  await expect(page).toHaveURL(/place=artibonite/);
  await expect(page.getByRole('article').filter({ hasText: 'Ségur-Savien' }).first()).toBeVisible();
  await expect(place).toHaveValue('artibonite');

  await page.goForward();
  await expect(page).toHaveURL(/place=ouest/);
  await expect(place).toHaveValue('ouest');
});

test('the map keeps its view in the URL, and opens there again', async ({ page }) => {
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await page.goto('/map?type=attack');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  const viewOf = (): [number, number, number] => {
    const [lat = Number.NaN, lng = Number.NaN, zoom = Number.NaN] = (
      new URL(page.url()).searchParams.get('view') ?? ''
    )
      .split(',')
      .map(Number);
    return [lat, lng, zoom];
  };
  await page.getByRole('button', { name: 'Port-au-Prince' }).click();
  await expect.poll(() => viewOf()[2]).toBeGreaterThanOrEqual(10);
  const jumped = viewOf();
  expect(jumped[0]).toBeCloseTo(18.55, 1);
  expect(jumped[1]).toBeCloseTo(-72.33, 1);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => viewOf()[2]).toBeGreaterThan(jumped[2]);
  await page.waitForTimeout(500);
  const [lat0, lng0, zoom0] = viewOf();
  expect(new URL(page.url()).searchParams.get('type')).toBe('attack');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await page.waitForTimeout(500);
  // The map opened on the view the URL names: writing its view back leaves the URL as it was.
  const [lat, lng, zoom] = viewOf();
  expect(zoom).toBe(zoom0);
  expect(Math.abs(lat - lat0)).toBeLessThan(0.001);
  expect(Math.abs(lng - lng0)).toBeLessThan(0.001);
});
