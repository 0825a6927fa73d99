/**
 * Numbers as reporters write them — "1,000", "3000", "twenty-five", "a dozen", "one million",
 * "more than a million" — with the hedge that qualifies them ("nearly", "at least", "up to").
 */

import { ABOUT_NOUNS, FRACTIONS, KREYOL_PEOPLE, KREYOL_SMALL, SCALES, TENS, UNITS } from './number-words';
import type { Hedge } from './schema';
import type { Token } from './tokens';

export interface NumberMatch {
  value: number;
  /** Token index of the first token of the number. */
  start: number;
  /** Token index just past the number. */
  end: number;
  /** "une dizaine", "une centaine": the number is itself approximate. */
  approximate?: boolean;
}

function isHyphen(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && (t.text === '-' || t.text === '–');
}

/** A run of number words from `i` ("twenty-five", "one hundred and twenty", "two million"). */
function parseWords(tokens: Token[], i: number): NumberMatch | null {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  while (j < tokens.length) {
    const w = tokens[j]?.norm ?? '';
    // "quatre-vingt(s)": four twenties.
    if (w === 'quatre' && isHyphen(tokens[j + 1]) && /^vingts?$/.test(tokens[j + 2]?.norm ?? '')) {
      current += 80;
      any = true;
      j += 3;
      if (
        isHyphen(tokens[j]) &&
        (UNITS.has(tokens[j + 1]?.norm ?? '') || TENS.has(tokens[j + 1]?.norm ?? ''))
      )
        j++;
      continue;
    }
    if (UNITS.has(w)) current += UNITS.get(w) ?? 0;
    else if (TENS.has(w)) current += TENS.get(w) ?? 0;
    // « cent quinze », « mille morts »: French writes no "one" before them (not « pour cent »).
    else if (!any && (w === 'cent' || w === 'mille') && !/^(?:pour|per)$/.test(tokens[j - 1]?.norm ?? ''))
      current = SCALES.get(w) ?? 0;
    else if (SCALES.has(w) && any) {
      const scale = SCALES.get(w) ?? 1;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else if (
      // "one hundred and twenty", « vingt et un »: never "two and three" nor "twenty and one", two numbers.
      any &&
      ((w === 'and' && SCALES.has(tokens[j - 1]?.norm ?? '')) ||
        (w === 'et' && (TENS.has(tokens[j - 1]?.norm ?? '') || SCALES.has(tokens[j - 1]?.norm ?? '')))) &&
      (UNITS.has(tokens[j + 1]?.norm ?? '') || TENS.has(tokens[j + 1]?.norm ?? ''))
    ) {
      j++;
      continue;
    } else break;
    any = true;
    j++;
    // "twenty-five": a hyphen joins tens and units.
    if (isHyphen(tokens[j]) && (UNITS.has(tokens[j + 1]?.norm ?? '') || TENS.has(tokens[j + 1]?.norm ?? '')))
      j++;
  }
  return any ? { value: total + current, start: i, end: j } : null;
}

/** "1 500": digit groups of three after a space, as French writes thousands. */
function spacedThousands(tokens: Token[], i: number): NumberMatch | null {
  const t = tokens[i];
  if (!t || !/^[1-9]\d{0,2}$/.test(t.text)) return null;
  let value = Number(t.text);
  let j = i + 1;
  for (let prev = t; ; ) {
    const g = tokens[j];
    if (g?.kind !== 'num' || !/^\d{3}$/.test(g.text) || g.start !== prev.end + 1) break;
    value = value * 1000 + Number(g.text);
    prev = g;
    j++;
  }
  return j > i + 1 ? { value, start: i, end: j } : null;
}

/** The number starting at token `i`, or null. */
export function parseNumberAt(tokens: Token[], i: number): NumberMatch | null {
  const t = tokens[i];
  if (!t) return null;
  const next = tokens[i + 1]?.norm ?? '';
  if (t.kind === 'num') {
    // "1.500" (French thousands) and "1 500" (a space, often a narrow no-break one) are 1500.
    if (/^[1-9]\d{0,2}(\.\d{3})+$/.test(t.text)) {
      return { value: Number(t.text.replace(/\./g, '')), start: i, end: i + 1 };
    }
    const spaced = spacedThousands(tokens, i);
    if (spaced) return spaced;
    const scale = SCALES.get(next);
    // « 1,5 million de personnes »: a French decimal comma before a scale.
    if (/^\d+,\d{1,2}$/.test(t.text) && scale && scale >= 1e6)
      return { value: Math.round(Number(t.text.replace(',', '.')) * scale), start: i, end: i + 2 };
    if (!/^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$/.test(t.text)) return null;
    const base = Number(t.text.replace(/,/g, ''));
    if (scale && scale >= 1000) return { value: Math.round(base * scale), start: i, end: i + 2 };
    return { value: base, start: i, end: i + 1 };
  }
  if (t.kind !== 'word') return null;
  // Kreyòl « de moun », « sèt polisye », « de lòt moun »: "de" and "sèt" are two and seven before a
  // Kreyòl noun for people (as French words they never stand there).
  const kreyol = KREYOL_SMALL.get(t.norm);
  if (kreyol && KREYOL_PEOPLE.has(next === 'lot' ? (tokens[i + 2]?.norm ?? '') : next))
    return { value: kreyol, start: i, end: i + 1 };
  // "une dizaine", "une centaine de": about so many.
  if ((t.norm === 'une' || t.norm === 'un' || t.norm === 'yon') && ABOUT_NOUNS.has(next))
    return { value: ABOUT_NOUNS.get(next) ?? 0, start: i, end: i + 2, approximate: true };
  // "a dozen", "a million", "half a million", "a hundred".
  if ((t.norm === 'a' || t.norm === 'an') && next === 'dozen') return { value: 12, start: i, end: i + 2 };
  if ((t.norm === 'a' || t.norm === 'an') && SCALES.get(next))
    return { value: SCALES.get(next) ?? 0, start: i, end: i + 2 };
  if (t.norm === 'half' && tokens[i + 1]?.norm === 'a' && tokens[i + 2]?.norm === 'dozen')
    return { value: 6, start: i, end: i + 3 };
  if (t.norm === 'half' && tokens[i + 1]?.norm === 'a' && SCALES.get(tokens[i + 2]?.norm ?? '')) {
    return { value: (SCALES.get(tokens[i + 2]?.norm ?? '') ?? 0) / 2, start: i, end: i + 3 };
  }
  // "UN" is the United Nations and "Sept." a month, not one and seven.
  if (t.text === 'UN' || (t.norm === 'sept' && t.cap)) return null;
  const words = parseWords(tokens, i);
  if (words && tokens[words.end]?.norm === 'dozen') {
    return { value: words.value * 12, start: i, end: words.end + 1 };
  }
  return words;
}

const HEDGES: Array<[string[], Hedge]> = [
  [['at', 'least'], 'at_least'],
  // "between 15 and 20": the lower end, a floor.
  [['between'], 'at_least'],
  [['entre'], 'at_least'],
  [['no', 'fewer', 'than'], 'at_least'],
  [['no', 'less', 'than'], 'at_least'],
  [['more', 'than'], 'at_least'],
  [['in', 'excess', 'of'], 'at_least'],
  [['upwards', 'of'], 'at_least'],
  [['over'], 'at_least'],
  [['above'], 'at_least'],
  [['up', 'to'], 'at_most'],
  [['at', 'most'], 'at_most'],
  [['no', 'more', 'than'], 'at_most'],
  [['fewer', 'than'], 'at_most'],
  [['less', 'than'], 'at_most'],
  [['nearly'], 'about'],
  [['almost'], 'about'],
  [['around'], 'about'],
  [['about'], 'about'],
  [['some'], 'about'],
  [['approximately'], 'about'],
  [['roughly'], 'about'],
  [['an', 'estimated'], 'about'],
  [['estimated'], 'about'],
  [['close', 'to'], 'about'],
  [['nearly', 'all'], 'about'],
  [['au', 'moins'], 'at_least'],
  [['pas', 'moins', 'de'], 'at_least'],
  [['plus', 'de'], 'at_least'],
  [['plus', 'd'], 'at_least'],
  [['plus', 'd', '’'], 'at_least'],
  [['plus', 'd', "'"], 'at_least'],
  [['au', 'moins', 'de'], 'at_least'],
  [['moins', 'de'], 'at_most'],
  [['au', 'plus'], 'at_most'],
  [['jusqu', '’', 'a'], 'at_most'],
  [['jusqu', "'", 'a'], 'at_most'],
  [['pres', 'de'], 'about'],
  [['environ'], 'about'],
  [['quelque'], 'about'],
  [['quelques'], 'about'],
  [['omwen'], 'at_least'],
  [['plis', 'pase'], 'at_least'],
  [['anviwon'], 'about'],
];

/** The hedge written just before token `i` ("at least" 70), and where it starts. */
export function hedgeBefore(tokens: Token[], i: number): { hedge: Hedge; start: number } {
  for (const [words, hedge] of HEDGES) {
    const s = i - words.length;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (tokens[s + k]?.norm !== words[k]) {
        ok = false;
        break;
      }
    }
    // "just over", "well over" keep the hedge of the word they qualify.
    if (ok) return { hedge, start: ['just', 'well'].includes(tokens[s - 1]?.norm ?? '') ? s - 1 : s };
  }
  return { hedge: 'exact', start: i };
}

