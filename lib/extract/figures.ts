/**
 * Aggregate figures: counts that sum up many events ("over 5,500 people were killed in 2024",
 * "two police officers were confirmed dead in February and March 2025 in separate attacks",
 * "more than a million have been displaced"). They are not incidents; the casualty mentions
 * they use are handed back so the incident step leaves them alone.
 */
import type { SentenceFacts } from './analyze';
import { monthEnd, monthOf, yearOf } from './calendar';
import type { CasualtyMention } from './casualties';
import { countsEvents } from './counted-events';
import type { DateMention } from './dates';
import { clauseAround, evidenceOf } from './evidence';
import {
  caredAt,
  FORCES,
  inOtherRelative,
  oneEventNamed,
  ongoing,
  placesTheDead,
  scenePlaced,
  toldOneEvent,
  townPlaced,
  WIDER_TALLY,
  WINDOW,
} from './figure-scenes';
import { attribution } from './figure-sources';
import { oneKilling } from './killing-nouns';
import { demonymOf } from './lexicon';
import type { GazetteerIndex } from './places';
import type { FigureDraft } from './schema';
import { tollFigures } from './toll-figures';
import { isAggregate, isSpanAggregate } from './triggers';
import type { WarningLog } from './warnings';

const ONE_SCENE =
  /\b(?:in|at|inside|during|on)\s+(?:a|an|one|the same)\s|\bsingle\b|(?<![\p{L}])(?:lors d['’]une?|dans une?|au cours d['’]une?|seule?)\s/iu;

/** Many operations as the cause of a toll: "raids that have led to the death of …". */
const MANY_OPERATIONS =
  /\b(?:raids|operations|offensives|incursions)\b[^.;]*\b(?:led to|lead to|resulted in|resulting in|leading to|have left|has left|killed|claimed)\b/i;
const FIRST_SINCE =
  /\b(?:first|biggest|largest|worst|deadliest|bloodiest|heaviest)\b[^,;]*?\bsince\b[^,;]*|\b(?:biggest|largest|worst|deadliest|bloodiest|heaviest)\b[^,;]*?\b(?:(?:so far )?this year|of the year|in (?:years|decades|months)|on record)/i;
/** The same in French, tried only where « depuis » is written. */
const FIRST_SINCE_FR =
  /(?<![\p{L}])(?:le plus lourd|la plus lourde|le plus meurtrier|la plus meurtrière|le pire|la pire|premier(?! ministre)|première(?! ministre| dame))(?![\p{L}])[^,;]*?(?<![\p{L}])depuis(?![\p{L}])[^,;]*/iu;

