import type { Metadata } from 'next';
import Link from 'next/link';
import { currentUser } from '@/lib/auth/access';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Not allowed' };

export default async function ForbiddenPage({
  searchParams,
}: {
  searchParams: Promise<{ needed?: string }>;
}) {
  const { needed } = await searchParams;
  const user = await currentUser();
  const role = ROLES.includes(needed as Role) ? (needed as Role) : null;
  return (
    <div className="narrow">
      <h1>Not allowed</h1>
      <p>
        {role ? `This page needs the role ${ROLE_LABELS[role]}.` : 'Your account cannot open this page.'}{' '}
        {user ? `You are signed in as ${user.email} (${user.role}).` : null} Ask an admin if you need it.
      </p>
      <p>
        <Link href="/">Back to the overview</Link>
      </p>
    </div>
  );
}
