import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Route, test } from '@playwright/test';

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

interface Point {
  id: number;
  title: string;
  placeKey: string;
  placeName: string;
  lat: number;
  lng: number;
  killed: number;
  injured: number;
  missing: number;
}

/**
 * The sample store holds seven incidents, so every real answer of /api/map is points: far under
 * the count from which the server answers a view with place markers (lib/map/budget.ts). To see
 * the markers' popups at work, the page gets the server's real answer regrouped as the server
 * groups a denser store: one marker per place, with that place's real count and casualties.
 * Everything the popup then asks for (/api/map/place) is the real server's answer.
 */
async function serveAsPlaceMarkers(page: Page): Promise<Point[]> {
  const seen: Point[] = [];
  await page.route(
    (url) => url.pathname === '/api/map',
    async (route: Route) => {
      const response = await route.fetch();
      const data = (await response.json()) as { points: Point[]; clusters: unknown[] };
      seen.push(...data.points);
      const places = new Map<string, Point[]>();
      for (const p of data.points) places.set(p.placeKey, [...(places.get(p.placeKey) ?? []), p]);
      const clusters = [...places.values()].map((points) => {
        const [p] = points as [Point];
        const sum = (k: 'killed' | 'injured' | 'missing') => points.reduce((n, q) => n + q[k], 0);
        return {
          lat: p.lat,
          lng: p.lng,
          count: points.length,
          bounds: [p.lng, p.lat, p.lng, p.lat],
          killed: sum('killed'),
          injured: sum('injured'),
          missing: sum('missing'),
          placeCount: 1,
          placeNames: [p.placeName],
          placeKey: p.placeKey,
        };
      });
      await route.fulfill({
        response,
        json: { ...data, mode: 'clusters', points: [], clusters, cellDeg: 0.01 },
      });
    },
  );
  return seen;
}

/** The map zoomed out past the area the page loaded with, so that it asks /api/map for the view. */
async function openZoomedOut(page: Page) {
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/map');
  await openMap(page, '/map?view=18.9,-72.6,7');
  await answered;
}

test('a place’s marker lists its incidents when opened with the keyboard, each linking to it', async ({
  page,
}) => {
  const real = await serveAsPlaceMarkers(page);
  await openZoomedOut(page);
  const marker = theMap(page).locator('[data-cluster][data-place="telesco"]');
  await expect(marker).toHaveAttribute('aria-label', /^1 incident at Telesco; .*Press Enter to list them\.$/);
  const telesco = real.find((p) => p.placeKey === 'telesco');
  expect(telesco).toBeDefined();

  const asked = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/map/place');
  await marker.focus();
  await page.keyboard.press('Enter');
  const request = new URL((await asked).url());
  expect(request.searchParams.get('key')).toBe('telesco');
  const popup = theMap(page).locator('.leaflet-popup');
  await expect(popup).toBeVisible();
  const link = popup.getByRole('link', { name: telesco?.title });
  await expect(link).toHaveAttribute('href', `/incidents/${telesco?.id}`);
  await expect(popup.getByRole('status')).toHaveCount(0);
  await expect(popup.getByRole('button', { name: /^More/ })).toHaveCount(0);
  await expect(popup.getByRole('link', { name: 'List them in the timeline' })).toHaveAttribute(
    'href',
    '/incidents?place=telesco',
  );
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(telesco?.title ?? '');
});

test('a place’s list keeps the map’s filters, says so when it cannot be loaded, and tries again', async ({
  page,
}) => {
  await serveAsPlaceMarkers(page);
  let failing = true;
  const asked: URL[] = [];
  await page.route(
    (url) => url.pathname === '/api/map/place',
    async (route) => {
      asked.push(new URL(route.request().url()));
      if (failing)
        return route.fulfill({ status: 500, json: { error: { code: 'internal', message: 'down' } } });
      return route.continue();
    },
  );
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/map');
  await openMap(page, '/map?type=attack&view=18.9,-72.6,7');
  await answered;
  const marker = theMap(page).locator('[data-cluster][data-place="telesco"]');
  await marker.focus();
  await page.keyboard.press('Space');
  const popup = theMap(page).locator('.leaflet-popup');
  await expect(popup.getByRole('alert')).toHaveText(/The incidents at Telesco could not be loaded\./);
  expect(asked[0]?.searchParams.getAll('type')).toEqual(['attack']);

  failing = false;
  await popup.getByRole('button', { name: 'Try again' }).click();
  await expect(popup.getByRole('link', { name: 'Attack in Telesco, Saint-Marc' })).toBeVisible();
  // The click stayed in the popup: Leaflet fades a closing popup out at once.
  await expect(popup).toHaveCSS('opacity', '1');
  await expect(popup.getByRole('alert')).toHaveCount(0);
  await expect(popup.getByRole('link', { name: 'List them in the timeline' })).toHaveAttribute(
    'href',
    '/incidents?type=attack&place=telesco',
  );
});

test('“More” brings the next page of a place’s list and moves the focus to it', async ({ page }) => {
  await serveAsPlaceMarkers(page);
  // No place of the sample store has more than 20 incidents: the first page is made to end
  // before the place's one incident, with a cursor to it; the second page is the server's.
  await page.route(
    (url) => url.pathname === '/api/map/place',
    async (route) => {
      const url = new URL(route.request().url());
      if (url.searchParams.has('cursor')) return route.continue();
      const response = await route.fetch();
      const first = await response.json();
      await route.fulfill({ response, json: { ...first, incidents: [], nextCursor: '2099-12-31_1' } });
    },
  );
  await openZoomedOut(page);
  await theMap(page).locator('[data-cluster][data-place="telesco"]').focus();
  await page.keyboard.press('Enter');
  const popup = theMap(page).locator('.leaflet-popup');
  const more = popup.getByRole('button', { name: 'More incidents at Telesco' });
  await expect(more).toBeVisible();
  const asked = page.waitForRequest((r) => new URL(r.url()).searchParams.get('cursor') === '2099-12-31_1');
  await more.press('Enter');
  await asked;
  const link = popup.getByRole('link', { name: 'Attack in Telesco, Saint-Marc' });
  await expect(link).toBeFocused();
  await expect(more).toHaveCount(0);
  await expect(popup).toHaveCSS('opacity', '1');
});

test('the place API lists a place’s incidents and refuses bad parameters in the one error shape', async ({
  request,
}) => {
  const ok = await request.get('/api/map/place?key=telesco&type=attack');
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body).toMatchObject({
    place: { key: 'telesco', name: 'Telesco' },
    total: 1,
    incidents: [{ title: 'Attack in Telesco, Saint-Marc', type: 'attack' }],
    nextCursor: null,
  });
  expect((await (await request.get('/api/map/place?key=telesco&type=gunfire')).json()).incidents).toEqual([]);

  const bad = await request.get('/api/map/place?key=Telesco!&cursor=yesterday');
  expect(bad.status()).toBe(400);
  const refusal = await bad.json();
  expect(refusal.error.code).toBe('bad_request');
  expect(refusal.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['cursor', 'key']);

  const unknown = await request.get('/api/map/place?key=nowhere-at-all');
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe('not_found');
});
