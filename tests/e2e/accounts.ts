/** Accounts the end-to-end server creates in its own fresh database (test-only passwords). */
import path from 'node:path';
import type { Role } from '../../lib/auth/roles';

export const ACCOUNTS: Record<Role, { email: string; name: string; password: string }> = {
  viewer: { email: 'viewer@e2e.test', name: 'Vera Viewer', password: 'viewer-e2e-password' },
  editor: { email: 'editor@e2e.test', name: 'Eddy Editor', password: 'editor-e2e-password' },
  admin: { email: 'admin@e2e.test', name: 'Ada Admin', password: 'admin-e2e-password' },
};

/** An editor who sets up two-factor sign-in in two-factor.spec.ts (so no other spec's account changes). */
export const TWO_FACTOR_USER = {
  email: 'two.factor@e2e.test',
  name: 'Tomas Twofactor',
  password: 'two-factor-e2e-password',
};

/** Where the server start-up leaves the e2e admin's TOTP key (admins must have two-factor sign-in). */
export function adminTotpSecretFile(port: string | number): string {
  return path.resolve(__dirname, '..', '.tmp', `e2e-${port}`, 'admin-totp-secret');
}

/** A second editor, for two people editing one incident at once. */
export const SECOND_EDITOR = {
  email: 'second.editor@e2e.test',
  name: 'Edna Second',
  password: 'second-editor-e2e-password',
};
