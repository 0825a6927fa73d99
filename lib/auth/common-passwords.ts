/**
 * Passwords seen in breaches and common-password lists, checked offline: the 49,000-entry ranked
 * list that `@zxcvbn-ts/language-common` ships (from breach corpora), loaded once per process.
 * With the 12-character minimum, most entries are too short to be chosen as they are; what is
 * caught is them with a suffix ("iloveyou2024!"), doubled ("monkeymonkey") or long ones
 * ("qwerty123456"). Server-only in practice: keep it out of browser bundles.
 */
import { dictionary } from '@zxcvbn-ts/language-common';

let common: Set<string> | undefined;

function commonSet(): Set<string> {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common;
}

const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '3': 'e',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
};
const unleet = (text: string) => text.replace(/[@431!0$57]/g, (c) => LEET[c] ?? c);

export function isCommonPassword(password: string): boolean {
  const set = commonSet();
  const lower = password.toLowerCase().trim();
  if (set.has(lower)) return true;
  // A common password followed by digits or symbols ("iloveyou2024!"), also written in l33t ("p@ssword1").
  const stem = lower.replace(/[^\p{L}]+$/u, '');
  if (stem.length >= 5 && (set.has(stem) || set.has(unleet(stem)))) return true;
  const squeezed = lower.replace(/[\s\-_.]+/g, '');
  if (set.has(squeezed)) return true;
  // The same common word said twice or more.
  for (let n = 2; n <= 4; n++) {
    if (lower.length % n !== 0) continue;
    const part = lower.slice(0, lower.length / n);
    if (part.repeat(n) === lower && set.has(part)) return true;
  }
  return false;
}
