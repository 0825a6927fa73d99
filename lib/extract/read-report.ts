/**
 * The report reader: an article's plain text (and, when known, its publication date) in, a
 * validated draft of incidents, deployments, milestones, figures and warnings out. Pure: no
 * database, no network, no clock.
 */

import { isRealDate } from '../dates/iso-date';
import type { GazetteerEntry } from '../locations/gazetteer';
import { analyze, type PlaceUse, type SentenceFacts } from './analyze';
import { addDays, previousWeekday, sameOrPreviousWeekday } from './calendar';
import type { CasualtyMention } from './casualties';
import type { CasualtyCueKind } from './casualty-cues';
import { type Dateline, datelineDay, findDateline } from './dateline';
import type { DateMention } from './dates';
import { extractDeployments } from './deployments';
import { eventDate, groupEvents, type SentenceView } from './event-groups';
import { extractFigures } from './figures';
import { buildIncidents, weekdayWarnings } from './incident-draft';
import { scenePlaces } from './incident-places';
import { detectLanguage, type ReportLanguage } from './language';
import { extractMilestones } from './milestones';
import { type ForeignPassage, foreignPassages } from './passages';
import { estimatePublication } from './publication';
import type { DeploymentDraft, IncidentType, ReportDraft } from './schema';
import { splitSentences } from './sentences';
import { summaryTolls } from './summary-tolls';
import { dateInUrl } from './url-date';
import { WarningLog } from './warnings';
import { eitherPattern } from './words';

export interface ReadReportOptions {
  /** YYYY-MM-DD; null or absent when unknown (the reader then estimates it and says so). */
  publishedAt?: string | null;
  gazetteer: readonly GazetteerEntry[];
  /**
   * YYYY-MM-DD, the day the report is read (ingested). Used for one thing only: when the report
   * has no publication date, a day written with its weekday but no year ("Tuesday, Dec. 10") is
   * put in the latest year up to this day in which it fell on that weekday. Absent: not used.
   */
  readOn?: string | null;
  /** The report's address: a day written in it stands for the publication date when none is given (url-date.ts). */
  url?: string | null;
}

/** Days after the latest date a text states that an undated report is taken to have come out. */
const LOWER_BOUND_SLACK_DAYS = 3;

function rereadWeekdays(facts: SentenceFacts[], ref: string): void {
  for (const f of facts) {
    for (const d of f.dates) {
      if (d.weekday === undefined || !d.date || d.explicit) continue;
      d.date = d.lastWeekday ? previousWeekday(ref, d.weekday) : sameOrPreviousWeekday(ref, d.weekday);
    }
  }
}

/** Kreyòl is read in part, another language not at all: the editor is told, never left with "no incidents". */
function languageWarnings(
  language: ReportLanguage | null,
  found: number,
  passages: readonly ForeignPassage[],
  warnings: WarningLog,
): void {
  for (const p of passages) {
    const quoted = p.text.length > 120 ? `${p.text.slice(0, 117)}…` : p.text;
    if (p.language === 'ht')
      warnings.add(
        'partial_language',
        `A passage is in Haitian Kreyòl, which the reader reads only in part: read it yourself (“${quoted}”).`,
        p.text,
      );
    else
      warnings.add(
        'unread_language',
        `A passage is in a language the reader does not read: read it yourself (“${quoted}”).`,
        p.text,
      );
  }
  if (language === 'ht') {
    warnings.add(
      'partial_language',
      `The report is in Haitian Kreyòl, which the reader reads only in part (dates, numbers, casualty words): check every incident${found === 0 ? ', and read the text for those it found none of' : ''}.`,
    );
  } else if (language === 'other') {
    warnings.add(
      'unread_language',
      'The report is in a language the reader does not read (it reads English and French, and Kreyòl in part): its incidents must be entered by hand.',
    );
  }
}

