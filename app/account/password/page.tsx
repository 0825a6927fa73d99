import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { requirePageRole } from '@/lib/auth/access';
import { safeReturnPath } from '@/lib/forms/form-state';

export const metadata: Metadata = { title: 'Change your password' };

export default async function ChangePasswordPage({ searchParams }: PageProps<'/account/password'>) {
  const user = await requirePageRole('viewer', '/account/password');
  const { next } = await searchParams;
  const returnTo = typeof next === 'string' ? safeReturnPath(next) : undefined;
  return (
    <div className="narrow">
      <h1>Change your password</h1>
      {user?.requirement === 'change_password' ? (
        <p className="notice" role="status">
          An admin reset your password. Choose a new one to go on; the temporary one stops working.
        </p>
      ) : null}
      <ChangePasswordForm next={returnTo} />
    </div>
  );
}
