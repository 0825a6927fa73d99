/** Why a change of an account's second factor was refused (totp-mutations.ts). */
import type { CodeFailure } from '../auth/second-factor';

export class TotpStateError extends Error {
  constructor(readonly state: 'already_on' | 'not_started' | 'off') {
    super(
      state === 'already_on'
        ? 'Two-factor sign-in is already on.'
        : state === 'not_started'
          ? 'Start setting up two-factor sign-in first.'
          : 'Two-factor sign-in is off.',
    );
    this.name = 'TotpStateError';
  }
}

/** A code was refused; `failure` says why (wrong, already used, throttled). */
export class TotpCodeError extends Error {
  constructor(readonly failure: CodeFailure) {
    super(`Code refused: ${failure.reason}`);
    this.name = 'TotpCodeError';
  }
}
