import type { Metadata } from 'next';
import Link from 'next/link';
import { OwnSessions } from '@/components/account/own-sessions';
import { requirePageRole } from '@/lib/auth/access';
import { sessionSecret } from '@/lib/auth/secret';
import { appSql } from '@/lib/store/app-sql';
import { listOwnSessions } from '@/lib/users/session-mutations';
import { twoFactorStatus } from '@/lib/users/totp-queries';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage({ searchParams }: PageProps<'/account'>) {
  const user = await requirePageRole('viewer', '/account');
  if (!user) return null;
  const { changed } = await searchParams;
  const sql = await appSql();
  const twoFactorOn =
    (await twoFactorStatus(sql, { userId: user.id, sessionSecret: sessionSecret() })).state === 'on';
  const sessions = await listOwnSessions(sql, { userId: user.id, currentSessionId: user.sessionId });
  return (
    <div className="narrow-wide">
      <h1>Your account</h1>
      <p className="lede">
        {user.name} · {user.email} · {user.role}
      </p>
      {changed === 'password' ? (
        <p className="form-ok" role="status">
          Your password was changed. Your other sessions have ended.
        </p>
      ) : null}
      <h2>Password</h2>
      <p>
        <Link href="/account/password">Change your password</Link>
      </p>
      <h2>Two-factor sign-in</h2>
      <p>
        <Link href="/account/two-factor">
          {twoFactorOn ? 'Manage two-factor sign-in' : 'Set up two-factor sign-in'}
        </Link>
        {twoFactorOn
          ? ' (on)'
          : user.role === 'admin'
            ? ' (required for admins)'
            : ' (optional, recommended)'}
      </p>
      <h2>Sessions</h2>
      <p>Where you are signed in. End any you do not recognise, then change your password.</p>
      <OwnSessions sessions={sessions} />
    </div>
  );
}
