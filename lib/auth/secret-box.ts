/**
 * Encrypts a TOTP secret for storage (AES-256-GCM) under a key derived from SESSION_SECRET with
 * HKDF, bound to the account's id, so a copy of the database alone does not give the secrets
 * away, and a secret copied onto another account's row does not decrypt. Changing SESSION_SECRET
 * makes every stored secret unreadable: those users must set up two-factor sign-in again.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

function key(sessionSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', sessionSecret, 'haiti-incident-tracker', 'totp-secret v1', 32));
}

export class SecretUnreadableError extends Error {
  constructor() {
    super(
      'The stored two-factor secret cannot be decrypted (SESSION_SECRET changed, or the row was altered).',
    );
    this.name = 'SecretUnreadableError';
  }
}

export function sealTotpSecret(options: { sessionSecret: string; userId: number; plain: string }): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(options.sessionSecret), iv);
  cipher.setAAD(Buffer.from(`user:${options.userId}`));
  const body = Buffer.concat([cipher.update(options.plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, body, cipher.getAuthTag()]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join(':');
}

export function openTotpSecret(options: { sessionSecret: string; userId: number; sealed: string }): string {
  const [version, iv, body, tag] = options.sealed.split(':');
  if (version !== VERSION || !iv || !body || !tag) throw new SecretUnreadableError();
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      key(options.sessionSecret),
      Buffer.from(iv, 'base64url'),
    );
    decipher.setAAD(Buffer.from(`user:${options.userId}`));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new SecretUnreadableError();
  }
}
