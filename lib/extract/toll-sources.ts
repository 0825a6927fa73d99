/**
 * Who gives a toll, when a report quotes several for one event: "a indiqué le porte-parole
 * adjoint de la PNH" (police), "le directeur exécutif du RNDDH … a fait état d'une quarantaine"
 * (RNDDH), "according to the United Nations" (UN). Only sources a reader of Haitian news meets
 * again and again are named; anyone else is no attribution at all, never a guess. A sentence whose
 * clauses name different tellers gives each clause's toll its own (clauseSources).
 */

const SOURCES: Array<[RegExp, string]> = [
  [
    /\b(?:PNH|HNP|police nationale|national police|porte-parole de la police|police spokes\w+|la police|the police|lapolis|polis(?: la| nasyonal)|sources? policières?|police sources?)\b/gi,
    'police',
  ],
  [
    /\b(?:RNDDH|Réseau national de défense des droits humains|National Human Rights Defense Network)\b/gi,
    'RNDDH',
  ],
  [/\b(?:CARDH)\b/gi, 'CARDH'],
  [
    /\b(?:police union|syndicats? d(?:e la|es) police|syndicats? des policiers|SPNH(?:-17)?|SYNAPOHA)\b/gi,
    'police union',
  ],
  // Not "the UN-backed Gang Suppression Force", "U.N.-authorised": the force, named by who backs it.
  [/\b(?:BINUH|OHCHR|HCDH|Nations Unies|United Nations|ONU|U\.N\.|UN)(?:\b|(?<=\.))(?![-‑])/g, 'UN'],
  [/\b(?:OIM|IOM|International Organization for Migration)\b/gi, 'IOM'],
  [/\b(?:MSF|Médecins Sans Frontières|Doctors Without Borders)\b/gi, 'MSF'],
  [/\b(?:protection civile|civil protection)\b/gi, 'civil protection'],
  [/\b(?:task force)\b/gi, 'task force'],
  [
    /\b(?:maire|mairie|mayor|majistra|meri|konseye|councill?or|conseiller municipal|municipal|local officials?|local authorities|autorités locales|responsables locaux|élus? locaux|élu local|CASEC|ASEC)\w*/gi,
    'local authorities',
  ],
  [/\b(?:officials|authorities|autorités)\b/gi, 'authorities'],
  [/\b(?:residents|habitants|witnesses|témoins|riverains|abitan)\b/gi, 'residents'],
  [/\b(?:radio station|local radio|local media|médias? locaux|newspaper|journal local)\b/gi, 'media'],
  // "Radio Télé Pacific", "Radio Kiskeya": a station by its name (capitals tell it from "radio interview").
  [/\b(?:Rad(?:io|yo) (?:Télé )?[A-Z]\w+|Télé [A-Z]\w+)/g, 'media'],
  [
    /\b(?:rights groups?|human rights (?:group|organi[sz]ation)s?|organisations? de (?:défense des )?droits humains)\b/gi,
    'rights group',
  ],
  [/\b(?:gouvernement|government|ministère|ministry|ministre|minister|primature)\b/gi, 'government'],
  [/\b(?:hôpital|hospital)\b/gi, 'hospital'],
  [/\b(?:priest|pastor|curé|prêtre|pasteur|parish|paroisse)\b/gi, 'church'],
];

/**
 * The sources in two patterns, one group each, so a sentence is scanned twice, not once per source:
 * those named in any case, and those whose case tells them apart ("UN", not the French « un »).
 */
const combine = (sources: Array<[RegExp, string]>, flags: string) => ({
  re: new RegExp(sources.map(([re]) => `(${re.source})`).join('|'), flags),
  labels: sources.map(([, label]) => label),
});
const ANY_SOURCE = [
  combine(
    SOURCES.filter(([re]) => re.flags.includes('i')),
    'gi',
  ),
  combine(
    SOURCES.filter(([re]) => !re.flags.includes('i')),
    'g',
  ),
];

/** Words that tie a figure to who gives it, in English, French and Kreyòl. */
const REPORTED =
  /(?<![\p{L}])(?:selon|d['’]après|according to|said|says|say|told|reported|estimated|put|puts|putting|gave|gives|give|reconnu|counted|recorded|documented|parle(?:nt)? d(?:e|['’])|évoque|évoquent|avance|avancent|dénombre|recense|appris|learned|learnt|indiqué|déclaré|annoncé|rapporté|précisé|confirmé|affirmé|affirme|indique|déclare|annonce|précise|assure|fai(?:t|sai(?:en)?t) état|dapre|di|pale de)(?![\p{L}])/giu;

/** "Police said", "police and the force said", "according to police": police as the teller, with no article before it. */
const POLICE_TELLING =
  /(?<![\p{L}])[Pp]olice(?= (?:and [^,.]{0,60} )?(?:said|says|say|told|reported|put|puts|estimated)\b)|(?<=[Aa]ccording to |[Ss]elon (?:la )?)police\b/u;

/** ", which relies on hospital records,", ", quoting the mayor,", « , qui cite l'hôpital, ». */
const ASIDE = /,\s*(?:which|who|quoting|citing|relying|qui|citant|selon qui)\b[^,]*,/giu;

