/**
 * Deployments: how many personnel a country (or the whole mission) sent, has on the ground, or
 * plans to send. "Kenya deployed 800 police officers to Haiti last June" is an arrival in June
 * 2024; "the current deployment of nearly 900 officers … from Kenya and other contributing
 * nations" is the mission's strength when the report was published; "is expected to include
 * 2,500 personnel" is planned. A share ("nearly three-quarters of whom are Kenyan") gives a
 * derived figure for that country.
 */

import type { SentenceFacts } from './analyze';
import type { DateMention } from './dates';
import {
  clauseAround,
  FORCE_NAMES,
  GROUP_SUBJECT,
  GSF_TOTAL,
  lastCountryIn,
  MSS_TOTAL,
  missionAt,
  ownerOf,
  type ReportContext,
  reportContext,
  type Tokens,
} from './deployment-owners';
import { evidenceOf } from './evidence';
import { contingentCountryAt, MISSION_WORDS } from './lexicon';
import { hedgeBefore, parseFractionAt, parseNumberAt } from './numbers';
import type { DatePrecision, DeploymentDraft } from './schema';
import { normsOf } from './tokens';
import { wordSet } from './words';

const PERSONNEL = wordSet(`
  officers police personnel troops soldiers members agents peacekeepers policemen marines officials
  staff cadets policiers soldats militaires hommes membres troupes effectifs personnes casques
  personnels gendarmes polisye solda
`);
const BETWEEN = wordSet(`
  more additional extra new other security police military armed foreign uniformed senior kenyan jamaican
  guatemalan salvadoran belizean bahamian beninese chadian bangladeshi barbadian national special forces
  royal defence defense and de d supplementaires nouveaux autres etrangers premiers premieres first
`);
/** "a six-member team", "the 5,500-strong force". */
const GROUP_SIZE = wordSet('member strong man person');
const DEPLOY_CUE =
  /\b(?:deploy(?:ed|ing|s|ment)?|sent|send(?:ing|s)?|dispatch(?:ed|ing)?|arriv(?:ed|al|ing|es)|landed|touched down|(?:leav(?:e|es|ing)|head(?:s|ed|ing)?|bound|fly(?:ing)?|travel(?:l?ing)?)(?: \w+)? (?:for|to) haiti\b|consists? of|comprising|compris(?:es|ed)|numbering|strength|strong|contribut(?:ed|e|es|ing)|pledged|committed|to include|expected|boots on the ground|now (?:has|numbers|stands)|totall?ing|reinforcements?|contingent of|force of|numbers|(?:has|have|had)(?: [a-z]+){0,3} \d|there (?:are|were) (?:now )?(?:about|around|some|nearly|over|more than|\d))/i;
/** Weaker cues ("including six staff members" is not a deployment): only where a contingent or mission is named. */
const GROUP_CUE = /\b(?:join(?:ed|ing|s)?|stationed|consisting of|made up of|includ(?:es|ed|ing))\b/i;
const PLANNED =
  /\b(?:expected to|will|would|plans? to|planned|pledged|promised|committed to|authori[sz](?:ed|ing|es?)|(?:is|are) to|set to|to be deployed|aims? to|intends? to|supposed to|proposed|envisaged|voted|transform(?:ed|ing)? into)\b/i;
