/**
 * Word tokens with their offsets in the original text. Every later step (places, numbers,
 * casualties) works on these, so offsets into the input survive all the way to the evidence.
 */

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower case, accents stripped, dots of "U.S." dropped: what word lists compare against. */
  norm: string;
  start: number;
  end: number;
  /** A run of letters (or an abbreviation like "U.S."), a run of digits, or one other character. */
  kind: 'word' | 'num' | 'punct';
  /** Written with a capital first letter. */
  cap: boolean;
}

// A hand-written scan, exactly the regular expression
//   /((?:\p{Lu}\.){2,}|[\p{L}\p{M}]+)|(\d+(?:[.,]\d+)*)|[^\s\p{L}\p{M}\d]/gu
// (abbreviations with dots such as "U.S.", letter runs, digit runs with thousands separators or
// decimals, then any single other character), about twice as fast: tokenising was the reader's
// largest single cost. Characters beyond ASCII are classified once each by the same Unicode classes.
const DIACRITICS = /\p{Diacritic}/gu;
const SPACE = 0;
const LETTER = 1;
const UPPER = 2;
const DIGIT = 4;
const OTHER = 8;
const NON_ASCII = new Map<number, number>();
const IS_SPACE = /^\s$/u;
const IS_LETTER = /^[\p{L}\p{M}]$/u;
const IS_UPPER = /^\p{Lu}$/u;

function classOf(cp: number): number {
  if (cp < 128) {
    if (cp >= 97 && cp <= 122) return LETTER;
    if (cp >= 65 && cp <= 90) return LETTER | UPPER;
    if (cp >= 48 && cp <= 57) return DIGIT;
    if (cp === 32 || (cp >= 9 && cp <= 13)) return SPACE;
    return OTHER;
  }
  let k = NON_ASCII.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    if (IS_SPACE.test(ch)) k = SPACE;
    else if (IS_LETTER.test(ch)) k = LETTER | (IS_UPPER.test(ch) ? UPPER : 0);
    else k = OTHER;
    NON_ASCII.set(cp, k);
  }
  return k;
}

function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/** The end of "U.S.", "U.N.": two or more capitals each followed by a dot; `from` when there are fewer. */
function abbreviationEnd(text: string, from: number): number {
  let j = from;
  let pairs = 0;
  for (;;) {
    const c = text.codePointAt(j) ?? 0;
    const width = c > 0xffff ? 2 : 1;
    if (!(classOf(c) & UPPER) || text.charCodeAt(j + width) !== 46) break;
    j += width + 1;
    pairs++;
  }
  return pairs >= 2 ? j : from;
}

function letterRunEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length) {
    const c = text.codePointAt(j) ?? 0;
    if (!(classOf(c) & LETTER)) break;
    j += c > 0xffff ? 2 : 1;
  }
  return j;
}

function numberEnd(text: string, from: number): number {
  let j = from + 1;
  while (isDigitAt(text, j)) j++;
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c !== 46 && c !== 44) || !isDigitAt(text, j + 1)) return j;
    j += 2;
    while (isDigitAt(text, j)) j++;
  }
}

const LIGATURES = /[œŒæÆ]/g;
const LIGATURE_LETTERS: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };

export function foldWord(word: string): string {
  // Most words are plain ASCII: skip the Unicode normalisation for them.
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) ascii = word.charCodeAt(i) < 128;
  if (ascii) return word.toLowerCase();
  // « sœur », « cœur », « nœud »: the ligature is two letters, as the word lists write them.
  return word
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .replace(LIGATURES, (l) => LIGATURE_LETTERS[l] ?? l)
    .toLowerCase();
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    if (k === SPACE) {
      i += width;
    } else if (k & LETTER) {
      const abbreviation = k & UPPER ? abbreviationEnd(text, i) : i;
      const end = abbreviation > i ? abbreviation : letterRunEnd(text, i + width);
      const raw = text.slice(i, end);
      // An ASCII word with no capital is its own norm: most words, and no new string for them.
      let plain = true;
      for (let j = 0; j < raw.length && plain; j++) {
        const c = raw.charCodeAt(j);
        plain = c >= 97 && c <= 122;
      }
      const norm = plain ? raw : foldWord(abbreviation > i ? raw.replace(/\./g, '') : raw);
      const first = raw[0] ?? '';
      const cap = cp < 128 ? (k & UPPER) !== 0 : first !== first.toLowerCase();
      tokens.push({ text: raw, norm, start: offset + i, end: offset + end, kind: 'word', cap });
      i = end;
    } else if (k === DIGIT) {
      const end = numberEnd(text, i);
      const raw = text.slice(i, end);
      tokens.push({ text: raw, norm: raw, start: offset + i, end: offset + end, kind: 'num', cap: false });
      i = end;
    } else {
      const raw = text.slice(i, i + width);
      tokens.push({
        text: raw,
        norm: raw,
        start: offset + i,
        end: offset + i + width,
        kind: 'punct',
        cap: false,
      });
      i += width;
    }
  }
  return tokens;
}

const NORMS = new WeakMap<readonly Token[], readonly string[]>();

/** The folded words of a token list, computed once per list (sides, deployments and milestones all ask). */
export function normsOf(tokens: readonly Token[]): readonly string[] {
  let norms = NORMS.get(tokens);
  if (!norms) {
    norms = tokens.map((t) => t.norm);
    NORMS.set(tokens, norms);
  }
  return norms;
}
