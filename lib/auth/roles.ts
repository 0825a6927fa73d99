/** Who may do what. Pure: imported by pages (to hide controls), actions and tests alike. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** Roles are ordered: an admin may do what an editor may, an editor what a viewer may. */
export function hasRole(role: Role | null | undefined, needed: Role): boolean {
  return role != null && RANK[role] >= RANK[needed];
}

export const ROLE_LABELS: Record<Role, string> = {
  viewer: 'Viewer (reads)',
  editor: 'Editor (reads and writes)',
  admin: 'Admin (manages users)',
};
