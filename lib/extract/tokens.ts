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

// Alternatives never overlap, so the scan is linear: abbreviations with dots ("U.S.", "U.N."),
// letter runs, digit runs with thousands separators or decimals, then any single other character.
const TOKEN_RE = /((?:\p{Lu}\.){2,}|[\p{L}\p{M}]+)|(\d+(?:[.,]\d+)*)|[^\s\p{L}\p{M}\d]/gu;

const DIACRITICS = /\p{Diacritic}/gu;

export function foldWord(word: string): string {
  // Most words are plain ASCII: skip the Unicode normalisation for them.
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) ascii = word.charCodeAt(i) < 128;
  return ascii ? word.toLowerCase() : word.normalize('NFD').replace(DIACRITICS, '').toLowerCase();
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const start = offset + m.index;
    if (m[1] !== undefined) {
      const first = raw[0] ?? '';
      tokens.push({
        text: raw,
        norm: foldWord(raw.includes('.') ? raw.replace(/\./g, '') : raw),
        start,
        end: start + raw.length,
        kind: 'word',
        cap: first !== first.toLowerCase(),
      });
    } else {
      tokens.push({
        text: raw,
        norm: raw,
        start,
        end: start + raw.length,
        kind: m[2] ? 'num' : 'punct',
        cap: false,
      });
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