const ARRIVAL = /\b(?:arrived|arrival|landed|deployed|sent|dispatched|flew in|touched down)\b/i;
// French and Kreyòl: "un contingent de 200 policiers kényans est arrivé", "doit compter au total
// 2.500 personnes", "portant le nombre à 600". Letters on neither side: \b does not know "é".
const FR = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu');
const DEPLOY_CUE_FR = FR(
  "déploy(?:é|ée|és|ées|er|ait|aient)|déploiement|arrivé(?:e|s|es)?|arrivée|atterri|débarqué(?:e|s|es)?|envoy(?:é|és|er|ant)|attendu(?:e|s|es)?|contingent de|renforts?|effectifs?|portant (?:le nombre|l[’']effectif|le total|leur nombre)|compter au total|composée? de|rive|debake",
);
const PLANNED_FR = FR(
  "doit|doivent|devra|devront|devrait|devraient|prévue?s?|promis|s[’']était proposée?|en envoyant|autorisée?s?|envisagée?s?|attendus?|pwomet",
);
const ARRIVAL_FR = FR('arrivé(?:e|s|es)?|arrivée|atterri|débarqué(?:e|s|es)?|déployé(?:e|s|es)?|rive|debake');
/** "portant le nombre à 600", "bringing the total number of Kenyan officers to 600": a running total the number states with no noun of its own. */
const TOTAL_TO =
  /(?:portant (?:le nombre|l[’']effectif|le total|leur nombre|leur effectif)(?: [^,.;]{0,40})? à|(?:bringing|raising|taking|pushing) (?:(?:the (?:total )?number|the total) of (?:(?!(?:with|in|from|of|for|to)\s)[^\s,.;]+ ){0,3}(?:officers|troops|soldiers|police(?:men)?|personnel|members|agents|peacekeepers)\b|its (?:total )?strength|their (?:number|strength)|the (?:force|contingent|mission)(?:['’]s)?(?: total)? strength)(?: [^,.;]{0,30})? to(?: about| around| some| nearly| roughly| more than| over| at least)?)$/iu;
