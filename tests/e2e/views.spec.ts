import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('an analyst filters the timeline to the Artibonite and finds the 23 February 2025 death with its three sources', async ({
  page,
}) => {
  await page.goto('/incidents');
  await page.getByLabel('Place (and all within)').selectOption({ label: 'Artibonite' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/place=artibonite/);
  const card = page.getByRole('article').filter({ hasText: '23 February 2025' });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Ségur-Savien');
  await expect(card).toContainText(/[3-9] sources/);
  // Nothing from Port-au-Prince is left in the list.
  await expect(page.getByRole('article').filter({ hasText: /Pétion-Ville|Embassy/ })).toHaveCount(0);

  await card.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: /Casualty figures/ });
  // A column per source, headed by the source itself (these sample reports name no outlet, so
  // the start of their title), never by its place in the list: at least three of them.
  await expect(table.getByRole('columnheader', { name: 'Kenyan police officer killed…' })).toBeVisible();
  await expect(table.getByRole('columnheader').nth(7)).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /^Source \d/ })).toHaveCount(0);
  const row = table.getByRole('row', { name: /MSS \(Kenya\) killed/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText('1');
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Samuel Tompoi Kaetuai');
});

test('the incident page lists the victims the sources name, with side and the sources naming them', async ({
  page,
}) => {
  await page.goto('/incidents?place=artibonite');
  await page.getByRole('article').filter({ hasText: '23 February 2025' }).getByRole('link').first().click();
  // Three reports from different outlets: confirmed (the rules are unit-tested in incident-grade.test.ts).
  await expect(page.getByRole('definition').filter({ hasText: /^Confirmed/ })).toContainText(
    'independent sources',
  );
  const victims = page.getByRole('region', { name: 'Named victims' });
  const officer = victims.getByRole('listitem').filter({ hasText: 'Samuel Tompoi Kaetuai' });
  await expect(officer).toHaveCount(1);
  await expect(officer).toContainText('MSS (Kenya), killed');
  await expect(officer.getByRole('link', { name: /^source \d+$/ }).first()).toHaveAttribute(
    'href',
    /#source-\d+/,
  );
});

