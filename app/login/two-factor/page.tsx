import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SecondFactorForm } from '@/components/auth/second-factor-form';
import { currentUser, pendingUser } from '@/lib/auth/access';
import { safeReturnPath } from '@/lib/forms/form-state';

export const metadata: Metadata = { title: 'Two-factor sign-in' };

export default async function SecondFactorPage({ searchParams }: PageProps<'/login/two-factor'>) {
  const { next } = await searchParams;
  const returnTo = safeReturnPath(Array.isArray(next) ? next[0] : next);
  if (await currentUser()) redirect(returnTo);
  // Only a browser whose password was just checked has anything to do here.
  if (!(await pendingUser())) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return (
    <div className="narrow">
      <h1>Two-factor sign-in</h1>
      <p className="lede">Your password was right. Now type the code from your authenticator app.</p>
      <SecondFactorForm next={returnTo} />
    </div>
  );
}
