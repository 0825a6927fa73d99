/**
 * Saving a form opened at one version onto a newer one. Each field takes the editor's value only
 * if the editor changed it since opening the form (mine ≠ base); otherwise what is stored now
 * (theirs) stays. A field both changed, to different values, is a clash: it is decided by the
 * editor's explicit choice, never by whoever saves last.
 */
import { EDITABLE_FIELDS, type EditableField } from './schema';

export type FieldStrings = Record<EditableField, string>;
export type Choice = 'mine' | 'theirs';
export type Choices = Partial<Record<EditableField, Choice>>;

export interface FieldOutcome {
  field: EditableField;
  base: string;
  theirs: string;
  mine: string;
  /** What saving now would store. */
  value: string;
  theirsChanged: boolean;
  clash: boolean;
  chosen: Choice | null;
}

// Browsers send a textarea's line breaks as CRLF, and the schema trims: neither is a change.
const normal = (v: string) => v.replace(/\r\n?/g, '\n').trim();
export const sameValue = (a: string, b: string): boolean => normal(a) === normal(b);

/** Stored or parsed values as the form writes them: null is the empty string. */
export function asFieldStrings(
  snapshot: Record<EditableField, string | number | null | undefined>,
): FieldStrings {
  return Object.fromEntries(
    EDITABLE_FIELDS.map((f) => [
      f,
      snapshot[f] === null || snapshot[f] === undefined ? '' : String(snapshot[f]),
    ]),
  ) as FieldStrings;
}

/** A field with no base (a client that sent none) counts as opened at what is stored now. */
export function mergeFields(args: {
  base: Partial<FieldStrings>;
  theirs: FieldStrings;
  mine: FieldStrings;
  choices?: Choices;
}): FieldOutcome[] {
  return EDITABLE_FIELDS.map((field) => {
    const theirs = args.theirs[field];
    const mine = args.mine[field];
    const base = args.base[field] ?? theirs;
    const theirsChanged = !sameValue(theirs, base);
    const common = { field, base, theirs, mine, theirsChanged, clash: false, chosen: null };
    if (sameValue(mine, base)) return { ...common, value: theirs };
    if (!theirsChanged || sameValue(mine, theirs)) return { ...common, value: mine };
    const chosen = args.choices?.[field] ?? null;
    return { ...common, clash: true, chosen, value: chosen === 'theirs' ? theirs : mine };
  });
}

export const isUndecided = (o: FieldOutcome): boolean => o.clash && o.chosen === null;

/** `base:<field>` and `choose:<field>` as the edit form sends them. */
export function readMergeInputs(values: Record<string, string | undefined>): {
  base: Partial<FieldStrings>;
  choices: Choices;
} {
  const base: Partial<FieldStrings> = {};
  const choices: Choices = {};
  for (const f of EDITABLE_FIELDS) {
    const b = values[`base:${f}`];
    if (b !== undefined) base[f] = b;
    const c = values[`choose:${f}`];
    if (c === 'mine' || c === 'theirs') choices[f] = c;
  }
  return { base, choices };
}