function publication(
  sentences: ReturnType<typeof splitSentences>,
  given: string | null | undefined,
  dateline: Dateline | null,
  warnings: WarningLog,
  readOn: string | null,
  url: string | null,
) {
  if (given && isRealDate(given)) return { publishedAt: given, estimated: false };
  const inUrl = dateInUrl(url);
  const estimate =
    inUrl && (!readOn || inUrl <= readOn)
      ? { date: inUrl, basis: `the date in the report’s address (${url})` }
      : dateline?.date && dateline.dateText
        ? { date: dateline.date, basis: `the dateline (“${dateline.dateText}”)` }
        : datelineDay(dateline, estimatePublication(sentences, readOn));
  const why = given ? `The publication date “${given}” is not a real date` : 'No publication date was given';
  if (estimate?.date === null) {
    warnings.add(
      'unresolved_date',
      `${why}, and ${estimate.basis}; relative dates such as “on Tuesday” cannot be resolved.`,
    );
    return { publishedAt: null, estimated: false };
  }
  if (estimate) {
    warnings.add(
      'estimated_publication_date',
      `${why}; estimated as ${estimate.date} from ${estimate.basis}. Relative dates such as “on Tuesday” or “last month” are counted from it.`,
    );
    return { publishedAt: estimate.date, estimated: true, lowerBound: estimate.lowerBound === true };
  }
  warnings.add(
    'unresolved_date',
    `${why} and the text states no full date; relative dates such as “on Tuesday” cannot be resolved.`,
  );
  return { publishedAt: null, estimated: false };
}

/** The event a toll without a number tells: "several officers were wounded" is an attack on them. */
const TOLL_TYPE: Record<CasualtyCueKind, IncidentType | null> = {
  killed: 'killing',
  injured: 'attack',
  missing: 'other',
  kidnapped: 'kidnapping',
  displaced: null,
};

/**
 * Victims told without a number on a day — "several police officers were wounded in Delmas on
 * Monday", "dozens of people were killed" (a lower bound kept as a figure) — are an event whose
 * toll the report does not count; never in a sum of events ("this year", "in total").
 */
function uncountedToll(
  f: SentenceFacts,
  own: CasualtyMention[],
  date: DateMention | null,
  places: PlaceUse[],
): IncidentType | null {
  if (own.length > 0 || f.aggregate || f.general || f.background) return null;
  const onADay = date?.resolved && (date.precision === 'day' || date.precision === 'week');
  if (!onADay && !inTheEventTold(f) && !namedEvent(f, places)) return null;
  const vague = f.casualties.find((c) => c.phrase.vague && c.kind !== 'displaced');
  const kind = f.tollWithoutNumber ?? vague?.kind ?? null;
  return kind ? TOLL_TYPE[kind] : null;
}

/** "in 2018", "had been killed", « avaient été tuées »: an earlier event recalled; "have been killed" sums events up. */
const RECALLED = eitherPattern(
  /\b(?:have|has|had) been\b/i,
  /(?<![\p{L}])(?:avai(?:en)?t|auraient|aurait) été(?![\p{L}])/iu,
);

