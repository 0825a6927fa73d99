import { expect, type Page } from '@playwright/test';
import type { Role } from '../../lib/auth/roles';
import { ACCOUNTS } from './accounts';

type Account = { email: string; password: string };

/** Signs in with a role's account, or with the account given. */
export async function signIn(page: Page, who: Role | Account): Promise<void> {
  const account = typeof who === 'string' ? ACCOUNTS[who] : who;
  await page.goto('/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