const TOLD_TO = /(?:\btold|\bdi|\bto|(?<![\p{L}])à|\bau)\s+(?:the\s+|la\s+)?$/iu;

/** How far from its reporting word a source may be named: "said Frantz Elbé, the director of the PNH". */
const REACH = 80;

/**
 * The source a sentence attributes its figures to, or null when it names none it knows. The source
 * is the one named nearest a reporting word ("two police officers were killed, the UN said": the UN,
 * not the police), within REACH characters of it.
 */
export function tollSource(sentence: string): string | null {
  REPORTED.lastIndex = 0;
  const tellings = [...sentence.matchAll(REPORTED)];
  if (tellings.length === 0) return null;
  let best: { distance: number; label: string } | null = null;
  const consider = (at: number, length: number, label: string) => {
    for (const t of tellings) {
      const distance = at < t.index ? t.index - (at + length) : at - (t.index + t[0].length);
      if (distance <= REACH && (!best || distance < best.distance)) best = { distance, label };
    }
  };
  // "The RNDDH, which relies on hospital records, reported …", "police, quoting the mayor, said":
  // a source named inside an aside is cited, not the teller.
  const asides = [...sentence.matchAll(ASIDE)].map((m) => [m.index, m.index + m[0].length] as const);
  const inAside = (at: number) => asides.some(([a, b]) => at >= a && at < b);
  for (const { re, labels } of ANY_SOURCE)
    for (const m of sentence.matchAll(re)) {
      const label = labels[m.slice(1).findIndex((g) => g !== undefined)];
      // "told the BBC", « di Radyo Kiskeya », « a déclaré à Radio Métropole »: whom it was told to.
      const toldTo = label === 'media' && TOLD_TO.test(sentence.slice(Math.max(0, m.index - 16), m.index));
      if (label && !inAside(m.index) && !toldTo) consider(m.index, m[0].length, label);
    }
  const police = POLICE_TELLING.exec(sentence);
  if (police) consider(police.index, police[0].length, 'police');
  // "Le Réseau citoyen pour la protection des droits (RCPD) avance un tout autre bilan": a group
  // named by its acronym is a teller of its own, known or not.
  if (!best)
    for (const m of sentence.matchAll(ACRONYM))
      if (!NOT_TELLERS.has(m[0]) && !inAside(m.index)) consider(m.index, m[0].length, m[0]);
  return (best as { label: string } | null)?.label ?? null;
}

const ACRONYM = /\b[A-Z]{3,6}\b/g;
/** Forces, missions and wires: named in a sentence, rarely the teller of a rival toll. */
const NOT_TELLERS = new Set(
  'MSS MMAS GSF FRG FSG UDMO USGPN BOID CIMO SWAT DCPJ BLTS FADH CARICOM OAS OEA USA AFP EFE CNN BBC'.split(
    ' ',
  ),
);

const MORE_OR_ELSEWHERE =
  /(?<![\p{L}])(?:more|other|another|additional|third|fourth|later|also|autres?|supplémentaires?|troisième|aussi)(?![\p{L}])|(?<![\p{L}])(?:in|at|à|au)\s+\p{Lu}/u;

/** Where one clause of a sentence ends and the next, with another teller, may begin. */
const CLAUSE_JOIN =
  /,\s+(?:while|whereas|but|although|though|against|contre)\s|;\s|\s(?:tandis que|alors que|même si)\s/gi;

/**
 * The teller of the toll at each offset of a sentence: the sentence's, or each clause's when its
 * clauses name different ones ("The death toll stood at six, police said, while the UN said eight").
 */
export function clauseSources(
  sentence: { text: string; from: number },
  told: number,
): (at: number) => string | null {
  const whole = tollSource(sentence.text);
  if (whole === null) return () => whole;
  const cuts = [...sentence.text.matchAll(CLAUSE_JOIN)].map((m) => m.index);
  // One toll has one teller: its own clause's, when that clause names one ("Police and the force
  // said they had killed at least 12 gang members, but rights groups said civilians were among the dead").
  if (told < 2) {
    if (cuts.length === 0) return () => whole;
    const bounds = [0, ...cuts, sentence.text.length];
    return (at) => {
      const i = bounds.findIndex((end, k) => k > 0 && at < sentence.from + end);
      const own = i > 0 ? tollSource(sentence.text.slice(bounds[i - 1], bounds[i])) : null;
      return own ?? whole;
    };
  }
  // "…, while the UN said a third officer later died", "…, while in Cabaret the UN said six":
  // more victims, or another place, not another count of the same ones.
  const later = cuts.length > 0 ? sentence.text.slice(cuts[0]) : '';
  if (cuts.length === 0 || MORE_OR_ELSEWHERE.test(later)) return () => whole;
  const bounds = [0, ...cuts, sentence.text.length];
  const parts = bounds.slice(1).map((end, i) => ({
    end: sentence.from + end,
    source: tollSource(sentence.text.slice(bounds[i], end)),
  }));
  if (new Set(parts.map((p) => p.source).filter(Boolean)).size < 2) return () => whole;
  return (at) => parts.find((p) => at < p.end)?.source ?? whole;
}
