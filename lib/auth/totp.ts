/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) and recovery codes.
 * Pure: no database, so the window, replay and recovery-code rules are unit-tested on their own.
 */
import { Secret, TOTP } from 'otpauth';

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes one step either side of now are accepted: a phone clock a little off still works. */
export const TOTP_WINDOW = 1;
export const TOTP_ISSUER = 'Haiti Incident Tracker';
export const RECOVERY_CODE_COUNT = 10;

function totp(secret: string, label = 'account'): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });
}

/** A new shared secret: 160 random bits (RFC 4226's recommended length), in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads (from the QR code or typed in). */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The secret in groups of four, for typing into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** The 30-second step a moment falls in. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code for a moment (tests and the enrolment check use it). */
export function totpCode(secret: string, now: Date): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'wrong' | 'replayed' };

/**
 * Checks a typed code against the secret at `now`, ±1 step. A code is accepted only for a step
 * later than the last one accepted (`lastStep`), so neither the same code nor an older one still
 * inside the window can be used twice.
 */
export function checkTotpCode(options: {
  secret: string;
  code: string;
  now: Date;
  lastStep: number | null;
}): TotpCheck {
  const code = options.code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: 'wrong' };
  const delta = totp(options.secret).validate({
    token: code,
    timestamp: options.now.getTime(),
    window: TOTP_WINDOW,
  });
  if (delta === null) return { ok: false, reason: 'wrong' };
  const step = totpStep(options.now) + delta;
  if (options.lastStep !== null && step <= options.lastStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step };
}

/** Does the typed text look like a TOTP code (digits only), rather than a recovery code? */
export function looksLikeTotpCode(text: string): boolean {
  return /^\d{6}$/.test(text.replace(/\s/g, ''));
}
