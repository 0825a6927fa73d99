import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { currentUser } from '@/lib/auth/access';
import { safeReturnPath } from '@/lib/forms/form-state';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { next } = await searchParams;
  const returnTo = safeReturnPath(Array.isArray(next) ? next[0] : next);
  if (await currentUser()) redirect(returnTo);
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <p className="lede">Editors and admins sign in to change the store. Accounts are made by an admin.</p>
      <SignInForm next={returnTo} />
    </div>
  );
}
