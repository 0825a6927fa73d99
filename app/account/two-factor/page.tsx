import type { Metadata } from 'next';
import { QrCode } from '@/components/account/qr-code';
import {
  ConfirmTotpForm,
  DisableTotpForm,
  RegenerateRecoveryCodesForm,
  StartTotpForm,
} from '@/components/account/two-factor-forms';
import { FormattedDateTime } from '@/components/formatted-date';
import { requirePageRole } from '@/lib/auth/access';
import { sessionSecret } from '@/lib/auth/secret';
import { safeReturnPath } from '@/lib/forms/form-state';
import { appSql } from '@/lib/store/app-sql';
import { twoFactorStatus } from '@/lib/users/totp-queries';

export const metadata: Metadata = { title: 'Two-factor sign-in' };

export default async function TwoFactorPage({ searchParams }: PageProps<'/account/two-factor'>) {
  const user = await requirePageRole('viewer', '/account/two-factor');
  if (!user) return null;
  const { next } = await searchParams;
  const returnTo = typeof next === 'string' ? safeReturnPath(next) : undefined;
  const status = await twoFactorStatus(await appSql(), { userId: user.id, sessionSecret: sessionSecret() });
  return (
    <div className="narrow">
      <h1>Two-factor sign-in</h1>
      {user.requirement === 'enrol_totp' ? (
        <p className="notice" role="status">
          Admins must sign in with a second factor. Set it up to go on.
        </p>
      ) : null}
      {status.state === 'off' ? (
        <>
          <p>
            After your password, you will also type a code from an authenticator app on your phone (any app
            that supports TOTP, such as Aegis, FreeOTP, Google Authenticator or 1Password).
          </p>
          <StartTotpForm next={returnTo} label="Set up two-factor sign-in" />
        </>
      ) : null}
      {status.state === 'setting_up' ? (
        <>
          <h2>1. Add this account to your app</h2>
          <p>Scan the QR code with your authenticator app, or type the key into it by hand.</p>
          <QrCode
            text={status.uri}
            label="QR code for your authenticator app (the same key is written below)"
          />
          <dl className="totp-key">
            <dt>Key</dt>
            <dd>
              <code data-testid="totp-secret">{status.grouped}</code>
            </dd>
            <dt>Type</dt>
            <dd>time-based, 6 digits, every 30 seconds</dd>
            <dt>Address for the app</dt>
            <dd>
              <code className="wrap-anywhere">{status.uri}</code>
            </dd>
          </dl>
          <h2>2. Type the code it shows</h2>
          <ConfirmTotpForm next={returnTo ?? '/account/two-factor'} />
          <p>Lost the key before finishing? Start again with a new one:</p>
          <StartTotpForm next={returnTo} label="Start again with a new key" />
        </>
      ) : null}
      {status.state === 'on' ? (
        <>
          <p role="status">
            Two-factor sign-in is on since <FormattedDateTime iso={status.since} />.{' '}
            {status.recoveryCodesLeft} of 10 recovery codes left.
          </p>
          <h2>New recovery codes</h2>
          <p>The old ones stop working.</p>
          <RegenerateRecoveryCodesForm />
          <h2>Turn it off</h2>
          {user.role === 'admin' ? (
            <p>Admins need it: you will be asked to set it up again straight away.</p>
          ) : null}
          <DisableTotpForm />
        </>
      ) : null}
    </div>
  );
}
