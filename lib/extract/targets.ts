/**
 * Named vehicles an event happened to: "a Spirit Airlines flight", "a JetBlue flight", "its
 * Flight 189", "a Digicel bus". Two sentences or clauses of one day and place that tell of
 * different named aircraft or vehicles tell different incidents: one airliner hit on landing and
 * another on takeoff are two shootings, as a coder records them.
 */
import type { Token } from './tokens';

const VEHICLES = 'flights?|planes?|aircraft|airliners?|jets?|helicopters?|buses|bus|vessels?|ships?|boats?';
const NAMED = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*\\s+){1,3})(?:${VEHICLES})\\b`, 'gu');
const NUMBERED = /\bflight\s+(\d{1,5})\b/gi;
// "American Airlines … its Flight 189": the carrier named as such is the vehicle's name too.
const CARRIER = /((?:\p{Lu}[\p{L}&.'’-]*\s+){1,2})(?:Airlines|Airways|Air Lines)\b/gu;
// Capitalised words that open a sentence or count, not names: "The plane", "Two helicopters".
const NOT_NAMES = new Set(
  'the a an this that these those its his her their our one two three four several another other each every both no'.split(
    ' ',
  ),
);

function names(re: RegExp, text: string, suffix: string, out: Set<string>): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const words = (m[1] ?? '')
      .trim()
      .split(/\s+/)
      .filter((w) => !NOT_NAMES.has(w.toLowerCase()));
    if (words.length > 0) out.add(`name:${[...words, suffix].join(' ').trim().toLowerCase()}`);
  }
}

/**
 * The vehicles a text names, folded and typed: "name:spirit airlines", "name:jetblue",
 * "number:189" (a flight number). A name and a number may be one vehicle told two ways.
 */
const ANY_VEHICLE =
  /flight|plane|aircraft|airliner|jet|helicopter|bus|vessel|ship|boat|airlines|airways|air lines/i;
/** The same test on a sentence's tokens (folded words), cheaper when they are at hand. */
const VEHICLE_WORDS = new Set(
  'flight flights plane planes aircraft airliner airliners jet jets helicopter helicopters bus buses vessel vessels ship ships boat boats airlines airways lines'.split(
    ' ',
  ),
);

export function namedTargets(text: string, tokens?: readonly Token[]): string[] {
  // Most sentences name no vehicle: the cheap test first.
  if (tokens ? !tokens.some((t) => VEHICLE_WORDS.has(t.norm)) : !ANY_VEHICLE.test(text)) return [];
  const out = new Set<string>();
  names(CARRIER, text, 'airlines', out);
  names(NAMED, text, '', out);
  NUMBERED.lastIndex = 0;
  for (let m = NUMBERED.exec(text); m !== null; m = NUMBERED.exec(text)) out.add(`number:${m[1]}`);
  return [...out];
}

/** Both name vehicles the same way (by name, or by number), and none in common. */
export function differentTargets(a: readonly string[], b: readonly string[]): boolean {
  for (const kind of ['name:', 'number:']) {
    const [x, y] = [a.filter((t) => t.startsWith(kind)), b.filter((t) => t.startsWith(kind))];
    if (x.length > 0 && y.length > 0 && !x.some((t) => y.includes(t))) return true;
  }
  return false;
}