/** A share written from token `i`: "three-quarters", "two thirds", "a third", "half", "60 percent". */
export function parseFractionAt(tokens: Token[], i: number): { share: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') {
    const unit = tokens[i + 1]?.text ?? '';
    if (unit === '%') return { share: Number(t.text) / 100, end: i + 2 };
    if (unit.toLowerCase() === 'percent') return { share: Number(t.text) / 100, end: i + 2 };
    if (unit.toLowerCase() === 'per' && tokens[i + 2]?.norm === 'cent') {
      return { share: Number(t.text) / 100, end: i + 3 };
    }
    return null;
  }
  if (t.norm === 'half') return { share: 0.5, end: i + 1 };
  let j = i;
  let numerator = 1;
  if (t.norm === 'a' || t.norm === 'one') j = i + 1;
  else if (UNITS.has(t.norm)) {
    numerator = UNITS.get(t.norm) ?? 1;
    j = i + 1;
  }
  if (isHyphen(tokens[j])) j++;
  const denominator = FRACTIONS.get(tokens[j]?.norm ?? '');
  if (denominator === undefined || j === i) return null;
  return { share: numerator * denominator, end: j + 1 };
}

/**
 * "a soldier of the Armed Forces of Haiti (FAd'H) and nine residents": an acronym in brackets
 * repeats the name before it; read without it, lists and phrases run on (the text is kept).
 */
