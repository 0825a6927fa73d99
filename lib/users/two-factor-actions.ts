'use server';
/** A signed-in user's own second factor: set it up, confirm it, turn it off, new recovery codes. */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { clientAddress, clientUserAgent } from '../auth/access';
import { withRole } from '../auth/guard';
import { codeFailureMessage } from '../auth/second-factor';
import { sessionSecret } from '../auth/secret';
import { type FormState, formValues, safeReturnPath } from '../forms/form-state';
import { appSql } from '../store/app-sql';
import { WrongPasswordError } from './password-mutations';
import { TotpCodeError, TotpStateError } from './totp-errors';
import {
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
  startTotpEnrolment,
} from './totp-mutations';

/** A form's answer; `recoveryCodes` are shown once, right after they are made. */
export type TwoFactorState = FormState & { recoveryCodes?: string[] };

const PAGE = '/account/two-factor';
const code = (values: Record<string, string>) => (values.code ?? '').replace(/\s/g, '').slice(0, 40);

async function context() {
  return { address: await clientAddress(), userAgent: await clientUserAgent() };
}

/** Turns a refused code or state into the form's answer; anything else is rethrown. */
function refusal(error: unknown): TwoFactorState {
  if (error instanceof TotpCodeError) return { errors: { code: [codeFailureMessage(error.failure)] } };
  if (error instanceof WrongPasswordError) return { errors: { password: [error.message] } };
  if (error instanceof TotpStateError) return { message: error.message };
  throw error;
}

// Starting and confirming are what an admin without a second factor must do, so they are allowed
// while that requirement is open.
const fulfils = { allowDuringRequirement: true };

export async function startTotpAction(
  _previous: TwoFactorState,
  formData: FormData,
): Promise<TwoFactorState> {
  const values = formValues(formData);
  const result = await withRole(
    'viewer',
    {},
    async (user): Promise<TwoFactorState | { done: string }> => {
      try {
        await startTotpEnrolment(await appSql(), {
          userId: user.id,
          sessionSecret: sessionSecret(),
          context: await context(),
        });
      } catch (error) {
        return refusal(error);
      }
      const next = values.next ? `?next=${encodeURIComponent(safeReturnPath(values.next))}` : '';
      return { done: `${PAGE}${next}` };
    },
    fulfils,
  );
  if ('done' in result) redirect(result.done);
  return result;
}

export async function confirmTotpAction(
  _previous: TwoFactorState,
  formData: FormData,
): Promise<TwoFactorState> {
  const values = formValues(formData);
  return withRole(
    'viewer',
    {},
    async (user): Promise<TwoFactorState> => {
      try {
        const recoveryCodes = await confirmTotpEnrolment(await appSql(), {
          userId: user.id,
          code: code(values),
          sessionSecret: sessionSecret(),
          context: await context(),
        });
        return { ok: true, message: 'Two-factor sign-in is on.', recoveryCodes };
      } catch (error) {
        return refusal(error);
      }
    },
    fulfils,
  );
}

export async function disableTotpAction(
  _previous: TwoFactorState,
  formData: FormData,
): Promise<TwoFactorState> {
  const values = formValues(formData);
  return withRole('viewer', {}, async (user): Promise<TwoFactorState> => {
    try {
      await disableTotp(await appSql(), {
        userId: user.id,
        password: (values.password ?? '').slice(0, 200),
        code: code(values),
        sessionSecret: sessionSecret(),
        context: await context(),
      });
    } catch (error) {
      return refusal(error);
    }
    revalidatePath(PAGE);
    return { ok: true, message: 'Two-factor sign-in is off. Your recovery codes no longer work.' };
  });
}

export async function regenerateRecoveryCodesAction(
  _previous: TwoFactorState,
  formData: FormData,
): Promise<TwoFactorState> {
  const values = formValues(formData);
  return withRole('viewer', {}, async (user): Promise<TwoFactorState> => {
    try {
      const recoveryCodes = await regenerateRecoveryCodes(await appSql(), {
        userId: user.id,
        code: code(values),
        sessionSecret: sessionSecret(),
        context: await context(),
      });
      return { ok: true, message: 'New recovery codes made; the old ones no longer work.', recoveryCodes };
    } catch (error) {
      return refusal(error);
    }
  });
}
