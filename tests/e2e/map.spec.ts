import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/** Every request that would leave this machine is recorded and refused. */
function keepLocal(page: Page): string[] {
  const outside: string[] = [];
  void page.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  return outside;
}

const theMap = (page: Page) => page.getByRole('region', { name: 'Map of incidents' });
const theList = (page: Page) => page.getByRole('region', { name: 'Incidents on this map' });

/** What a person sees drawn inside the map's frame: the incidents and places of those shapes. */
async function drawnInView(page: Page): Promise<{ ids: string[]; paths: string[] }> {
  const frame = await theMap(page).boundingBox();
  if (!frame) throw new Error('map not laid out');
  const shapes = await theMap(page)
    .locator('[data-incidents]')
    .evaluateAll(
      (elements, f) =>
        elements
          .map((e) => ({
            r: e.getBoundingClientRect(),
            ids: e.getAttribute('data-incidents') ?? '',
            path: e.getAttribute('data-place-path') ?? '',
          }))
          // Leaflet empties the SVG paths it clips away (d="M0 0"): nothing drawn, nothing seen.
          .filter(({ r }) => {
            if (r.width === 0 && r.height === 0) return false;
            const x = r.x + r.width / 2;
            const y = r.y + r.height / 2;
            return x >= f.x && x <= f.x + f.width && y >= f.y && y <= f.y + f.height;
          })
          .map(({ ids, path }) => ({ ids, path })),
      frame,
    );
  return {
    ids: shapes.flatMap((s) => s.ids.split(' ')).sort(),
    paths: shapes.map((s) => s.path),
  };
}

async function listed(page: Page): Promise<string[]> {
  const ids = await theList(page)
    .locator('tbody tr[data-incident-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-incident-id') ?? ''));
  return ids.sort();
}

async function openMap(page: Page, path = '/map') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Map' })).toBeVisible();
  // The shipped outline of Haiti is drawn once the Leaflet part has loaded.
  await expect(theMap(page).locator('path.map-land').first()).toBeAttached();
}

test('the map opens on Port-au-Prince and the Artibonite, on the shipped basemap, with nothing fetched from outside', async ({
  page,
}) => {
  const outside = keepLocal(page);
  await openMap(page);
  await expect(page).toHaveTitle(/^Map · /);
  const map = theMap(page);
  // Place names from the basemap, since tiles are off in the tests.
  await expect(map.getByText('Port-au-Prince', { exact: true })).toBeVisible();
  await expect(map.getByText('Saint-Marc', { exact: true })).toBeInViewport();
  // Incidents in Pont-Sondé (and the places within it) and in Tabarre, from the sample reports.
  await expect(map.locator('[data-place-path*="/pont-sonde/"]').first()).toBeVisible();
  await expect(map.locator('[data-place-path*="/tabarre/"]').first()).toBeVisible();
  const { paths } = await drawnInView(page);
  expect(paths.some((p) => p.includes('/pont-sonde/'))).toBe(true);
  expect(paths.some((p) => p.includes('/tabarre/'))).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(outside).toEqual([]);
});

test('the list under the map holds exactly the incidents drawn in view', async ({ page }) => {
  await openMap(page);
  await expect(theList(page).locator('tbody tr').first()).toBeVisible();
  const drawn = await drawnInView(page);
  expect(drawn.ids.length).toBeGreaterThan(0);
  expect(await listed(page)).toEqual(drawn.ids);
  // Each row links to its incident.
  const first = theList(page).locator('tbody tr[data-incident-id]').first();
  const id = await first.getAttribute('data-incident-id');
  await expect(first.getByRole('link')).toHaveAttribute('href', `/incidents/${id}`);
});