/** "Dozens of people were killed in the fighting", « lors des affrontements »: the event just told. */
const IN_THE_EVENT = eitherPattern(
  /\b(?:in|during) the (?:fighting|clashes|attack|assault|violence|shooting|gunfire|raid|ambush)\b/i,
  /(?<![\p{L}])(?:lors|au cours) (?:de l['’]attaque|des affrontements|de l['’]assaut|de l['’]embuscade|des combats)(?![\p{L}])/iu,
);

function inTheEventTold(f: SentenceFacts): boolean {
  return f.dates.length === 0 && IN_THE_EVENT.test(f.sentence.text) && !RECALLED.test(f.sentence.text);
}

/**
 * "Dozens of people were killed in the attack on Pont-Sondé", « lors de l'attaque contre
 * Pont-Sondé »: an event named by a word of its own (not the toll's verb) at a place below the
 * country, told in the past: one event, even without its day.
 */
function namedEvent(f: SentenceFacts, places: PlaceUse[]): boolean {
  const cues = new Set(f.casualties.map((c) => c.cueStart));
  // One event, named in the singular ("the attack on", not "its attacks on").
  const eventWord = f.types.some((t) => !cues.has(f.sentence.from + t.index) && !/s$/i.test(t.text));
  const placed = places.some(
    (u) => u.mention.entry.kind !== 'country' && u.mention.entry.kind !== 'department',
  );
  // Told with no date at all, in the simple past: "in 2018", "had been killed", « avaient été
  // tuées » recall an earlier event; "have been killed" sums events up.
  return eventWord && placed && f.dates.length === 0 && !RECALLED.test(f.sentence.text);
}

function view(f: SentenceFacts, figureMentions: Set<unknown>): SentenceView {
  const own = f.casualties.filter((c) => !figureMentions.has(c) && c.kind !== 'displaced');
  const onlyFigures = f.casualties.length > 0 && own.length === 0;
  // "was airlifted out … and died of his wounds": the evacuation of the victims is no event of its own.
  const medevac = f.types[0]?.type === 'evacuation' && own.length > 0;
  const anchor = f.types[0]
    ? f.sentence.from + f.types[0].index
    : (f.tokens[own[0]?.at ?? 0]?.start ?? f.sentence.from);
  const date = eventDate(f, anchor);
  const places = scenePlaces(f);
  const uncounted = uncountedToll(f, own, date, places);
  // A figure's sentence tells no event, unless it also tells victims on a day without a number.
  const type = medevac || (onlyFigures && !uncounted) ? null : (f.types[0]?.type ?? uncounted);
  return { facts: f, casualties: own, type, date, places, uncounted: uncounted !== null };
}

function warnDeploymentConflicts(list: DeploymentDraft[], warnings: WarningLog): void {
  const seen = new Map<string, DeploymentDraft>();
  for (const d of list) {
    if (d.note?.startsWith('derived')) continue;
    const key = `${d.country}|${d.kind}|${d.date}`;
    const other = seen.get(key);
    if (other && other.personnel !== d.personnel) {
      warnings.add(
        'conflicting_figures',
        `The report gives two ${d.kind} figures for ${d.country} (${d.date ?? 'undated'}): ${other.personnel.toLocaleString('en')} and ${d.personnel.toLocaleString('en')}.`,
        `${other.evidence} … ${d.evidence}`,
      );
    }
    seen.set(key, d);
  }
}

export function readReport(text: string, options: ReadReportOptions): ReportDraft {
  const warnings = new WarningLog();
  const sentences = splitSentences(text);
  if (sentences.every((s) => s.text === '')) {
    warnings.add('empty_text', 'The report has no text to read.');
    return {
      publishedAt: options.publishedAt && isRealDate(options.publishedAt) ? options.publishedAt : null,
      publishedAtEstimated: false,
      incidents: [],
      deployments: [],
      milestones: [],
      figures: [],
      warnings: warnings.messages,
      warningDetails: warnings.details,
    };
  }
  const given = options.publishedAt && isRealDate(options.publishedAt) ? options.publishedAt : null;
  const dateline = findDateline(sentences, given);
  const readOn = options.readOn && isRealDate(options.readOn) ? options.readOn : null;
  const { publishedAt, estimated, lowerBound } = publication(
    sentences,
    options.publishedAt,
    dateline,
    warnings,
    readOn,
    options.url ?? null,
  );
  const language = detectLanguage(text);
  const { facts, index, datelinePlaces } = analyze(
    sentences,
    publishedAt,
    options.gazetteer,
    dateline,
    readOn,
    language,
  );
  // Estimated from the latest date the text states, the report came out then or a few days
  // later: "ce vendredi", "on Tuesday" are read from the middle of that span, not its start.
  if (publishedAt && lowerBound) rereadWeekdays(facts, addDays(publishedAt, LOWER_BOUND_SLACK_DAYS));
  weekdayWarnings(facts, warnings);
  const { figures, used } = extractFigures(facts, { publishedAt, index, warnings });
  const views = facts.map((f) => view(f, used));
  const groups = groupEvents(views, index);
  const built = buildIncidents(groups, {
    index,
    facts,
    views: new Map(views.map((v) => [v.facts, v])),
    publishedAt,
    publishedAtEstimated: estimated,
    warnings,
    datelinePlaces,
  });
  const summed = summaryTolls(built, index);
  const incidents = summed.incidents;
  figures.push(...summed.figures);
  const deployments = extractDeployments(facts, publishedAt);
  warnDeploymentConflicts(deployments, warnings);
  const milestones = extractMilestones(facts, warnings);
  languageWarnings(language, incidents.length, foreignPassages(facts, language), warnings);
  return {
    publishedAt,
    outlet: dateline?.outlet ?? null,
    language,
    publishedAtEstimated: estimated,
    incidents,
    deployments,
    milestones,
    figures,
    warnings: warnings.messages,
    warningDetails: warnings.details,
  };
}
