/**
 * Two-factor sign-in as a person uses it: set it up from the account page (the key read off the
 * page, codes computed from it as an authenticator app would), keep the recovery codes, sign out,
 * sign in with a code, then with a recovery code; keyboard only for the forms, and at phone width.
 */
import { expect, test } from '@playwright/test';
import { TWO_FACTOR_USER } from './accounts';
import { signIn, typeCurrentCode } from './sign-in';

test('set up two-factor sign-in, then sign in with a code and with a recovery code', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, TWO_FACTOR_USER);

  await page.goto('/account');
  await page.getByRole('link', { name: 'Set up two-factor sign-in' }).click();
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(page.getByRole('img', { name: /QR code for your authenticator app/ })).toBeVisible();
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  // Nothing on the page is wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Keyboard only: focus the field, type, Enter.
  const { totpCode } = await import('../../lib/auth/totp');
  await page.getByLabel('Code from your app').focus();
  await page.keyboard.type(totpCode(secret, new Date()));
  await page.keyboard.press('Enter');
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recoveryCode = ((await codes.first().textContent()) ?? '').trim();
  expect(recoveryCode).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  await page.getByRole('link', { name: /I have kept them/ }).click();
  await expect(page.getByText(/Two-factor sign-in is on since/)).toBeVisible();

  // Sign out; the password alone no longer signs in.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  // Signed out once the header offers to sign in: going on sooner races the sign-out's own redirect.
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/login');
  await page.getByLabel('Email').fill(TWO_FACTOR_USER.email);
  await page.getByLabel('Password').fill(TWO_FACTOR_USER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/login\/two-factor/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?next=%2Faccount/);

  await page.getByLabel('Email').fill(TWO_FACTOR_USER.email);
  await page.getByLabel('Password').fill(TWO_FACTOR_USER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Two-factor sign-in' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await typeCurrentCode(page, secret);
  await expect(page).toHaveURL(/\/account$/);

  // Without the phone: a recovery code, once.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  // Signed out once the header offers to sign in: going on sooner races the sign-out's own redirect.
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/login');
  await page.getByLabel('Email').fill(TWO_FACTOR_USER.email);
  await page.getByLabel('Password').fill(TWO_FACTOR_USER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Code', { exact: true }).fill(recoveryCode);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await page.goto('/account/two-factor');
  await expect(page.getByText(/9 of 10\s+recovery codes left/)).toBeVisible();
});