/** A sum of many events rather than one: judged on the clause that holds the statement. */
function isFigureMention(
  m: CasualtyMention,
  f: SentenceFacts,
  publishedAt: string | null,
  /** The sentence before told one event, on a day at a place ("Gangs attacked Pont-Sondé on Monday."). */
  eventBefore = false,
): boolean {
  if (m.kind === 'displaced' || m.phrase.vague) return true;
  // "since the assassination of President Jovenel Moïse in 2021": one death, the event a period starts from.
  if (oneKilling(m, f.tokens)) return false;
  const [from, to] = clauseAround(f.sentence, m.cueStart);
  const clause = f.sentence.text.slice(from - f.sentence.from, to - f.sentence.from);
  // "their first major incursion since the mission began earlier this year": a superlative's
  // yardstick, not the period of a count.
  const yardstick =
    FIRST_SINCE.exec(clause) ?? (clause.includes('depuis') ? FIRST_SINCE_FR.exec(clause) : null);
  const ownClause = yardstick ? clause.replace(yardstick[0], ' ') : clause;
  if (isAggregate(ownClause)) return true;
  const inYardstick = (d: DateMention) =>
    yardstick !== null &&
    d.start >= from + yardstick.index &&
    d.end <= from + yardstick.index + yardstick[0].length;
  // A day the clause dates its event to ("killed five people on Monday, a town attacked repeatedly
  // between March and May") makes the count that event's, not a span of months' (a year's stays one).
  const eventDays = f.dates.some(
    (d) =>
      d.role === 'point' &&
      d.resolved &&
      (d.precision === 'day' || (d.precision === 'week' && !WINDOW.test(d.label))) &&
      d.start >= from &&
      d.end <= to,
  );
  // "143 kidnappings in April and May": events counted are a tally (not "two kidnappings on Monday").
  if (!eventDays && countsEvents(m.at, f.tokens)) return true;
  // "during the month", "for the week": the span of a statement, unless the clause dates its event.
  if (!eventDays && isSpanAggregate(ownClause)) return true;
  const placed = scenePlaced(f, from, to);
  // "killed five people at a bus stop in Delmas in the first week of June": one event in a span of
  // days; "150 people were killed in the capital in the week to Nov. 15": a sum.
  const daySpanEvent = (d: DateMention) => d.precision === 'week' && placed && m.count < 100;
  if (
    f.dates.some(
      (d) =>
        ((d.role === 'since' && !ongoing(d, publishedAt, placed || caredAt(f), clause)) ||
          (d.role === 'period' && !(eventDays && d.precision === 'month') && !daySpanEvent(d))) &&
        !(eventDays && inOtherRelative(f, d, m)) &&
        d.start >= from &&
        d.end <= to &&
        !inYardstick(d),
    )
  )
    return true;
  // "raids that have led to the death of over 20 gang members in the last week": many operations
  // over a window of days is a tally, not one event.
  if (
    MANY_OPERATIONS.test(ownClause) &&
    f.dates.some((d) => d.dateEnd !== null && d.precision !== 'day' && d.start >= from && d.end <= to)
  )
    return true;
  // "Over the past week, 42 people were killed in the capital": a window of days up to the report
  // over the capital or wider is a tally of its many events; at one town it is one (an assault).
  // A force's own losses ("two more officers wounded in clashes over the past week") are each told.
  // One event named in the singular ("in an attack on a church") is that event, whatever the window.
  if (
    !eventDays &&
    !f.casualties.some((c) => FORCES.has(c.affiliation)) &&
    f.dates.some((d) => d.dateEnd !== null && WINDOW.test(d.label) && d.start >= from && d.end <= to) &&
    !townPlaced(f, from, to) &&
    !oneEventNamed(clause)
  )
    return true;
  const specificPlace = scenePlaced(f, -Infinity, Infinity);
  // A large toll with no place is a sum of many events — unless the clause dates one event to its
  // days ("les massacres opérés le weekend écoulé, au cours desquels plus de 200 personnes …").
  // "Gangs kidnapped at least 94 people in May": a month's many victims with no place are a tally
  // too, unless one event is named ("in an attack on a church").
  // "…22 worshippers inside a church", "at a wake", "in a single night", « lors d'un seul raid »:
  // one event, told by where or how it happened.
  const month = f.dates.some((d) => d.precision === 'month' && d.start >= from && d.end <= to);
  const monthTally = month && m.count >= 20 && m.generic && !oneEventNamed(clause) && !ONE_SCENE.test(clause);
  // "Gangs attacked Pont-Sondé on Monday. The police said at least 100 people were killed.": the
  // toll of the event just told, when the clause gives no date of its own.
  // Not a tally in the perfect or over a wider scope: "More than 150 people have been killed in the
  // commune since the gang arrived", "… across Haiti, according to the UN".
  // The day a figure was released ("… selon un décompte communiqué lundi") dates the telling, not the toll.
  const eventsToll =
    eventBefore &&
    !f.dates.some((d) => d.role !== 'report' && d.start >= from && d.end <= to) &&
    !WIDER_TALLY.test(clause);
  return (m.count >= 100 || monthTally) && !specificPlace && !eventDays && !eventsToll;
}

/**
 * "1,086 people were killed and 412 injured during the month, while 96 were kidnapped": a count
 * in a clause of its own, with no day or place of its own, beside a sum of many events in the same
 * sentence is one more figure of the same statement, not an event. Its sum: the one it sits beside.
 */
function statisticSibling(
  m: CasualtyMention,
  f: SentenceFacts,
  sums: CasualtyMention[],
): CasualtyMention | null {
  // "…during the month, while 96 were kidnapped": the count after the sum; one before it
  // ("Two officers were wounded, while 96 have been killed this year") is the day's event.
  // The items of one list ("Among those killed were 301 gang members, 178 civilians, 16 officers")
  // share the cue: all of them, or none, are the figure's.
  const sum = sums.find(
    (s) =>
      !s.phrase.vague &&
      s.kind !== 'displaced' &&
      (s.cueStart < m.cueStart || (s.cueStart === m.cueStart && s !== m)),
  );
  if (!sum) return null;
  const [from, to] = clauseAround(f.sentence, m.cueStart);
  if (f.dates.some((d) => d.start >= from && d.end <= to)) return null;
  const placed = f.places.some(
    (p) =>
      p.role !== 'none' &&
      p.mention.entry.kind !== 'country' &&
      p.mention.start >= from &&
      p.mention.end <= to,
  );
  return placed ? null : sum;
}

function onePerson(m: CasualtyMention): boolean {
  const head = m.phrase.head ?? '';
  const plural = /(?:s|men)$/.test(head) || ['people', 'police', 'personnel', 'children'].includes(head);
  return m.phrase.pronoun ? m.count === 1 : m.count === 1 || (head !== '' && !plural);
}