export function withoutAcronymAsides(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.text === '(')) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    let close = -1;
    if (t.text === '(')
      for (let k = i + 2; k <= i + 4 && close < 0; k++) if (tokens[k]?.text === ')') close = k;
    const inner =
      close > i
        ? tokens
            .slice(i + 1, close)
            .map((x) => x.text)
            .join('')
        : '';
    const listGoesOn = /^(?:and|et|ak)$/.test(tokens[close + 1]?.norm ?? '');
    if (
      close > i &&
      listGoesOn &&
      /^[A-Z][A-Za-z'’-]{1,7}$/.test(inner) &&
      (inner.match(/[A-Z]/g)?.length ?? 0) >= 2
    ) {
      i = close;
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * « vingt-trois (23) personnes », "three (3) officers": the digits in brackets that repeat the
 * number written before them stand for it, so the phrase reads as one count (the text is kept).
 */
export function withoutNumberEchoes(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.text === '(')) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [open, digits, close] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (open?.text === '(' && digits?.kind === 'num' && close?.text === ')') {
      let written: NumberMatch | null = null;
      for (let k = out.length - 1; k >= 0 && k >= out.length - 5 && !written; k--) {
        const n = out[k]?.kind === 'word' ? parseNumberAt(out, k) : null;
        if (n && n.end === out.length && n.value === Number(digits.text)) written = n;
      }
      // The digits stand for the words: "trois cent douze (312)" reads as 312, whole.
      if (written) {
        out.length = written.start;
        out.push(digits);
        i += 2;
        continue;
      }
    }
    if (open) out.push(open);
  }
  return out;
}
