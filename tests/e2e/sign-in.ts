import { expect, type Page } from '@playwright/test';
import type { Role } from '../../lib/auth/roles';
import { ACCOUNTS } from './accounts';

export async function signIn(page: Page, role: Role): Promise<void> {
  const account = ACCOUNTS[role];
  await page.goto('/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