/** "portant le total des victimes à 20", "bringing the number of officers killed to 45": a toll's running total, not a force's. */
const TOLL_TOTAL =
  /portant (?:le nombre|le total|le bilan|leur nombre)(?: (?:provisoire|global|total))? (?:des |de |d['’])(?:victimes|morts|décès|tués|blessés|disparus|personnes (?:tuées|blessées))|(?:bringing|raising|taking|pushing) the (?:total )?(?:number|total)[^,.;]*\b(?:killed|dead|deaths|died|victims|casualties|injured|wounded|missing|kidnapped)\b/iu;
const PERFECT = /\b(?:has|have) (?:now )?(?:deployed|sent)\b|\bhave been deployed\b/i;
const SHARE_OF = wordSet('whom them these those which');

function partial(d: DateMention): { date: string; precision: DatePrecision } | null {
  if (!d.date) return null;
  if (d.precision === 'day') return { date: d.date, precision: 'day' };
  return { date: d.date.slice(0, 7), precision: d.precision === 'week' ? 'month' : d.precision };
}

interface Head {
  /** Token index of the noun that says the number counts people. */
  noun: number;
  /** A country named between the number and the noun ("800 Kenyan officers"). */
  country: string | null;
}

/**
 * The people a number counts: "800 Kenyan police officers", "six Royal Bahamas Defence Forces",
 * "150 RBDF", "a six-member team", "the 5,500-strong force", or a noun cut off by the end of the
 * text ("a total of 2,500 pers").
 */
function headAfter(tokens: Tokens, end: number, ctx: ReportContext): Head | null {
  const norms = normsOf(tokens);
  if ((tokens[end]?.text === '-' || tokens[end]?.text === '–') && GROUP_SIZE.has(norms[end + 1] ?? ''))
    return { noun: end + 1, country: null };
  let country: string | null = null;
  let j = end;
  while (j < tokens.length && j - end < 5 && !PERSONNEL.has(norms[j] ?? '')) {
    const c = contingentCountryAt(norms, j);
    if (c) {
      country = c.country;
      j += c.length;
    } else if (
      BETWEEN.has(norms[j] ?? '') ||
      (country && FORCE_NAMES.has(norms[j] ?? '')) ||
      tokens[j]?.text === '-'
    )
      j++;
    else break;
  }
  const w = norms[j] ?? '';
  if (PERSONNEL.has(w)) return { noun: j, country };
  const acronym = ctx.forceAcronyms.get(w);
  if (acronym) return { noun: j, country: country ?? acronym };
  if (country && j > end && FORCE_NAMES.has(norms[j - 1] ?? '')) return { noun: j - 1, country };
  const last = tokens[j];
  if (j === tokens.length - 1 && last?.kind === 'word' && w.length >= 3 && !tokens[j + 1]) {
    for (const noun of PERSONNEL) if (noun.startsWith(w)) return { noun: j, country };
  }
  return null;
}

/**
 * "170 soldiers and 30 police officers", "20 military and four police officers": one figure.
 * `from` is the noun of the first count, or the token after its number when it has none.
 */
function addedAfter(
  tokens: Tokens,
  from: number,
  ctx: ReportContext,
): { value: number; noun: number } | null {
  let k = from;
  while (k < tokens.length && k - from < 3 && tokens[k]?.norm !== 'and' && BETWEEN.has(tokens[k]?.norm ?? ''))
    k++;
  if (tokens[k]?.norm !== 'and') return null;
  const n = parseNumberAt(tokens, k + 1);
  const head = n && headAfter(tokens, n.end, ctx);
  return n && head ? { value: n.value, noun: head.noun } : null;
}

/** "the four officers", "among the 20 soldiers": people already counted; "out of the 250" is not. */
function refersBack(tokens: Tokens, start: number): boolean {
  const before = tokens[start - 1]?.norm ?? '';
  return (
    // French "les" is any definite subject ("Les 400 policiers kényans … sont arrivés"); "ces" points back.
    (before === 'the' || before === 'these' || before === 'those' || before === 'ces') &&
    tokens[start - 2]?.norm !== 'of' &&
    tokens[start - 2]?.norm !== 'de'
  );
}

export function extractDeployments(facts: SentenceFacts[], publishedAt: string | null): DeploymentDraft[] {
  const out: DeploymentDraft[] = [];
  const ctx = reportContext(facts);
  for (const f of facts) {
    if (f.skip) continue;
    const norms = normsOf(f.tokens);
    const text = f.sentence.text;
    const country = lastCountryIn(norms);
    const named =
      country !== null ||
      norms.some((w, i) => MISSION_WORDS.has(w) || missionAt(norms, i) !== null) ||
      (ctx.lastCountry !== null && GROUP_SUBJECT.test(text));
    if (
      DEPLOY_CUE.test(text) ||
      (f.lang !== 'en' && DEPLOY_CUE_FR.test(text)) ||
      (named && GROUP_CUE.test(text))
    )
      readSentence(f, { ctx, publishedAt, out });
    ctx.lastCountry = country ?? ctx.lastCountry;
  }
  return dedupe(out);
}

function readSentence(
  f: SentenceFacts,
  { ctx, publishedAt, out }: { ctx: ReportContext; publishedAt: string | null; out: DeploymentDraft[] },
): void {
  const { tokens } = f;
  const taken = new Set<number>();
  for (const c of f.casualties) for (let k = c.phrase.tokStart; k < c.phrase.tokEnd; k++) taken.add(k);
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const n = parseNumberAt(tokens, i);
    if (!n || n.value < 2 || (n.value >= 1990 && n.value <= 2039 && tokens[i]?.kind === 'num')) continue;
    const hedge = hedgeBefore(tokens, n.start);
    const before = f.sentence.text.slice(0, (tokens[n.start]?.start ?? 0) - f.sentence.from).trimEnd();
    const runningCount = TOTAL_TO.test(before) && !TOLL_TOTAL.test(before);
    const own = headAfter(tokens, n.end, ctx) ?? (runningCount ? { noun: n.end - 1, country: null } : null);
    const added = addedAfter(tokens, own ? own.noun + 1 : n.end, ctx);
    // "20 military and four police officers": the noun of the second count names both.
    const head = own ?? (added && { noun: added.noun, country: null });
    // "the 5,500-strong force" describes a force; "the four officers" refers back to people.
    const sized = own !== null && GROUP_SIZE.has(tokens[own.noun]?.norm ?? '');
    if (!head || (!sized && refersBack(tokens, hedge.start))) {
      i = (added?.noun ?? n.end) - 1;
      continue;
    }
    // "portant le nombre à 600": the total of the people the sentence has been counting.
    const runningTotal = own !== null && own.noun < n.end && runningCount;
    const country = runningTotal
      ? (lastCountryIn(normsOf(tokens)) ??
        ownerOf(f, { start: n.start, noun: head.noun, between: null }, ctx))
      : ownerOf(f, { start: n.start, noun: head.noun, between: head.country }, ctx);
    const text = f.sentence.text;
    const [from, to] = clauseAround(tokens, n.start);
    const lo = tokens[from]?.start ?? f.sentence.from;
    const hi = tokens[to - 1]?.end ?? f.sentence.to;
    const local = text.slice(lo - f.sentence.from, hi - f.sentence.from);
    // Dates in the number's own clause, or in an opening "In June 2024," that sets the scene.
    const opening = from > 0 ? clauseAround(tokens, 0) : null;
    // "Arrived earlier this year" says nothing of the month: such a figure is dated as reported.
    const ownDates = f.dates.filter(
      (d) =>
        d.resolved &&
        d.precision !== 'year' &&
        ((d.start >= lo && d.start < hi) ||
          (opening !== null &&
            d.end <= (tokens[opening[1] - 1]?.end ?? 0) &&
            /^(?:in|on|last|since|by)\b/i.test(text))),
    );
    const kind: DeploymentDraft['kind'] =
      PLANNED.test(local) || PLANNED_FR.test(local)
        ? 'planned'
        : (ARRIVAL.test(local) || ARRIVAL_FR.test(local)) &&
            !PERFECT.test(local) &&
            !TOTAL_TO.test(before) &&
            ownDates.some((d) => d.role === 'point')
          ? 'arrival'
          : 'strength';
    const month = publishedAt?.slice(0, 7) ?? null;
    // A plan is for now or later: a past month read from "in November" is next November, which
    // the date alone cannot tell, so the plan is dated when it was reported.
    const dated = ownDates.find(
      (d) =>
        (d.role === 'point' || (kind === 'planned' && d.role === 'deadline')) &&
        !(kind === 'planned' && month && (d.date ?? '').slice(0, 7) < month),
    );
    const when = (dated && partial(dated)) ?? (month ? { date: month, precision: 'month' as const } : null);
    const base = {
      hedge: hedge.hedge,
      date: when?.date ?? null,
      datePrecision: when?.precision ?? null,
      kind,
      ...evidenceOf([f.sentence]),
    };
    out.push({
      ...base,
      country,
      personnel: n.value + (added?.value ?? 0),
      note: dated ? null : when ? 'as of the publication month' : null,
    });
    const end = added?.noun ?? head.noun;
    const share = shareAfter(f, end + 1);
    if (share && (country === MSS_TOTAL || country === GSF_TOTAL)) {
      const first = tokens[hedge.start];
      const total = first
        ? text.slice(first.start - f.sentence.from, (tokens[end]?.end ?? first.end) - f.sentence.from)
        : '';
      out.push({
        ...base,
        country: share.country,
        personnel: Math.round(n.value * share.share),
        hedge: 'about',
        note: `derived: ${share.words} of ${total}`,
      });
    }
    i = end;
  }
}

/** "—nearly three-quarters of whom are Kenyan": the share and the country. */
function shareAfter(
  f: SentenceFacts,
  from: number,
): { share: number; country: string; words: string } | null {
  const { tokens } = f;
  const norms = normsOf(tokens);
  for (let i = from; i < Math.min(tokens.length, from + 6); i++) {
    const fr = parseFractionAt(tokens, i);
    const last = tokens[fr ? fr.end - 1 : i];
    const first = tokens[i];
    if (!fr || !first || !last || norms[fr.end] !== 'of' || !SHARE_OF.has(norms[fr.end + 1] ?? '')) continue;
    for (let k = fr.end + 2; k < Math.min(tokens.length, fr.end + 6); k++) {
      const c = contingentCountryAt(norms, k);
      const words = f.sentence.text.slice(first.start - f.sentence.from, last.end - f.sentence.from);
      if (c) return { share: fr.share, country: c.country, words };
    }
  }
  return null;
}

/**
 * One row per figure: a report that repeats "six Bahamian soldiers" (once dated, once not)
 * records one arrival, the dated mention kept.
 */
function dedupe(all: DeploymentDraft[]): DeploymentDraft[] {
  // "200 policiers kényans … un nouveau contingent de 200 agents": the same people, the country's.
  const list = all.filter(
    (d) =>
      d.country !== MSS_TOTAL ||
      !all.some(
        (o) =>
          o !== d &&
          o.country !== MSS_TOTAL &&
          o.country !== GSF_TOTAL &&
          o.personnel === d.personnel &&
          o.kind === d.kind,
      ),
  );
  const kept = new Map<string, DeploymentDraft>();
  for (const d of list) {
    const key = `${d.country}|${d.personnel}`;
    const seen = kept.get(key);
    if (!seen || (seen.note !== null && d.note === null)) kept.set(key, d);
  }
  return list.filter((d) => kept.get(`${d.country}|${d.personnel}`) === d);
}
