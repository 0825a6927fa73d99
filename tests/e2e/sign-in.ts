import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { Role } from '../../lib/auth/roles';
import { TOTP_PERIOD_SECONDS, totpCode } from '../../lib/auth/totp';
import { ACCOUNTS, adminTotpSecretFile } from './accounts';

type Account = { email: string; password: string };

const PORT = process.env.E2E_PORT ?? '3100';

/** Signs in with a role's account, or with the account given (and its TOTP key, if it has one). */
export async function signIn(page: Page, who: Role | Account, totpSecret?: string): Promise<void> {
  const account = typeof who === 'string' ? ACCOUNTS[who] : who;
  const secret =
    totpSecret ?? (who === 'admin' ? readFileSync(adminTotpSecretFile(PORT), 'utf8').trim() : undefined);
  await page.goto('/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (secret) {
    await expect(page.getByRole('heading', { name: 'Two-factor sign-in' })).toBeVisible();
    await typeCurrentCode(page, secret);
  }
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/**
 * Types the app's code at the second sign-in step, as a person would read it off a phone. A code
 * is taken once: if this step's code was already used (a sign-in a moment ago), wait for the next.
 */
export async function typeCurrentCode(page: Page, secret: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.getByLabel('Code', { exact: true }).fill(totpCode(secret, new Date()));
    await page.getByRole('button', { name: 'Continue' }).click();
    const used = page.getByText('That code was already used');
    const done = page.getByRole('button', { name: 'Sign out', exact: true });
    await expect(used.or(done)).toBeVisible();
    if (await done.isVisible()) return;
    const msIntoStep = Date.now() % (TOTP_PERIOD_SECONDS * 1000);
    const wait = TOTP_PERIOD_SECONDS * 1000 - msIntoStep + 500;
    // Waiting for the next code can take up to a whole step (30 s), as long as a test's whole
    // time limit: the wait is added to the limit rather than counted against the test's own steps.
    test.info().setTimeout(test.info().timeout + wait);
    await page.waitForTimeout(wait);
  }
}
