/**
 * The one rule for text people and machines send us, in every shared schema (so the forms, the
 * JSON API and the ingest command agree): no control characters — NUL, escape, bell, DEL and the
 * rest of C0 — except tab, line feed and carriage return. They have no place in a report or a
 * name, break exports and terminals, and the ingest command already refused NUL.
 */
import { z } from 'zod';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTER_MESSAGE =
  'must not contain control characters (such as NUL); tabs and line breaks are fine';

/** z.string() that refuses control characters; chain .trim(), .max() and the rest as usual. */
export function plainText() {
  return z.string().refine((v) => !CONTROL_CHARACTER.test(v), CONTROL_CHARACTER_MESSAGE);
}
