/**
 * Sentence splitting with exact offsets into the original text, so every piece of evidence can
 * be pointed at: `text.slice(from, to)` is the sentence. A linear scan, no backtracking regex.
 */
import { isRealDate } from '../dates/iso-date';
import { SHORT_MONTHS } from './date-words';
import { foldWord } from './tokens';
import { wordSet } from './words';

export interface Sentence {
  index: number;
  from: number;
  to: number;
  text: string;
  /** Blocks separated by blank lines. */
  paragraph: number;
  /** A line with no closing punctuation, short: a headline or cross-heading, not a claim. */
  headline: boolean;
  /** Links to other stories, social-media prompts, photo credits: never evidence. */
  boilerplate: boolean;
  /** A stray "date 2025-04-03" written ahead of the sentence (kept out of `text`). */
  metaDate: string | null;
  /** A clause read on its own: the index of the sentence it was split from (clauses.ts). */
  clauseOf?: number;
}

// Abbreviations after which a full stop does not end a sentence (compared folded, no dots); months too (date-words.ts).
const ABBREVIATIONS = wordSet(`
  mr mrs ms dr prof gen lt col maj capt sgt cpl insp supt cmdr comdr gov sen rep rev hon
  pres st ste mt no nos jr sr inc ltd co corp vs approx am pm eg ie av ave blvd rte ft pc amb adm brig cdt
`);

const DOTTED = wordSet('us un uk eu');

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
const BOILERPLATE =
  /^(?:also read|read also|read more|related|see also|follow (?:us|our)|subscribe|click here|sign up|advertisement|share this|(?:file )?(?:photo|image|credit)s?(?: caption)?\s*:|caption\s*:|légende\s*:)/i;
const META_PREFIX = /^(?:date|dated|published|updated|posted)\s*:?\s*(\d{4}-\d{2}-\d{2})\b\s*/i;

function isUpperStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch >= '0' && ch <= '9') return true;
  if (OPENERS.has(ch)) return true;
  return ch !== ch.toLowerCase();
}

function wordBefore(line: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && /[\p{L}.]/u.test(line[k] ?? '')) k--;
  return line.slice(k + 1, i);
}

function endsSentenceAt(line: string, i: number): boolean {
  const word = wordBefore(line, i);
  const bare = word.replace(/\./g, '');
  if (bare === '') return true;
  // « 08 déc. 2024 »: French abbreviations carry accents.
  if (ABBREVIATIONS.has(foldWord(bare)) || SHORT_MONTHS.has(foldWord(bare))) return false;
  // "the U.N. Security Council", but "according to the UN. Kenya's ministry said …".
  if (DOTTED.has(bare.toLowerCase())) return !word.includes('.');
  // A single capital letter is an initial ("J. Kariuki").
  return !(bare.length === 1 && bare !== bare.toLowerCase());
}

/** Offsets [start, end) of the sentences within one line. */
function splitLine(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < line.length && (line[j] === '.' || line[j] === '!' || line[j] === '?')) j++;
    while (j < line.length && CLOSERS.has(line[j] ?? '')) j++;
    if (j >= line.length || !/\s/.test(line[j] ?? '')) continue;
    let k = j;
    while (k < line.length && /\s/.test(line[k] ?? '')) k++;
    if (k >= line.length || !isUpperStart(line[k])) continue;
    if (c === '.' && j === i + 1 && !endsSentenceAt(line, i)) continue;
    out.push([start, j]);
    start = k;
    i = k - 1;
  }
  if (start < line.length) out.push([start, line.length]);
  return out;
}

function trimRange(text: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  return [a, b];
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  let blankSeen = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      blankSeen = true;
    } else {
      if (blankSeen && sentences.length > 0) paragraph++;
      blankSeen = false;
      const trimmedLine = line.trimEnd();
      // The last line of a body cut off mid-sentence ("…a total of 2,500 pers") is text, not a heading.
      const cutOff = sentences.length > 0 && text.slice(lineEnd).trim() === '';
      const lineIsHeadline =
        !cutOff && !/[.!?:;"”’)…]$/.test(trimmedLine) && trimmedLine.split(/\s+/).length <= 14;
      const parts = splitLine(line);
      for (const [a0, b0] of parts) {
        let [from, to] = trimRange(text, lineStart + a0, lineStart + b0);
        if (to <= from) continue;
        let metaDate: string | null = null;
        const meta = META_PREFIX.exec(text.slice(from, to));
        if (meta && sentences.length === 0) {
          metaDate = isRealDate(meta[1] ?? '') ? (meta[1] ?? null) : null;
          [from, to] = trimRange(text, from + meta[0].length, to);
        }
        const body = text.slice(from, to);
        sentences.push({
          index: sentences.length,
          from,
          to,
          text: body,
          paragraph,
          headline: lineIsHeadline && parts.length === 1,
          boilerplate: body === '' || BOILERPLATE.test(body),
          metaDate,
        });
      }
    }
    lineStart = lineEnd + 1;
  }
  return sentences.filter((s) => s.to > s.from || s.metaDate !== null);
}
