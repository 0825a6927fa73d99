/**
 * Recovery codes: ten one-time codes shown once at enrolment, kept only as argon2id hashes. Each
 * is 10 characters from an alphabet without look-alikes (~50 bits), shown as "xxxxx-xxxxx";
 * typing is forgiving about case, spaces and the dash.
 */
import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from './password';
import { RECOVERY_CODE_COUNT } from './totp';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // 31 symbols, no 0/o, 1/l/i

function recoveryCode(): string {
  // Rejection sampling keeps every symbol equally likely.
  let chars = '';
  while (chars.length < 10) {
    for (const byte of randomBytes(16)) {
      if (byte < 248 && chars.length < 10) chars += ALPHABET[byte % ALPHABET.length];
    }
  }
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
}

/** The canonical form a code is hashed in: lower case, no spaces or dashes. */
export function normalizeRecoveryCode(text: string): string {
  return text.toLowerCase().replace(/[\s-]/g, '');
}

export function hashRecoveryCode(code: string): Promise<string> {
  return hashPassword(normalizeRecoveryCode(code));
}

export interface StoredRecoveryCode {
  id: number;
  hash: string;
  usedAt: string | Date | null;
}

/** The id of the unused stored code the text matches, or null. A used code never matches. */
export async function matchRecoveryCode(
  codes: readonly StoredRecoveryCode[],
  text: string,
): Promise<number | null> {
  const typed = normalizeRecoveryCode(text);
  if (!/^[a-z0-9]{10}$/.test(typed)) return null;
  for (const code of codes) {
    if (code.usedAt === null && (await verifyPassword(code.hash, typed))) return code.id;
  }
  return null;
}
