/**
 * Deployments: how many personnel a country (or the whole mission) sent, has on the ground, or
 * plans to send. "Kenya deployed 800 police officers to Haiti last June" is an arrival in June
 * 2024; "the current deployment of nearly 900 officers … from Kenya and other contributing
 * nations" is the mission's strength when the report was published; "is expected to include
 * 2,500 personnel" is planned. A share ("nearly three-quarters of whom are Kenyan") gives a
 * derived figure for that country.
 */

import type { SentenceFacts } from './analyze';
import {
  DEPLOY_CUE,
  DEPLOY_CUE_FR,
  GROUP_CUE,
  GROUP_CUE_FR,
  kindOf,
  LEFT_HAITI,
  RUNNING_CUE,
} from './deployment-cues';
import { figureDate } from './deployment-dates';
import { elidedHead, groupSizeHead } from './deployment-elided';
import {
  addedAfter,
  countsMore,
  frenchTotalAfter,
  GROUP_SIZE,
  headAfter,
  laterTotalOwner,
  movedWithinHaiti,
  refersBack,
  runningBefore,
  runningOwner,
} from './deployment-heads';
import { GSF_TOTAL, MSS_TOTAL, missionAt } from './deployment-missions';
import {
  clauseAround,
  GROUP_SUBJECT,
  haitianForceOwns,
  lastCountryIn,
  ownerOf,
  type ReportContext,
  reportContext,
} from './deployment-owners';
import { shareAfter, subgroupAfter } from './deployment-shares';
import { evidenceOf } from './evidence';
import { MISSION_WORDS } from './lexicon';
import { hedgeBefore, parseNumberAt } from './numbers';
import type { DeploymentDraft } from './schema';
import { timelineEntry } from './timeline-entries';
import { normsOf } from './tokens';
import { wordSet } from './words';

const OTHER_COUNT =
  /\s(?:against|versus|vs\.?|compared (?:with|to)|out of|of (?:its|their|the|an?)|contre|sur)\s[^,;]*$/i;

