/**
 * The credential in a saved search's feed address. Feed readers cannot sign in, so whoever holds
 * the address reads the feed: 32 random bytes (256 bits), unguessable, written base64url so the
 * address needs no escaping.
 */
import { randomBytes } from 'node:crypto';

export const FEED_TOKEN_BYTES = 32;

export function newFeedToken(): string {
  return randomBytes(FEED_TOKEN_BYTES).toString('base64url');
}

/** Only what newFeedToken can make (43 base64url characters) is looked up. */
export function isFeedTokenShape(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