test('the incident page says who did it and who was hit, with the sources saying so', async ({ page }) => {
  await page.goto('/incidents?place=artibonite');
  await page
    .getByRole('article')
    .filter({ hasText: 'Ambush in Pont-Sondé' })
    .getByRole('link')
    .first()
    .click();
  const who = page.getByRole('region', { name: 'Who' });
  const gang = who.getByRole('listitem').filter({ hasText: 'Gang members (not named)' });
  await expect(gang).toContainText('armed group');
  await expect(gang.getByRole('link', { name: /^source \d+$/ }).first()).toHaveAttribute(
    'href',
    /#source-\d+/,
  );
  await expect(
    who.getByRole('listitem').filter({ hasText: 'Multinational Security Support (MSS) (Kenya)' }),
  ).toHaveCount(1);
  const results = await new AxeBuilder({ page }).include('#main').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('an analyst follows an actor from the register to what it did, and filters the timeline by who took part', async ({
  page,
  request,
}) => {
  await page.goto('/actors');
  await page.getByRole('link', { name: 'Gang members (not named)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gang members (not named)');
  const asPerpetrator = page.getByRole('definition').first();
  await expect(asPerpetrator).not.toHaveText('0');
  const caused = page.getByRole('table', { name: /blame on it/ });
  await expect(caused.getByRole('row', { name: /MSS \(Kenya\)/ })).toBeVisible();
  const byMonth = page.getByRole('table', { name: 'Incidents naming it, by month' });
  await expect(byMonth.getByRole('row', { name: '2025-02 1' })).toBeVisible();
  await expect(byMonth.getByRole('row', { name: '2025-03 1' })).toBeVisible();
  await page
    .getByRole('navigation', { name: /elsewhere/ })
    .getByRole('link', { name: 'Timeline' })
    .click();
  await expect(page).toHaveURL(/actor=unnamed-gang/);
  await expect(page.getByRole('article').filter({ hasText: 'Ambush in Pont-Sondé' })).toHaveCount(1);

  await page.goto('/incidents');
  await page.getByLabel('Who took part').selectOption({ label: 'Multinational Security Support (MSS)' });
  await page.getByLabel('As', { exact: true }).selectOption('target');
  await page.getByLabel('How sure').selectOption('confirmed');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/actor=mss.*grade=confirmed|grade=confirmed.*actor=mss/);
  const card = page.getByRole('article').filter({ hasText: '23 February 2025' });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Grade: Confirmed');
  await expect(page.getByRole('article').filter({ hasText: /Grade: (Fair|Weak|Contested)/ })).toHaveCount(0);

  const csv = await (
    await request.get('/api/export/incidents.csv?actor=unnamed-gang&actorRole=perpetrator')
  ).text();
  const [header, ...rows] = csv.trim().split('\r\n');
  const columns = header?.split(',') ?? [];
  for (const name of ['actor1', 'assoc_actor_1', 'inter1', 'actor2', 'inter2', 'interaction', 'grade'])
    expect(columns).toContain(name);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).toContain('Gang members (not named)');
});

test('the casualty totals on the page equal the API’s', async ({ page, request }) => {
  await page.goto('/casualties?affiliation=mss');
  const row = page
    .getByRole('table', { name: /summed over incidents/ })
    .getByRole('row', { name: /MSS \(Kenya\) killed/ });
  const cells = row.getByRole('cell');
  const [low, best, high] = await Promise.all([0, 1, 2].map((i) => cells.nth(i).textContent()));
  const api = await (await request.get('/api/stats/casualty-totals?affiliation=mss')).json();
  const kenyaKilled = api.data.find(
    (t: { kind: string; country: string | null }) => t.kind === 'killed' && t.country === 'Kenya',
  );
  expect([Number(low), Number(best), Number.parseInt(high ?? '', 10)]).toEqual([
    kenyaKilled.low,
    kenyaKilled.best,
    kenyaKilled.high,
  ]);
  expect(kenyaKilled).toMatchObject({ best: 1, high: 2 });
  await expect(page.getByRole('img', { name: /Casualties per month/ })).toBeVisible();
});

test('a CSV export of a filter holds exactly the filtered incidents', async ({ page, request }) => {
  await page.goto('/incidents?place=ouest');
  const link = page.getByRole('link', { name: 'Export CSV' });
  await expect(link).toHaveAttribute('href', /place=ouest/);
  const csv = await (await request.get((await link.getAttribute('href')) ?? '')).text();
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toMatch(/^incident_id,date,date_end,date_precision,type/);
  const exportedIds = lines
    .slice(1)
    .map((l) => Number(l.split(',')[0]))
    .sort((a, b) => a - b);
  const api = await (await request.get('/api/incidents?place=ouest&limit=200')).json();
  const listedIds = api.items.map((i: { id: number }) => i.id).sort((a: number, b: number) => a - b);
  expect(exportedIds).toEqual(listedIds);
  expect(exportedIds.length).toBe(api.total);
  await expect(page.getByText(new RegExp(`^${api.total} incidents? match`))).toBeVisible();

  const hxl = await (await request.get('/api/export/incidents.csv?place=ouest&hxl=1')).text();
  expect(hxl.split('\r\n')[1]).toMatch(/^#event\+id,#date\+start/);
});

test('bad filters are named on the page and answered with a 400 by the API', async ({ page, request }) => {
  await page.goto('/incidents?from=2025-02-30&type=arrest');
  await expect(page.getByText('is not a real calendar date')).toBeVisible();
  await expect(page.getByLabel('From')).toHaveAttribute('aria-describedby', 'from-error');
  await page.goto('/incidents?type=bombing');
  await expect(page.getByLabel('Type')).toHaveAttribute('aria-describedby', 'type-error');
  await expect(page.locator('#type-error')).toContainText('is not a known incident type');
  const response = await request.get('/api/incidents?from=yesterday&limit=5000');
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.error.code).toBe('bad_request');
  expect(body.error.issues.map((i: { path: string }) => i.path)).toContain('from');
  expect((await request.get('/api/stats/nonsense')).status()).toBe(404);
  expect((await request.get('/api/incidents?limit=0')).status()).toBe(400);
});

test('the timeline pages through results without offsets', async ({ request }) => {
  const first = await (await request.get('/api/incidents?limit=2')).json();
  expect(first.items).toHaveLength(2);
  expect(first.nextCursor).toMatch(/^\d{4}-\d{2}-\d{2}_\d+$/);
  const second = await (await request.get(`/api/incidents?limit=2&cursor=${first.nextCursor}`)).json();
  const ids = [...first.items, ...second.items].map((i: { id: number }) => i.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(second.items[0].date <= first.items[1].date).toBe(true);
});

// One test per page: seven axe runs in one test took 28-32 s on a busy two-core machine, against
// Playwright's 30 s budget per test.
for (const path of [
  '/',
  '/incidents',
  '/incidents?place=artibonite',
  '/casualties',
  '/deployments',
  '/reports/1',
  '/actors',
  '/actors/unnamed-gang',
]) {
  test(`${path} passes axe`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
      path,
    ).toEqual([]);
  });
}

test('an incident page opened from the timeline passes axe', async ({ page }) => {
  await page.goto('/incidents');
  await page.getByRole('article').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/incidents\/\d+$/);
  await expect(page.getByRole('tooltip')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('the map’s place label is never put on the page without its text', async ({ page }) => {
  // A MutationObserver sees each element as it is added: the label must hold its text then,
  // not one render later (an empty role="tooltip" is announced as nothing).
  await page.addInitScript(() => {
    const empty: string[] = [];
    (window as unknown as { emptyTooltips: string[] }).emptyTooltips = empty;
    new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          if (node instanceof HTMLElement && node.matches('[role="tooltip"]') && !node.textContent?.trim())
            empty.push(node.outerHTML);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/incidents');
  await page.getByRole('article').first().getByRole('link').click();
  await expect(page.getByRole('tooltip')).toHaveText(/\S/);
  expect(await page.evaluate(() => (window as unknown as { emptyTooltips: string[] }).emptyTooltips)).toEqual(
    [],
  );
});

async function loadedScripts(page: import('@playwright/test').Page, path: string): Promise<string> {
  const scripts: Promise<string>[] = [];
  const listener = (response: import('@playwright/test').Response) => {
    if (response.url().endsWith('.js')) scripts.push(response.text().catch(() => ''));
  };
  page.on('response', listener);
  // 'load' waits for every script the page includes (networkidle never comes: Next prefetches).
  await page.goto(path, { waitUntil: 'load' });
  page.off('response', listener);
  return (await Promise.all(scripts)).join('\n');
}

test('pages without a map or chart load neither leaflet nor recharts', async ({ page }) => {
  // The control: the casualties page does load recharts, so the check below can fail.
  expect(await loadedScripts(page, '/casualties')).toMatch(/recharts-wrapper/);
  for (const path of ['/incidents', '/reports']) {
    expect(await loadedScripts(page, path), path).not.toMatch(/leaflet-container|recharts-wrapper/);
  }
});
