import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './sign-in';

const PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
const TEXT = [
  'A Kenyan police officer serving with the MSS mission was killed on Sunday, February 23, 2025, during a clash with gangs in Ségur-Savien, in the Artibonite department. Two gang members were also killed in the exchange, police said.',
  'On February 20, 2025, three civilians were injured by gunfire in Pétion-Ville.',
  'Some 1,000 Kenyan officers were deployed in Haiti by February 2025. According to the UN, 5,600 people were killed in Haiti in 2024.',
  `${PAYLOAD} was posted below the article.`,
].join('\n');

async function expectNoScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
}

async function readReport(page: Page, title: string, text: string) {
  await page.goto('/reports');
  await page.getByRole('link', { name: 'New report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New report' })).toBeVisible();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Outlet').fill('E2E Wire');
  await page.getByLabel('Publication date').fill('2025-02-24');
  await page.getByLabel('Text', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Read the report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New report: review' })).toBeVisible();
}

test('an editor reads a report, reviews it, and saves it in one go', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `Officer killed ${PAYLOAD}`;
  await readReport(page, title, `${TEXT}\nFiled ${Date.now()}.`);

  // The planted markup is shown as text on the review screen, and never runs.
  const text = page.getByRole('region', { name: 'Report text with evidence highlighted' });
  await expect(text).toContainText(PAYLOAD);
  await expect(page.getByRole('main')).toContainText(title);
  await expect(page.locator('main img')).toHaveCount(0);
  await expectNoScriptRan(page);
  // Evidence is highlighted in the text.
  await expect(text.locator('mark').first()).toContainText('A Kenyan police officer');

  const clash = page.getByRole('region', { name: /^Incident 1:/ });
  const gunfire = page.getByRole('region', { name: /^Incident 2:/ });
  // The stored incident from the sample reports is shown side by side, merge proposed.
  await expect(clash.getByRole('table', { name: /beside the stored incident/ })).toBeVisible();
  const merge = clash.getByRole('radio', { name: /Merge into stored incident #\d+/ });
  await expect(merge).toBeChecked();

  // A negative count is refused with a message on the field; nothing is lost.
  const gangCount = clash.getByRole('spinbutton', { name: 'Claim 2 count' });
  await gangCount.fill('-1');
  await gunfire.getByRole('radio', { name: 'Reject: do not store it' }).check();
  await page.getByRole('checkbox', { name: /Keep figure 1/ }).uncheck();
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Nothing was saved');
  await expect(gangCount).toHaveAttribute('aria-invalid', 'true');
  await expect(clash).toContainText('cannot be negative');
  await expect(gunfire.getByRole('radio', { name: 'Reject: do not store it' })).toBeChecked();

  await gangCount.fill('4');
  await merge.check();
  await page.getByRole('button', { name: 'Save report' }).click();

  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('main')).toContainText(PAYLOAD);
  await expect(page.locator('main img')).toHaveCount(0);
  await expectNoScriptRan(page);
  const supported = page.getByRole('region', { name: 'Incidents this report supports' });
  await expect(supported.getByRole('listitem')).toHaveCount(1);
  const context = page.getByRole('region', { name: 'Deployments and figures it quotes' });
  await expect(context).toContainText('Kenya strength');
  await expect(context).not.toContainText('killed in Haiti');

  // The merged incident now counts this report among its sources, with the edited claim.
  await supported.getByRole('link').click();
  await expect(page.getByRole('main')).toContainText(title);
  const gangs = page.getByRole('row', { name: /Gangs killed/ });
  await expect(gangs.getByRole('cell').nth(2)).toHaveText('4'); // the highest source figure
  await expectNoScriptRan(page);
});

test('keeping a suggested match separate stores a new incident', async ({ page }) => {
  await signIn(page, 'editor');
  await readReport(page, 'Separate account', `${TEXT}\nFiled separately ${Date.now()}.`);
  const clash = page.getByRole('region', { name: /^Incident 1:/ });
  await clash.getByRole('radio', { name: 'Keep separate: store as a new incident' }).check();
  await page
    .getByRole('region', { name: /^Incident 2:/ })
    .getByRole('radio', { name: /Reject/ })
    .check();
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  const link = page.getByRole('region', { name: 'Incidents this report supports' }).getByRole('link');
  await link.click();
  // A new incident has this report as its only source.
  await expect(page.getByRole('main')).toContainText('Separate account');
  await expect(page.getByRole('main')).not.toContainText('Kenyan police officer killed in clash with gangs');
});

test('bad input on the form gets field messages and keeps what was typed', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/reports/new');
  await page.getByLabel('Title').fill('Kept title');
  await page.getByLabel('Address (URL)').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Read the report' }).click();
  await expect(page.getByLabel('Text', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('main')).toContainText('the report text is empty');
  await expect(page.getByRole('main')).toContainText('must be an http(s) address');
  await expect(page.getByLabel('Title')).toHaveValue('Kept title');

  await page.getByLabel('Address (URL)').fill('');
  await page.getByLabel('Text', { exact: true }).fill('x'.repeat(100_001));
  await page.getByRole('button', { name: 'Read the report' }).click();
  await expect(page.getByRole('main')).toContainText('the limit is 100,000');
});

