/**
 * Who gives a toll, when a report quotes several for one event: "a indiqué le porte-parole
 * adjoint de la PNH" (police), "le directeur exécutif du RNDDH … a fait état d'une quarantaine"
 * (RNDDH), "according to the United Nations" (UN). Only sources a reader of Haitian news meets
 * again and again are named; anyone else is no attribution at all, never a guess.
 */

const SOURCES: Array<[RegExp, string]> = [
  [
    /\b(?:PNH|HNP|police nationale|national police|porte-parole de la police|police spokes\w+|la police|the police)\b/i,
    'police',
  ],
  [
    /\b(?:RNDDH|Réseau national de défense des droits humains|National Human Rights Defense Network)\b/i,
    'RNDDH',
  ],
  [/\b(?:CARDH)\b/i, 'CARDH'],
  [/\b(?:BINUH|OHCHR|HCDH|Nations Unies|United Nations|ONU|U\.N\.|UN)\b/, 'UN'],
  [/\b(?:OIM|IOM|International Organization for Migration)\b/i, 'IOM'],
  [/\b(?:MSF|Médecins Sans Frontières|Doctors Without Borders)\b/i, 'MSF'],
  [/\b(?:protection civile|civil protection)\b/i, 'civil protection'],
  [/\b(?:maire|mairie|mayor|municipal)\w*/i, 'local authorities'],
  [/\b(?:gouvernement|government|ministère|ministry|ministre|minister|primature)\b/i, 'government'],
  [/\b(?:hôpital|hospital)\b/i, 'hospital'],
];

/** Words that tie a figure to who gives it, in English, French and Kreyòl. */
const REPORTED =
  /(?<![\p{L}])(?:selon|d['’]après|according to|said|says|told|reported|estimated|indiqué|déclaré|annoncé|rapporté|précisé|confirmé|affirmé|fait état|dapre)(?![\p{L}])/iu;

/** The source a sentence attributes its figures to, or null when it names none it knows. */
export function tollSource(sentence: string): string | null {
  if (!REPORTED.test(sentence)) return null;
  let best: { at: number; label: string } | null = null;
  for (const [re, label] of SOURCES) {
    const m = re.exec(sentence);
    if (m && (!best || m.index < best.at)) best = { at: m.index, label };
  }
  return best?.label ?? null;
}
