import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ACCOUNTS } from './accounts';
import { signIn } from './sign-in';

test('a wrong password gets a message that does not say which field was wrong; the right one signs in', async ({
  page,
  context,
}) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(ACCOUNTS.editor.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const message = page.locator('.form-error');
  await expect(message).toHaveText('That email and password do not match an active account.');
  await expect(page.getByLabel('Email')).toHaveValue(ACCOUNTS.editor.email);

  await page.getByLabel('Email').fill('nobody@e2e.test');
  await page.getByLabel('Password').fill('whatever it is');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(message).toHaveText('That email and password do not match an active account.');

  await signIn(page, 'editor');
  const cookie = (await context.cookies()).find((c) => c.name === 'hit_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === 'hit_session')).toBeUndefined();
});

test('readers see no edit controls; editor pages send visitors to sign in and viewers to a refusal', async ({
  page,
}) => {
  await page.goto('/incidents');
  await expect(page.getByRole('link', { name: 'New incident' })).toHaveCount(0);
  await page.goto('/incidents/1');
  await expect(page.getByRole('link', { name: 'Edit incident' })).toHaveCount(0);
  await page.goto('/incidents/1/edit');
  await expect(page).toHaveURL(/\/login\?next=%2Fincidents%2F1%2Fedit/);

  await signIn(page, 'viewer');
  await page.goto('/incidents/1');
  await expect(page.getByRole('link', { name: 'Edit incident' })).toHaveCount(0);
  await page.goto('/incidents/1/edit');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test('signing in returns to the page that asked for it', async ({ page }) => {
  await page.goto('/incidents/new');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Email').fill(ACCOUNTS.editor.email);
  await page.getByLabel('Password').fill(ACCOUNTS.editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New incident' })).toBeVisible();
});

test('an admin creates an account, and disabling it ends its session at once', async ({ browser, page }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/users');
  await page.getByLabel('Email').fill('new.editor@e2e.test');
  await page.getByLabel('Name').fill('New Editor');
  await page.getByLabel('Role', { exact: true }).selectOption('editor');
  await page.getByLabel('Initial password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
  await page.getByLabel('Initial password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toContainText('Created editor new.editor@e2e.test');

  const other = await browser.newPage();
  await other.goto('/login');
  await other.getByLabel('Email').fill('new.editor@e2e.test');
  await other.getByLabel('Password').fill('a long enough password');
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await page.reload();
  const row = page.getByRole('row', { name: /new\.editor@e2e\.test/ });
  await row.getByRole('button', { name: 'Disable' }).click();
  const confirm = page.getByRole('dialog', { name: 'Disable New Editor’s account?' });
  await expect(confirm).toContainText('new.editor@e2e.test is signed out at once');
  await confirm.getByRole('button', { name: 'Disable the account' }).click();
  await expect(row.getByRole('cell', { name: 'disabled' })).toBeVisible();
  await other.goto('/incidents/new');
  await expect(other).toHaveURL(/\/login/);
  await other.close();

  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations).toEqual([]);
});