test('the same text twice is recognised as already stored', async ({ page }) => {
  await signIn(page, 'editor');
  const text = `${TEXT}\nTwice ${Date.now()}.`;
  await readReport(page, 'Twice', text);
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  const stored = page.url();
  await page.goto('/reports/new');
  await page.getByLabel('Text', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Read the report' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('already stored');
  await page.getByRole('link', { name: /Open the stored report/ }).click();
  await expect(page).toHaveURL(stored);
});

test('viewers and visitors cannot open the new report page, nor see the link', async ({ page }) => {
  await page.goto('/reports/new');
  await expect(page).toHaveURL(/\/login\?next=%2Freports%2Fnew/);
  await signIn(page, 'viewer');
  await page.goto('/reports');
  await expect(page.getByRole('link', { name: 'New report' })).toHaveCount(0);
  await page.goto('/reports/new');
  await expect(page).toHaveURL(/\/forbidden/);
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test('the review screen has no serious accessibility violations', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/reports/new');
  const form = await new AxeBuilder({ page }).analyze();
  await readReport(page, 'Accessibility', `${TEXT}\nAxe ${Date.now()}.`);
  const review = await new AxeBuilder({ page }).analyze();
  const serious = [...form.violations, ...review.violations].filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
});

test('the review works from the keyboard, and going back keeps what was typed', async ({ page }) => {
  await signIn(page, 'editor');
  await readReport(page, 'Keyboard', `${TEXT}\nKeys ${Date.now()}.`);
  // Focus starts on the new step's heading; Tab walks into the review's controls.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Report text with evidence highlighted' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Show evidence in text for incident 1' })).toBeFocused();
  const reject = page.getByRole('region', { name: /^Incident 1:/ }).getByRole('radio', { name: /Reject/ });
  await reject.focus();
  await page.keyboard.press('Space');
  await expect(reject).toBeChecked();

  await page.getByRole('button', { name: 'Back to the text' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New report' })).toBeFocused();
  await expect(page.getByLabel('Title')).toHaveValue('Keyboard');
  await expect(page.getByLabel('Text', { exact: true })).toHaveValue(new RegExp(`^${TEXT.slice(0, 40)}`));
});

test('what the reader was unsure of is shown first, and an editor adds an incident it missed', async ({
  page,
}) => {
  await signIn(page, 'editor');
  const stamp = Date.now();
  // A sentence the reader has no words for (a beating): the editor must add its incident by hand.
  const missed = `In Cabaret, men who demanded money beat a school guard, the principal told reporters ${stamp}.`;
  const title = `Dateline ${stamp}`;
  await page.goto('/reports/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Publication date').fill('2026-11-20');
  await page
    .getByLabel('Text', { exact: true })
    .fill(`PORT-AU-PRINCE, Haiti (AP) — Gunmen killed three people on Tuesday, police said.\n${missed}`);
  await page.getByRole('button', { name: 'Read the report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New report: review' })).toBeVisible();

  // The header named no outlet; the dateline's is shown.
  await expect(page.getByRole('main')).toContainText('AP (from the dateline');
  // The killing is placed from the dateline, not its own sentence: flagged, in words.
  const killing = page.getByRole('region', { name: /^Incident 1:.*Check first/ });
  const doubts = killing.getByRole('region', { name: 'The reader was unsure of' });
  await expect(doubts.getByRole('listitem').first()).toContainText('Port-au-Prince');
  await expect(page.getByText(/\d+ of \d+ incidents? needs? a check/)).toBeVisible();

  // The editor adds the incident the reader missed; its title takes the focus.
  const incidents = page.getByRole('region', { name: /^Incidents \(/ });
  const before = await incidents.getByRole('heading', { level: 3, name: /^Incident \d+:/ }).count();
  await page.getByRole('button', { name: 'Add an incident' }).click();
  const n = before + 1;
  const added = page.getByRole('region', { name: new RegExp(`^Incident ${n}:.*Added by you`) });
  await expect(added.getByLabel('Title')).toBeFocused();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // Saved empty: the same rules as for the reader's incidents, and the flags are still there.
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Nothing was saved');
  await expect(added).toContainText('give the incident a title');
  await expect(added).toContainText('choose the sentence of the report that tells it');
  await expect(doubts).toContainText('Port-au-Prince');

  await added.getByLabel('Title').fill(`Guard beaten at a school in Cabaret ${stamp}`);
  await added.getByLabel('Date', { exact: true }).fill('2026-11-18');
  await added.getByLabel('Type').selectOption('attack');
  await added.getByLabel('Filter places').fill('Cabaret');
  await added.getByLabel('Place', { exact: true }).selectOption('cabaret');
  await added.getByLabel('Evidence: the sentence that tells it').selectOption({ label: missed });
  await added.getByRole('button', { name: `Add a casualty claim to incident ${n}` }).click();
  await added.getByRole('combobox', { name: 'Claim 1 kind' }).selectOption('injured');
  await added.getByRole('spinbutton', { name: 'Claim 1 count' }).fill('1');
  await added.getByRole('combobox', { name: 'Claim 1 side' }).selectOption('civilian');
  await page.getByRole('button', { name: 'Save report' }).click();

  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await expect(page.getByRole('main')).toContainText('AP');
  const supported = page.getByRole('region', { name: 'Incidents this report supports' });
  await expect(
    supported.getByRole('link', { name: `Guard beaten at a school in Cabaret ${stamp}` }),
  ).toBeVisible();
  // The reader's doubt is kept with the stored report.
  await expect(
    supported
      .getByRole('listitem')
      .filter({ hasText: 'Killing in Port-au-Prince' })
      .getByRole('list', { name: /The reader was unsure of/ }),
  ).toContainText('Port-au-Prince');
  await supported.getByRole('link', { name: `Guard beaten at a school in Cabaret ${stamp}` }).click();
  await expect(page.getByRole('row', { name: /Civilians injured/ })).toBeVisible();
});
