import Link from 'next/link';
import { signOutAction } from '@/lib/auth/actions';
import type { SessionUser } from '@/lib/auth/sessions';

/** Who is signed in, and the way out; or the way in. */
export function AccountMenu({ user }: { user: SessionUser | null }) {
  if (!user) {
    return (
      <Link href="/login" className="account-link">
        Sign in
      </Link>
    );
  }
  return (
    <form action={signOutAction} className="account">
      <Link href="/account" className="account-name">
        {user.name} <span className="account-role">({user.role})</span>
      </Link>
      <Link href="/searches" className="account-searches">
        Saved searches
      </Link>
      <button type="submit" className="link-button">
        Sign out
      </button>
    </form>
  );
}
