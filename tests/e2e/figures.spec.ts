/**
 * Figures that agree with their labels (issue 12), on the sample reports as loaded:
 * - "confirmed only" (two or more sources) reaches every figure, list and export that carries it;
 * - an incident matches a date range when its dates, at their precision, overlap the range;
 * - a place's precision and extent read the same on the incident page, the map and the export;
 * - opening a page never runs an export.
 */
import { expect, type Page, test } from '@playwright/test';

async function incidentId(page: Page, q: string): Promise<number> {
  const body = await (await page.request.get(`/api/incidents?q=${encodeURIComponent(q)}`)).json();
  expect(body.items, q).toHaveLength(1);
  return body.items[0].id;
}

/** One CSV line's cells, as a spreadsheet reads them. */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...cells, cell];
}

function csvRows(csv: string): string[][] {
  // Cells hold no line breaks (the export keeps each incident on one line).
  return csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map(cellsOf);
}

test('opening the timeline or the casualties page does not run the export', async ({ page }) => {
  for (const path of ['/incidents', '/casualties']) {
    const exports: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/export/')) exports.push(r.url());
    });
    // The control: Next does prefetch the page links on these pages, so an export link
    // prefetched the same way would be requested in the same window.
    const prefetched = page.waitForRequest((r) => r.headers()['next-router-prefetch'] === '1');
    await page.goto(path);
    await prefetched;
    await page.waitForTimeout(1500);
    expect(exports, path).toEqual([]);
    await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', /\/api\/export\//);
    page.removeAllListeners('request');
  }
});

test('a place reads as precise on the incident page as on the map and in the export', async ({ page }) => {
  // Near the U.S. Embassy (neighbourhood precision): the area around it, not the 300 m site.
  await page.goto(`/incidents/${await incidentId(page, 'embassy')}`);
  await expect(page.getByText(/within about 1\.5 km/).first()).toBeVisible();
  await expect(page.getByText(/0\.3 km|300 m/)).toHaveCount(0);

  // Savien Police Station, placed by hand within 1 km: approximate everywhere, never "exact site".
  await page.goto(`/incidents/${await incidentId(page, 'savien police')}`);
  await expect(page.getByRole('figure')).toContainText('approximate position');
  await expect(page.getByText(/exact site/)).toHaveCount(0);
  await expect(page.getByText(/within about 1 km/).first()).toBeVisible();
  const rows = csvRows(await (await page.request.get('/api/export/incidents.csv?q=savien+police')).text());
  const header = rows[0] ?? [];
  const savien = rows[1] ?? [];
  expect(savien[header.indexOf('place_precision')]).not.toMatch(/exact/);
  expect(savien[header.indexOf('radius_m')]).toBe('1000');
});

test('"confirmed only" reaches the totals, the API, the timeline, the export and the overview', async ({
  page,
}) => {
  await page.goto('/casualties?affiliation=mss&confirmed=1');
  await expect(page.getByLabel('Confirmed only (two or more sources)')).toBeChecked();
  const totals = page.getByRole('table', { name: /summed over incidents/ });
  // MSS injured: one source only. Killed (three sources) and missing (two) stay.
  await expect(totals.getByRole('row', { name: /MSS \(Kenya\) killed/ })).toBeVisible();
  await expect(totals.getByRole('row', { name: /MSS \(Kenya\) missing/ })).toBeVisible();
  await expect(totals.getByRole('row', { name: /MSS \(Kenya\) injured/ })).toHaveCount(0);
  const api = await (await page.request.get('/api/stats/casualty-totals?affiliation=mss&confirmed=1')).json();
  expect(api.data.map((t: { kind: string }) => t.kind)).toEqual(['killed', 'missing']);

  const see = page.getByRole('link', { name: 'See these incidents' });
  await expect(see).toHaveAttribute('href', /confirmed=1/);
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', /confirmed=1/);
  await see.click();
  await expect(page).toHaveURL(/confirmed=1/);
  await expect(page.getByText(/^2 incidents match/)).toBeVisible();
  await expect(page.getByLabel('Confirmed only (two or more sources)')).toBeChecked();
  const csv = await (
    await page.request.get((await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')) ?? '')
  ).text();
  expect(csvRows(csv)).toHaveLength(3);

  await page.goto('/?confirmed=1');
  const mss = page.getByRole('region', { name: 'MSS casualties' });
  await expect(mss.locator('dt', { hasText: /^Killed/ })).toBeVisible();
  await expect(mss.locator('dt', { hasText: /^Missing/ })).toBeVisible();
  await expect(mss.locator('dt', { hasText: /^Injured/ })).toHaveCount(0);
  await expect(mss.getByRole('link', { name: 'All casualty figures' })).toHaveAttribute(
    'href',
    /confirmed=1/,
  );
});

test('an incident matches a date range its dates overlap at their precision', async ({ page }) => {
  // "August 2025" (month precision): the second half of August overlaps it.
  await page.goto('/incidents?from=2025-08-15&to=2025-08-31');
  await expect(page.getByText(/^2 incidents match/)).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'Savien Police Station' })).toHaveCount(1);
  await expect(page.getByRole('article').filter({ hasText: 'Telesco' })).toHaveCount(1);

  // 27 March – 2 April: in April.
  const april = 'from=2025-04-01&to=2025-04-30';
  await page.goto(`/incidents?${april}`);
  await expect(page.getByText(/^1 incident matches/)).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'near Port-au-Prince' })).toHaveCount(1);
  const totals = await (await page.request.get(`/api/stats/casualty-totals?${april}`)).json();
  expect(totals.data).toEqual([expect.objectContaining({ kind: 'injured', affiliation: 'mss', best: 2 })]);
  const map = await (await page.request.get(`/api/map?${april}&bbox=-74.6,17.9,-71.5,20.2&zoom=8`)).json();
  expect(map.total).toBe(1);
  const csv = await (await page.request.get(`/api/export/incidents.csv?${april}`)).text();
  expect(csvRows(csv)).toHaveLength(2);
});

test('the CSV export carries what a manager pastes into a spreadsheet, under a name saying what it holds', async ({
  page,
}) => {
  await page.goto('/incidents?place=artibonite');
  const href = (await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')) ?? '';
  const response = await page.request.get(href);
  expect(response.headers()['content-disposition']).toMatch(
    /filename="haiti-incidents_place-artibonite_\d{4}-\d{2}-\d{2}\.csv"/,
  );
  const [header = [], ...rows] = csvRows(await response.text());
  for (const column of [
    'link',
    'summary',
    'outlets',
    'published_dates',
    'mss_country',
    'killed_mss_low',
    'killed_mss_best',
    'killed_mss_high',
    'named_victims',
  ]) {
    expect(header, column).toContain(column);
  }
  const segur = rows.find((r) => r[header.indexOf('place_key')] === 'segur-savien') ?? [];
  const cell = (name: string) => segur[header.indexOf(name)];
  expect(cell('link')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/incidents\/\d+$/);
  expect(cell('mss_country')).toBe('Kenya');
  // Three sources, each one Kenyan officer killed.
  expect([cell('killed_mss_low'), cell('killed_mss_best'), cell('killed_mss_high')]).toEqual(['1', '1', '1']);
  expect(cell('source_count')).toBe('3');
  expect(cell('named_victims')).toContain('Samuel Tompoi Kaetuai (26, MSS (Kenya), killed)');
  expect(cell('published_dates')).toMatch(/2025-02-24/);
  // No list cell starts, ends or doubles a separator around a missing value.
  for (const row of rows) for (const c of row) expect(c).not.toMatch(/^ ?\| |\| ?$| \|\s*\| /);
});
