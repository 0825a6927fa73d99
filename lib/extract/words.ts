/**
 * Word lists are written as one string of space-separated words: easy to read and extend, and
 * the formatter keeps them compact.
 */
export function wordSet(text: string): Set<string> {
  return new Set(text.split(/\s+/).filter(Boolean));
}

/** "one:1 two:2" → { one: 1, two: 2 }. */
export function wordNumbers(text: string): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const pair of text.split(/\s+/).filter(Boolean)) {
    const [word, value] = pair.split(':');
    if (word && value !== undefined) out.set(word, Number(value));
  }
  return out;
}

/** "kenyan:Kenya salvadoran:El_Salvador" → { kenyan: 'Kenya', salvadoran: 'El Salvador' }. */
export function wordLabels(text: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const pair of text.split(/\s+/).filter(Boolean)) {
    const [word, label] = pair.split(':');
    if (word && label) out.set(word, label.replace(/_/g, ' '));
  }
  return out;
}

/** "dominican_republic kenya" → { 'dominican republic', 'kenya' }: underscores join multi-word names. */
export function phraseSet(text: string): Set<string> {
  return new Set([...wordSet(text)].map((w) => w.replace(/_/g, ' ')));
}

/**
 * A lookup table as a Map: unlike a plain object it does not answer to words like
 * "constructor" that every object knows, and look-ups are fast.
 */
export function dict<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

/** A literal string as a regular-expression source: "G9 (Fanmi)" matches only itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An English pattern and a French one, tested as one. They are kept apart because `\b` and `\w`
 * under the `iu` flags the French lookarounds need are several times slower in V8 than under `i`
 * alone: one such pattern per sentence cost the reader 4% of its time.
 */
export function eitherPattern(english: RegExp, french: RegExp): { test(text: string): boolean } {
  return { test: (text) => english.test(text) || french.test(text) };
}