/** The period in the same clause as the statement: "…killed in 2024, and more than a million displaced". */
function periodOf(f: SentenceFacts, m: CasualtyMention): DateMention | null {
  const at = f.tokens[m.at]?.start ?? f.sentence.from;
  const [from, to] = clauseAround(f.sentence, at);
  const inClause = f.dates.filter((d) => d.start >= from && d.end <= to);
  return (
    inClause.find((d) => d.role === 'period' || d.role === 'since') ??
    inClause.find((d) => d.role === 'point' && d.precision !== 'day' && d.resolved) ??
    null
  );
}

function scopeOf(m: CasualtyMention, f: SentenceFacts, index: GazetteerIndex): string {
  if (m.affiliation === 'mss') {
    const demonym = m.country ? demonymOf(m.country) : null;
    return demonym ? `${demonym} MSS contingent` : 'MSS';
  }
  let best: { name: string; rank: number } | null = null;
  for (const p of f.places) {
    if (p.role === 'destination' || p.role === 'origin' || p.role === 'none') continue;
    const rank = index.rank(p.mention.entry.key);
    if (!best || rank > best.rank) best = { name: p.mention.entry.name, rank };
  }
  return best?.name ?? 'Haiti';
}

export interface FigureResult {
  figures: FigureDraft[];
  used: Set<CasualtyMention>;
}

export function extractFigures(
  facts: SentenceFacts[],
  options: { publishedAt: string | null; index: GazetteerIndex; warnings: WarningLog },
): FigureResult {
  const figures: FigureDraft[] = [];
  const used = new Set<CasualtyMention>();
  const live = facts.filter((f) => !f.skip);
  for (const [k, f] of live.entries()) {
    // The sentence before told one event; or the sentence after places the dead ("Gangs killed at
    // least 184 people over a weekend, the UN said. The killings took place … in Wharf Jérémie.").
    const before = live[k - 1];
    const next = live[k + 1];
    const told =
      (before !== undefined && toldOneEvent(before)) || (next !== undefined && placesTheDead(next));
    const sums = f.casualties.filter((m) => isFigureMention(m, f, options.publishedAt, told));
    for (const m of f.casualties) {
      const sibling = sums.includes(m) ? null : statisticSibling(m, f, sums);
      if (!sums.includes(m) && !sibling) continue;
      used.add(m);
      // "Two gunmen fled toward Delmas 6": attackers getting away are not people displaced; "he
      // fled with his family", "a mother of three who fled to a school": one person's story.
      if (m.kind === 'displaced' && (m.affiliation === 'gang' || onePerson(m))) continue;
      const period = periodOf(f, m) ?? (sibling ? periodOf(f, sibling) : null);
      let periodEnd = period?.dateEnd ?? null;
      if (period?.date && !periodEnd && period.precision === 'month') {
        periodEnd = monthEnd(yearOf(period.date), monthOf(period.date));
      }
      if (period?.role === 'since') periodEnd = options.publishedAt;
      figures.push({
        metric: m.kind,
        value: m.phrase.rank ?? m.count,
        hedge: m.hedge,
        period: period?.label ?? null,
        periodStart: period?.date ?? null,
        periodEnd,
        scope: scopeOf(m, f, options.index),
        affiliation: m.generic || m.affiliation === 'unknown' ? null : m.affiliation,
        country: m.country,
        attributedTo: attribution(f.sentence.text),
        note: m.phrase.vague
          ? `a lower bound: the report gives no number, only “${f.tokens[m.phrase.tokStart]?.text} of”`
          : null,
        ...evidenceOf([f.sentence]),
      });
    }
  }
  for (const f of facts) if (!f.skip) figures.push(...tollFigures(f));
  warnConflicts(figures, options.warnings);
  return { figures, used };
}

/** Two different numbers for the same thing in one report. */
function warnConflicts(figures: FigureDraft[], warnings: WarningLog): void {
  const byKey = new Map<string, FigureDraft>();
  for (const fig of figures) {
    const key = [fig.metric, fig.scope, fig.affiliation, fig.country, fig.periodStart, fig.periodEnd].join(
      '|',
    );
    const other = byKey.get(key);
    if (!other) {
      byKey.set(key, fig);
      continue;
    }
    if (other.value !== fig.value) {
      warnings.add(
        'conflicting_figures',
        `The report gives two figures for ${fig.metric} (${fig.scope}${fig.period ? `, ${fig.period}` : ''}): ${other.value.toLocaleString('en')} and ${fig.value.toLocaleString('en')}.`,
        `${other.evidence} … ${fig.evidence}`,
      );
    }
  }
}
