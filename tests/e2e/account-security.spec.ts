import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { ACCOUNTS, SECOND_EDITOR } from './accounts';
import { signIn } from './sign-in';
import { inStore } from './store';

/** The tests all come from 127.0.0.1: clear its sign-in failures so later specs can sign in. */
function forgetThrottle(): Promise<void> {
  return inStore(async (tx) => {
    await tx.run(
      `DELETE FROM "LoginAttempt" WHERE "key" LIKE 'address:%' OR "key" LIKE 'pair:%' OR "key" LIKE 'account:%'`,
    );
  });
}
test.afterAll(forgetThrottle);

async function fitsWidth(page: Page): Promise<void> {
  const { overflow, widest } = await page.evaluate(() => {
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return { overflow: document.documentElement.scrollWidth - window.innerWidth, widest: wide.slice(0, 5) };
  });
  expect(overflow, `wider than the screen: ${widest.join(', ')}`).toBeLessThanOrEqual(1);
}

test('a crafted return path after sign-in stays on this site, signed in or not', async ({
  page,
  baseURL,
}) => {
  for (const next of ['/.//evil.example', '/x/../..//evil.example', '/%2e//evil.example']) {
    await page.goto(`/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Email').fill(ACCOUNTS.viewer.email);
    await page.getByLabel('Password').fill(ACCOUNTS.viewer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(baseURL);
    // Signed in, /login?next=… redirects at once: to this site only.
    const response = await page.request.get(`/login?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toBe('/');
    await page.getByRole('button', { name: 'Sign out' }).click();
  }
});

test('X-Forwarded-For written by the client does not escape the per-address limit', async ({ page }) => {
  test.setTimeout(180_000);
  let throttled = false;
  for (let i = 0; i < 30 && !throttled; i++) {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `198.51.100.${i}` });
    await page.goto('/login');
    await page.getByLabel('Email').fill(`nobody${i}@e2e.test`);
    await page.getByLabel('Password').fill('not a password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const message = page.locator('.form-error');
    await expect(message).toBeVisible();
    throttled = (await message.textContent())?.startsWith('Too many failed sign-ins') ?? false;
  }
  expect(throttled).toBe(true);
  await forgetThrottle();
});

test('a user changes their password; common ones are refused with the reason on the field', async ({
  page,
}) => {
  await signIn(page, { email: SECOND_EDITOR.email, password: SECOND_EDITOR.password });
  await page.getByRole('link', { name: /Edna Second/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await page.getByRole('link', { name: 'Change your password' }).click();
  await page.getByLabel('Current password').fill(SECOND_EDITOR.password);
  await page.getByLabel('New password', { exact: true }).fill('qwerty123456');
  await page.getByLabel('New password again').fill('qwerty123456');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByLabel('New password', { exact: true })).toHaveAccessibleDescription(
    /common or breached/,
  );
  // React clears the form once the answer is in (passwords are never sent back): type after that.
  await expect(page.getByLabel('Current password')).toHaveValue('');
  await page.getByLabel('Current password').fill(SECOND_EDITOR.password);
  await page.getByLabel('New password', { exact: true }).fill('lantern harbour cassava');
  await page.getByLabel('New password again').fill('lantern harbour cassava');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password was changed');
  // Put it back for other specs.
  await page.goto('/account/password');
  // Typed only once the form is live, so hydration does not clear what was typed.
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Current password').fill('lantern harbour cassava');
  await page.getByLabel('New password', { exact: true }).fill(SECOND_EDITOR.password);
  await page.getByLabel('New password again').fill(SECOND_EDITOR.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Your password was changed');
});

test('a user sees their sessions and ends another one, at phone width too', async ({ browser, page }) => {
  const other = await browser.newPage();
  await signIn(other, 'viewer');
  await signIn(page, 'viewer');
  await page.goto('/account');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3); // header + two sessions
  await expect(page.getByRole('rowheader', { name: /this browser/ })).toBeVisible();
  await page
    .getByRole('button', { name: /^End the session/ })
    .first()
    .click();
  await expect(page.getByRole('status')).toHaveText('Ended 1 session.');
  await other.goto('/account');
  await expect(other).toHaveURL(/\/login/);
  await other.close();
  await page.setViewportSize({ width: 390, height: 800 });
  await page.reload();
  await fitsWidth(page);
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations).toEqual([]);
});

test('an admin resets a password; the user must choose a new one; the security log shows it all', async ({
  browser,
  page,
}) => {
  await signIn(page, 'admin');
  await page.goto('/admin/users');
  const row = page.getByRole('row', { name: new RegExp(`^${ACCOUNTS.editor.name}`) });
  await row.getByRole('button', { name: 'Reset password' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset the password' }).click();
  const status = row.getByRole('status');
  await expect(status).toContainText('Temporary password:');
  const temporary = /Temporary password: ([a-z0-9-]+)/.exec((await status.textContent()) ?? '')?.[1] ?? '';

  const user = await browser.newPage();
  await user.goto('/login');
  await user.getByLabel('Email').fill(ACCOUNTS.editor.email);
  await user.getByLabel('Password').fill(temporary);
  await user.getByRole('button', { name: 'Sign in' }).click();
  await expect(user).toHaveURL(/\/account\/password/);
  await expect(user.getByText('An admin reset your password')).toBeVisible();
  await user.goto('/incidents/new');
  await expect(user).toHaveURL(/\/account\/password\?next=%2Fincidents%2Fnew/);
  await user.getByLabel('Current password').fill(temporary);
  await user.getByLabel('New password', { exact: true }).fill(ACCOUNTS.editor.password);
  await user.getByLabel('New password again').fill(ACCOUNTS.editor.password);
  await user.getByRole('button', { name: 'Change password' }).click();
  await expect(user.getByRole('heading', { level: 1, name: 'New incident' })).toBeVisible();
  await user.close();

  await page.getByRole('link', { name: 'Security log' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Security log' })).toBeVisible();
  await page.getByLabel('Event').selectOption('password_reset');
  await page.getByLabel('Account').fill('editor@e2e');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/kind=password_reset/);
  const entry = page.getByRole('row', { name: /Password reset by an admin/ });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(ACCOUNTS.admin.email);
  await expect(entry).toContainText('127.0.0.1');
  await page.getByLabel('Event').selectOption('sign_in');
  await page.getByLabel('Outcome').selectOption('failure');
  await page.getByLabel('Account').fill('');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('row', { name: /Sign-in \(password\)\s+failure/ }).first()).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations).toEqual([]);
  await page.setViewportSize({ width: 390, height: 800 });
  await fitsWidth(page);
});
