/**
 * The language of one sentence: English, French or Kreyòl, told by its function words (the
 * articles, prepositions and auxiliaries every sentence has and no two of these languages
 * share), with the report's language (franc, language.ts) deciding a sentence with too few to
 * tell. Read once per sentence from its tokens: the French and Kreyòl patterns then run only on
 * French and Kreyòl sentences, so an English report pays nothing for them, and a French quotation
 * in an English report (or an English passage in a French one) is still read in its own language.
 */
import type { ReportLanguage } from './language';
import type { Token } from './tokens';
import { wordSet } from './words';

export type SentenceLanguage = 'en' | 'fr' | 'ht';

// Folded (tokens.ts): "été" is "ete", "à" is "a" (told apart by how it is written, below).
// Words two of the languages share ("a", "la", "se", "pa", "an") or that are also a name or a
// noun in another ("un" is the UN, "son" a son) are left out.
const ENGLISH = wordSet(`
  the and was were of in on at with said says has have had is are to by after for from that this
  who which been it its they their he she his her but or not when while than these those
`);
const FRENCH = wordSet(`
  le les des une du de et est sont ete dans avec au aux qui que ont pour par sur ils elle elles
  leur leurs ces cette ce cet sa ses selon lors entre mais ou avait avaient etait apres plusieurs
  aussi deux trois
`);
const KREYOL = wordSet(`
  nan yo ak pou ki te li gen sou lan yon nou mwen kote apre tou anko deja fe di lanmo moun kounye
`);

/** Each function word and its language, for one look-up per token. */
const FUNCTION_WORDS = new Map<string, SentenceLanguage>([
  ...[...KREYOL].map((w): [string, SentenceLanguage] => [w, 'ht']),
  ...[...FRENCH].map((w): [string, SentenceLanguage] => [w, 'fr']),
  ...[...ENGLISH].map((w): [string, SentenceLanguage] => [w, 'en']),
]);

function hyphenAt(t: Token | undefined, at: number): boolean {
  return t !== undefined && (t.text === '-' || t.text === '‑') && (t.end === at || t.start === at);
}

/** The sentence's language from its tokens; `report` decides a sentence that does not tell. */
export function sentenceLanguage(tokens: readonly Token[], report: ReportLanguage | null): SentenceLanguage {
  let english = 0;
  let french = 0;
  let kreyol = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== 'word') continue;
    const lang = FUNCTION_WORDS.get(t.norm);
    // Inside a hyphenated name it is no function word: "Port-au-Prince", "Croix-des-Bouquets".
    if (lang !== undefined && (hyphenAt(tokens[i - 1], t.start) || hyphenAt(tokens[i + 1], t.end))) continue;
    if (lang === 'en') english++;
    // "à" is French; "a" alone is English (or a French/Kreyòl verb): left out.
    else if (lang === 'fr' || t.text === 'à' || t.text === 'À') french++;
    else if (lang === 'ht') kreyol++;
  }
  const other = french + kreyol;
  if (english > other) return 'en';
  if (other > english) return kreyol > french ? 'ht' : 'fr';
  return report === 'fr' || report === 'ht' ? report : 'en';
}
