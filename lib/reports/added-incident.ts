/**
 * An incident the reader missed, added by the editor on the review screen: an empty incident
 * in the review's own shape (so the same schema checks it), and the report's sentences, one of
 * which the editor picks as its evidence. Pure; runs in the browser.
 */
import type { ReviewCasualtyInput, ReviewIncidentInput } from './review-schema';

export interface TextSentence {
  from: number;
  to: number;
  text: string;
}

/**
 * The text cut at sentence ends and line breaks, offsets into the text as given. Rougher than
 * the reader's splitter ("Gen." ends a sentence here), which is fine for choosing evidence:
 * the editor sees each choice and the span always quotes the text exactly.
 */
export function reportSentences(text: string): TextSentence[] {
  const out: TextSentence[] = [];
  const re = /[^\n.!?]*(?:[.!?]+["”’)]*|\n|$)/g;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 1) out.push({ from: m.index + lead, to: m.index + lead + body.length, text: body });
  }
  return out;
}

export function emptyIncident(): ReviewIncidentInput {
  return {
    added: true,
    decision: 'create',
    mergeInto: null,
    date: '',
    dateEnd: null,
    datePrecision: 'day',
    dateNote: null,
    type: 'attack',
    title: '',
    placeKey: null,
    placeMatchedText: null,
    placeText: null,
    casualties: [],
    persons: [],
    evidenceSpans: [],
    // The editor's word, not a guess.
    confidence: 1,
    flags: [],
  };
}

/** A claim the reader missed; its evidence is the incident's, quoted from the text. */
export function emptyCasualty(evidence: string): ReviewCasualtyInput {
  return {
    accepted: true,
    kind: 'killed',
    count: '',
    hedge: 'exact',
    affiliation: 'unknown',
    country: null,
    persons: [],
    evidence,
  };
}

export const quoteSpans = (text: string, spans: readonly { from: number; to: number }[]) =>
  spans.map((s) => text.slice(s.from, s.to)).join(' ');
