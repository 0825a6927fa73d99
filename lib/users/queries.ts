import 'server-only';
import { db } from '../db';

export async function listUsers() {
  const now = new Date();
  const users = await db().user.findMany({
    orderBy: { email: 'asc' },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      totpEnabledAt: true,
      createdAt: true,
      sessions: { where: { expiresAt: { gt: now } }, select: { lastSeenAt: true } },
    },
  });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: u.disabledAt !== null,
    twoFactor: u.totpEnabledAt !== null,
    createdAt: u.createdAt.toISOString(),
    openSessions: u.sessions.length,
    lastSeenAt: u.sessions.reduce<string | null>((latest, s) => {
      const at = s.lastSeenAt.toISOString();
      return latest && latest > at ? latest : at;
    }, null),
  }));
}

export type UserRowView = Awaited<ReturnType<typeof listUsers>>[number];
