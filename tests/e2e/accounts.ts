/** Accounts the end-to-end server creates in its own fresh database (test-only passwords). */
import type { Role } from '../../lib/auth/roles';

export const ACCOUNTS: Record<Role, { email: string; name: string; password: string }> = {
  viewer: { email: 'viewer@e2e.test', name: 'Vera Viewer', password: 'viewer-e2e-password' },
  editor: { email: 'editor@e2e.test', name: 'Eddy Editor', password: 'editor-e2e-password' },
  admin: { email: 'admin@e2e.test', name: 'Ada Admin', password: 'admin-e2e-password' },
};

/** A second editor, for two people editing one incident at once. */
export const SECOND_EDITOR = {
  email: 'second.editor@e2e.test',
  name: 'Edna Second',
  password: 'second-editor-e2e-password',
};