/** "In June 2024,", « En février, », « Jedi pase a, », "Monday,": an opening that sets the day. */
const OPENING_DATE =
  /^(?:in|on|last|since|by|en|depuis|dès|début|fin|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lendi|madi|m[eè]kredi|jedi|vandredi|samdi|dimanch)(?!\p{L})/iu;

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
      RUNNING_CUE.test(text) ||
      (named && (GROUP_CUE.test(text) || (f.lang !== 'en' && GROUP_CUE_FR.test(text))))
    )
      readSentence(f, { ctx, publishedAt, out });
    ctx.lastCountry = country ?? ctx.lastCountry;
    ctx.previousCountry = country;
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
  // A figure read before lends its noun to a count without one ("… but has fewer than 1,000").
  let counted = false;
  // The owner of the figure told last: "has about 1,000 personnel, well short of the 2,500 envisioned".
  let lastOwner: string | null = null;
  // "The GSF now counts 1,800, after 150 Jamaican soldiers arrived, … a third of the 5,550 authorised": the force's plan.
  let missionOwner: string | null = null;
  // "flew 217 officers to Haiti on Sunday, a move that will bring …": the total after an arrival.
  let arrived = false;
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const n = parseNumberAt(tokens, i);
    // A year is four digits: « 2 000 manm » and "2,000 of its authorised 5,550" are counts.
    const year =
      n &&
      n.value >= 1990 &&
      n.value <= 2039 &&
      n.end - n.start === 1 &&
      /^\d{4}$/.test(tokens[i]?.text ?? '');
    if (!n || n.value < 2 || year) continue;
    const hedge = hedgeBefore(tokens, n.start);
    const before = f.sentence.text.slice(0, (tokens[n.start]?.start ?? 0) - f.sentence.from).trimEnd();
    const runningCount = runningBefore(before);
    const totalFr = frenchTotalAfter(tokens, hedge.start, n.end);
    const own =
      headAfter(tokens, n.end, ctx) ??
      totalFr ??
      (runningCount ? { noun: n.end - 1, country: null } : null) ??
      elidedHead(tokens, hedge.start, n.end, counted) ??
      groupSizeHead(tokens, hedge.start, n.end);
    const added = addedAfter(tokens, own ? own.noun + 1 : n.end, ctx, own?.country);
    // "20 military and four police officers": the noun of the second count names both.
    const head = own ?? (added && { noun: added.noun, country: null });
    // "the 5,500-strong force" describes a force; "the four officers" refers back to people.
    const sized = own !== null && GROUP_SIZE.has(tokens[own.noun]?.norm ?? '');
    if (
      !head ||
      (!sized && !own?.ofLast && refersBack(tokens, hedge.start)) ||
      haitianForceOwns(tokens, hedge.start)
    ) {
      i = (added?.noun ?? n.end) - 1;
      continue;
    }
    // "portant le nombre à 600": the total of the people the sentence has been counting.
    const running = runningCount || totalFr !== null;
    const more = countsMore(tokens, hedge.start, head.noun);
    const later = running ? null : laterTotalOwner(f, head.noun + 1, ctx);
    const country: string = running
      ? (head.country ??
        runningOwner(f, before, n.start, ctx) ??
        lastCountryIn(normsOf(tokens)) ??
        ownerOf(f, { start: n.start, noun: head.noun, between: null }, ctx))
      : ownerOf(
          f,
          {
            start: n.start,
            noun: head.noun,
            between:
              (own?.ofLast === 'plan' ? (missionOwner ?? lastOwner) : own?.ofLast ? lastOwner : null) ||
              head.country,
            more,
            later,
          },
          ctx,
        );
    // « 416 agents, dont 382 policiers kényans, loin des 2 500 prévus »: a part is not the figure a plan is of.
    if (!PART_OPENERS.has(tokens[hedge.start - 1]?.norm ?? '')) lastOwner = country;
    if (country === MSS_TOTAL || country === GSF_TOTAL) missionOwner = country;
    const text = f.sentence.text;
    const [from, to] = clauseAround(tokens, n.start);
    const lo = tokens[from]?.start ?? f.sentence.from;
    const hi = tokens[to - 1]?.end ?? f.sentence.to;
    const local = text.slice(lo - f.sentence.from, hi - f.sentence.from);
    // Dates in the number's own clause, or in an opening "In June 2024," « En février, » that sets the scene.
    const opening = from > 0 ? clauseAround(tokens, 0) : null;
    // "Arrived earlier this year" says nothing of the month: such a figure is dated as reported.
    // A month the report gives no year for (« En février, » with no publication date): a figure
    // that cannot be placed in time is not drafted.
    const timeline = timelineEntry(tokens);
    const unplaced = f.dates.some((d) => !d.resolved && d.precision === 'month' && d.start < hi);
    if (unplaced) continue;
    const named = f.dates.filter(
      (d) =>
        d.resolved &&
        d.precision !== 'year' &&
        ((d.start >= lo && d.start < hi) ||
          // "June 25, 2024: The first 400 Kenyan police officers arrive": a timeline entry's day.
          (timeline && d.start < lo && d.start - f.sentence.from < 20) ||
          (opening !== null && d.end <= (tokens[opening[1] - 1]?.end ?? 0) && OPENING_DATE.test(text))),
    );
    const ownDates = named.filter((d) => d.resolved);
    // « 1 000 membres sur les 5 550 autorisés »: the words after another count are that count's.
    const next = nextCount(f, (added?.noun ?? head.noun) + 1, to);
    // "authorized the force on 30 September, with up to 5,550 personnel": the verb the "with" hangs on.
    const from0 = /^with\b/i.test(local) ? f.sentence.from : lo;
    // "stands at 1,000 personnel against a planned 2,500": what comes with the other count is its own.
    const upTo = text.slice(
      from0 - f.sentence.from,
      (next === null ? hi : (tokens[next]?.start ?? hi)) - f.sentence.from,
    );
    const ownWords = next === null ? upTo : upTo.replace(OTHER_COUNT, '');
    const onDay = named.some((d) => d.role === 'point');
    const told = kindOf(ownWords, { running, dated: onDay, arrived });
    const kind = timeline && told === 'strength' && onDay && ARRIVE_NOW.test(ownWords) ? 'arrival' : told;
    arrived ||= kind === 'arrival';
    const end = added?.noun ?? head.noun;
    counted = true;
    // "… who had served in Haiti landed at JKIA on Saturday, returning home": a participle later says so.
    const home = /,\s*(?:returning|heading|flying|going) (?:back )?home\b/i.test(
      text.slice(hi - f.sentence.from),
    );
    if ((kind !== 'planned' && movedWithinHaiti(f, local, lo)) || LEFT_HAITI.test(local) || home) {
      i = end;
      continue;
    }
    const { when, dated } = figureDate({ own: ownDates, kind, publishedAt });
    const base = {
      hedge: hedge.hedge,
      date: when?.date ?? null,
      datePrecision: when?.precision ?? null,
      kind,
      ...evidenceOf([f.sentence]),
    };
    const asOf = dated ? null : when ? 'as of the publication month' : null;
    out.push({
      ...base,
      country,
      personnel: n.value + (added?.value ?? 0),
      note: asOf,
    });
    // "1,000 personnel, of whom some 750 are Kenyan": that country's part, as stated.
    const part = country === MSS_TOTAL || country === GSF_TOTAL ? subgroupAfter(f, end + 1) : null;
    if (part) {
      out.push({ ...base, country: part.country, personnel: part.value, hedge: part.hedge, note: asOf });
      i = part.end - 1;
      continue;
    }
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

const PART_OPENERS = wordSet('dont including incl whom among notamment');

/** A timeline's present: "June 25, 2024: The first 400 Kenyan police officers arrive". */
const ARRIVE_NOW = /\b(?:arrives?|lands?|touch(?:es)? down)\b/i;

/**
 * The first count of two or more in tokens [from, to) of the sentence, not a date's day or year,
 * unless it is joined to the count before it.
 */
function nextCount(f: SentenceFacts, from: number, to: number): number | null {
  for (let k = from; k < to; k++) {
    const at = f.tokens[k]?.start ?? 0;
    if (f.dates.some((d) => at >= d.start && at < d.end)) continue;
    if ((parseNumberAt(f.tokens, k)?.value ?? 0) < 2) continue;
    // "75 Guatemalan soldiers and a dozen Salvadoran medics landed": one verb for both.
    const joined = COORDINATION.has(f.tokens[hedgeBefore(f.tokens, k).start - 1]?.norm ?? '');
    return joined ? null : k;
  }
  return null;
}
const COORDINATION = wordSet('and et or ou plus ,');

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