test('the quick jumps work with the keyboard, and the list follows the view', async ({ page }) => {
  await openMap(page);
  const list = theList(page);
  await page.getByRole('button', { name: 'Port-au-Prince', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('row', { name: /Tabarre|U\.S\. Embassy/ }).first()).toBeVisible();
  await expect(list.getByRole('row', { name: /Pont-Sondé|Ségur-Savien|Telesco/ })).toHaveCount(0);
  let drawn = await drawnInView(page);
  expect(drawn.paths.some((p) => p.includes('/tabarre/'))).toBe(true);
  expect(drawn.paths.some((p) => p.includes('/pont-sonde/'))).toBe(false);
  expect(await listed(page)).toEqual(drawn.ids);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Artibonite', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(list.getByRole('row', { name: /Pont-Sondé|Ségur-Savien/ }).first()).toBeVisible();
  await expect(list.getByRole('row', { name: /Tabarre|U\.S\. Embassy/ })).toHaveCount(0);
  drawn = await drawnInView(page);
  expect(drawn.paths.some((p) => p.includes('/pont-sonde/'))).toBe(true);
  expect(await listed(page)).toEqual(drawn.ids);
});

test('a marker opens with the keyboard and its popup links to the incident', async ({ page }) => {
  await openMap(page);
  // Exact sites (pins) and approximate places (areas) alike are buttons.
  const areas = theMap(page).locator('[data-shape="area"][role="button"][tabindex="0"]');
  await expect(areas.first()).toBeVisible();
  const pin = theMap(page).locator('[data-incidents][role="button"]').first();
  await pin.focus();
  await page.keyboard.press('Enter');
  const popup = theMap(page).locator('.leaflet-popup');
  await expect(popup).toBeVisible();
  const link = popup.getByRole('link').first();
  const ids = ((await pin.getAttribute('data-incidents')) ?? '').split(' ');
  await expect(link).toHaveAttribute('href', `/incidents/${ids[0]}`);
  const title = await link.textContent();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
});

test('filters in the URL drive the map and its list', async ({ page }) => {
  await openMap(page, '/map?type=gunfire');
  await expect(page.getByLabel('Type')).toHaveValue('gunfire');
  const rows = theList(page).locator('tbody tr[data-incident-id]');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText('Gunfire');
  await expect(theMap(page).locator('[data-place-path*="/pont-sonde/"]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Export GeoJSON' })).toHaveAttribute(
    'href',
    '/api/export/incidents.geojson?type=gunfire',
  );
});

test('a place in the filters opens the map on that place', async ({ page }) => {
  await openMap(page, '/map?place=tabarre');
  // Zoomed on Tabarre: the Artibonite (Saint-Marc's label) is out of the frame.
  await expect(theMap(page).getByText('Saint-Marc', { exact: true })).not.toBeInViewport();
  const rows = theList(page).locator('tbody tr[data-incident-id]');
  await expect(rows.first()).toBeVisible();
  const drawn = await drawnInView(page);
  expect(drawn.paths.length).toBeGreaterThan(0);
  expect(drawn.paths.every((p) => p.includes('/tabarre/'))).toBe(true);
  expect(await listed(page)).toEqual(drawn.ids);
});

test('the map page has no serious accessibility violations', async ({ page }) => {
  await openMap(page);
  await expect(theList(page).locator('tbody tr').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
});

test('the map API answers a view and refuses bad parameters in the one error shape', async ({ request }) => {
  const ok = await request.get('/api/map?bbox=-72.45,18.45,-72.2,18.64&zoom=12');
  expect(ok.status()).toBe(200);
  const data = await ok.json();
  expect(data.mode).toBe('points');
  expect(data.points.some((p: { placePath: string }) => p.placePath.includes('/tabarre/'))).toBe(true);
  expect(data.points.some((p: { placePath: string }) => p.placePath.includes('/pont-sonde/'))).toBe(false);

  const bad = await request.get('/api/map?bbox=-72,18,-73&zoom=25&type=picnic');
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.error.code).toBe('bad_request');
  expect(body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['bbox', 'type.0', 'zoom']);
});
