/**
 * Timeline entries ("June 3, 2025: Gangs kill 40 people"): a date opens the sentence, and its verbs
 * in the present tell what happened that day (casualty-cues.ts, deployments.ts).
 */
import { isMonthWord } from './date-words';
import type { Token } from './tokens';

/** Verbs in the present a timeline tells past events with: "June 3, 2025: Gangs kill 40 people". */
const TIMELINE_VERBS: ReadonlyMap<string, 'killed' | 'injured' | 'kidnapped'> = new Map([
  ['kill', 'killed'],
  ['murder', 'killed'],
  ['execute', 'killed'],
  ['massacre', 'killed'],
  ['lynch', 'killed'],
  ['wound', 'injured'],
  ['injure', 'injured'],
  ['kidnap', 'kidnapped'],
  ['abduct', 'kidnapped'],
]);

/**
 * A timeline entry ("June 3, 2025: …", "March 29 – …"): a date opens the sentence and a colon or
 * dash ends it. Its verbs in the present tell what happened that day.
 */
export function timelineEntry(tokens: readonly Token[]): boolean {
  for (let c = 1; c < Math.min(tokens.length, 7); c++) {
    const t = tokens[c]?.text ?? '';
    if (t !== ':' && t !== '–' && t !== '—' && t !== '-') continue;
    const before = tokens.slice(0, c);
    return before.some((x) => isMonthWord(x.norm)) && before.some((x) => x.kind === 'num');
  }
  return false;
}

/** The kind a timeline's present-tense verb at `i` tells, if it is one. */
export function timelineVerb(tokens: readonly Token[], i: number): 'killed' | 'injured' | 'kidnapped' | null {
  return TIMELINE_VERBS.get(tokens[i]?.norm ?? '') ?? null;
}
