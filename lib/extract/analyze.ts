/**
 * Everything the later steps need to know about each sentence, read once: its tokens, dates,
 * places (and how the sentence uses them), casualty statements, event words and back-references.
 */
import type { GazetteerEntry } from '../locations/gazetteer';
import { addDays, monthOf, monthStart, shiftMonth, yearOf } from './calendar';
import { type CasualtyMention, findCasualties } from './casualties';
import type { CasualtyCueKind } from './casualty-cues';
import {
  coordinatedClauseSplit,
  earlierClauseSplit,
  exampleClauseSplit,
  shareClauses,
  targetClauseSplit,
} from './clauses';
import type { Dateline } from './dateline';
import { type DateMention, findDateMentions } from './dates';
import { type DocContext, docContext } from './doc-context';
import { sinceAnchorUndated } from './killing-nouns';
import type { ReportLanguage } from './language';
import { withoutAcronymAsides, withoutNumberEchoes } from './numbers';
import { type PlaceRole, placeRole } from './place-context';
import { findPlaceMentions, type GazetteerIndex, gazetteerIndex, type PlaceMention } from './places';
import { possessedPlace } from './possessed-places';
import { findRoads } from './roads';
import { type SentenceLanguage, sentenceLanguage } from './sentence-language';
import type { Sentence } from './sentences';
import { isBackground, isGeneralStatement } from './statement-kinds';
import { namedTargets } from './targets';
import { foldWord, type Token, tokenize } from './tokens';
import {
  type AnaphorKind,
  findAnaphor,
  findTypeHits,
  isAggregate,
  pointsAtToldEvent,
  type TypeHit,
} from './triggers';
import { findUnknownPlaces, sceneAbroad, type UnknownPlace } from './unknown-places';

export interface PlaceUse {
  mention: PlaceMention;
  role: PlaceRole;
  /** Named after another place's possessive (possessedPlace): "Port-au-Prince's Delmas", "the capital's suburb of Tabarre". */
  possessed: boolean;
  /** Stands for a road named by its ends (roads.ts): as precise as the road allows, never sharpened. */
  road?: boolean;
}

export interface SentenceFacts {
  sentence: Sentence;
  tokens: Token[];
  /** Its language (sentence-language.ts): the French and Kreyòl patterns run only where it is not English. */
  lang: SentenceLanguage;
  dates: DateMention[];
  places: PlaceUse[];
  unknownPlaces: UnknownPlace[];
  casualties: CasualtyMention[];
  /** Victims told without a number ("several officers were wounded"): the kind of the first. */
  tollWithoutNumber: CasualtyCueKind | null;
  types: TypeHit[];
  anaphor: AnaphorKind | null;
  /** "this attack", "cette attaque": points at an event already told (triggers.ts). */
  toldEvent: boolean;
  aggregate: boolean;
  general: boolean;
  /** Tells of another, earlier event ("came days after …"): never joins the one before it. */
  background: boolean;
  /** "In other parts of the capital, …", "Elsewhere, …": a different scene from the one just told. */
  elsewhere: boolean;
  /** A headline, a link to another story: read for nothing. */
  skip: boolean;
  /** Named vehicles the sentence tells of ("a JetBlue flight"): targets.ts. */
  targets: string[];
}

export interface Analysis {
  facts: SentenceFacts[];
  /** Places the dateline names: where the story was filed, a last resort for an event's scene. */
  datelinePlaces: PlaceUse[];
  ctx: DocContext;
  index: GazetteerIndex;
}

const SCENE_ROLES = new Set(['at', 'near', 'target']);
const ELSEWHERE =
  /\b(?:in|across|to) other (?:parts|areas|neighbou?rhoods|districts|sections|communities|towns)\b|^elsewhere\b|\belsewhere in\b|\bspread(?:s|ing)?\b(?:\s+[\w,]+){0,3}?\s+(?:to|into)\b|\banother front\b/i;
/** « Les affrontements se sont étendus lundi à Tabarre »: the violence reached another place. */
const FR_ELSEWHERE_HINT = /tendu|propag|gagn|front|ailleurs/i;
const ELSEWHERE_FR =
  /(?<!\p{L})(?:s['’](?:est|sont) (?:étendue?s?|propagée?s?)|gagné|autre front|ailleurs)(?!\p{L})/iu;

/** A sentence's or a clause's tokens as the reader reads them: digits that echo words, and acronyms
 * in brackets before "and", read past. */
const readTokens = (s: { text: string; from: number }) =>
  withoutAcronymAsides(withoutNumberEchoes(tokenize(s.text, s.from)));

/** Tokens of every sentence, for the whole-article context, without re-tokenising. */
function allTokens(sentences: Sentence[]): Token[][] {
  return sentences.map(readTokens);
}

export function analyze(
  sentences: Sentence[],
  publishedAt: string | null,
  gazetteer: readonly GazetteerEntry[],
  dateline: Dateline | null = null,
  readOn: string | null = null,
  language: ReportLanguage | null = null,
): Analysis {
  const index = gazetteerIndex(gazetteer);
  const tokenLists = allTokens(sentences);
  const ctx = docContext(tokenLists);
  const read = (sentence: Sentence, tokens: Token[]): SentenceFacts => {
    const lang = sentenceLanguage(tokens, language);
    const french = lang !== 'en';
    const skip = sentence.headline || sentence.boilerplate || sentence.text === '';
    const mentions = findPlaceMentions(tokens, sentence.text, sentence.from, index);
    const covered = new Set<number>();
    for (const m of mentions) for (let k = m.tokStart; k < m.tokEnd; k++) covered.add(k);
    const uses = mentions.map(
      (mention): PlaceUse => ({
        mention,
        role: placeRole(tokens, mention, covered),
        possessed: possessedPlace(tokens, mention, mentions, index, covered),
      }),
    );
    // "Meanwhile, in St Catherine, two men were shot …": an event abroad is none of Haiti's.
    const abroad = !skip && !uses.some((u) => SCENE_ROLES.has(u.role)) && sceneAbroad(tokens);
    const roads = skip ? [] : findRoads(sentence.text, sentence.from, uses, index, tokens);
    for (const road of roads) for (const end of road.ends) end.role = 'none';
    const withoutNumber: CasualtyCueKind[] = [];
    const dates = findDateMentions(sentence.text, sentence.from, publishedAt, tokens, readOn, french);
    const casualties =
      skip || abroad
        ? []
        : findCasualties(tokens, ctx, french, withoutNumber).filter(
            (m) => !sinceAnchorUndated(m, tokens, dates),
          );
    return {
      sentence,
      tokens,
      lang,
      dates,
      places: [...uses, ...roads.map((r) => r.use)],
      unknownPlaces: skip
        ? []
        : [...roads.map((r) => r.text), ...findUnknownPlaces(tokens, sentence.text, sentence.from, covered)],
      casualties,
      tollWithoutNumber: withoutNumber.find((k) => k !== 'displaced') ?? null,
      types: skip || abroad ? [] : findTypeHits(sentence.text, french),
      anaphor: skip ? null : findAnaphor(sentence.text, french),
      toldEvent: !skip && pointsAtToldEvent(sentence.text, french),
      aggregate: isAggregate(sentence.text),
      general: isGeneralStatement(sentence.text),
      background: isBackground(sentence.text),
      elsewhere:
        ELSEWHERE.test(sentence.text) ||
        (lang !== 'en' && FR_ELSEWHERE_HINT.test(sentence.text) && ELSEWHERE_FR.test(sentence.text)),
      skip,
      targets: skip ? [] : namedTargets(sentence.text, tokens),
    };
  };
  const facts = sentences.flatMap((first, i) =>
    afterDateline(first, tokenLists[i] ?? [], dateline).flatMap(([sentence, tokens]) => {
      const whole = read(sentence, tokens);
      const earlier = earlierClauseSplit(whole);
      const targets = earlier ? null : targetClauseSplit(whole);
      const example = earlier || targets ? null : exampleClauseSplit(whole);
      const split = earlier ?? targets ?? example ?? coordinatedClauseSplit(whole, index);
      if (!split) return [whole];
      const [opening, main] = split.map((c) => read({ ...c, clauseOf: sentence.index }, readTokens(c))) as [
        SentenceFacts,
        SentenceFacts,
      ];
      // "On Monday, gunmen killed three people in Solino and six were killed in Carrefour": the
      // one day the sentence gives is both clauses'.
      if (!earlier && !targets && !example) shareClauses(opening, main, ctx);
      if (earlier) {
        // "After suffering attacks on Sunday, the hospital was set on fire": the one that suffered
        // them is the main clause's subject, so an opening clause with no place takes its places.
        opening.background = true;
        if (opening.places.length === 0) opening.places = main.places.map((u) => ({ ...u }));
      }
      return [opening, main];
    }),
  );
  if (facts.length !== sentences.length) {
    facts.forEach((f, n) => {
      f.sentence = { ...f.sentence, index: n };
    });
  }
  const datelinePlaces = dateline ? quietDateline(facts, dateline) : [];
  dropUnsupportedWeakPlaces(facts);
  resolveOffsets(facts);
  return { facts, datelinePlaces, ctx, index };
}

/**
 * The sentence a dateline opens, read as two: the dateline, which tells no event, and the story's
 * first sentence after it, read as if the dateline were not there ("PORT-AU-PRINCE, March 31
 * (Reuters) - Two police officers and a Kenyan officer were wounded": the list starts at "Two").
 */
function afterDateline(sentence: Sentence, tokens: Token[], d: Dateline | null): Array<[Sentence, Token[]]> {
  if (!d || sentence.from >= d.to || d.to >= sentence.to || sentence.clauseOf !== undefined)
    return [[sentence, tokens]];
  const cut = d.to - sentence.from;
  const rest = sentence.text.slice(cut);
  if (rest.trim() === '') return [[sentence, tokens]];
  const head: Sentence = {
    ...sentence,
    to: d.to,
    text: sentence.text.slice(0, cut),
    boilerplate: true,
    clauseOf: sentence.index,
  };
  const story: Sentence = { ...sentence, from: d.to, text: rest, clauseOf: sentence.index };
  return [
    [head, withoutNumberEchoes(tokenize(head.text, head.from))],
    [story, withoutNumberEchoes(tokenize(story.text, story.from))],
  ];
}

/** What the dateline names is where and when the story was filed, not the event's scene or day. */
function quietDateline(facts: SentenceFacts[], d: Dateline): PlaceUse[] {
  const named: PlaceUse[] = [];
  for (const f of facts) {
    if (f.sentence.from >= d.to) break;
    for (const x of f.dates) if (x.start < d.to && x.role === 'point') x.role = 'report';
    for (const p of f.places) {
      if (p.mention.start >= d.to) continue;
      named.push({ ...p });
      p.role = 'none';
    }
  }
  return named;
}

/**
 * "Two days earlier", "On the same day": counted from the last day of an event the text gave
 * before it, else from the last day of a telling ("…, authorities said on Monday. On the same
 * day, …" is Sunday's attack's day when the sentence told one).
 */
function resolveOffsets(facts: SentenceFacts[]): void {
  let event: string | null = null;
  let told: string | null = null;
  let lead: string | null = null;
  const days: Array<[string, string]> = [];
  const toldDays: Array<[string, string]> = [];
  for (const f of facts) {
    for (const d of f.dates) {
      // The day of the sentence that told what the subject names ("arrivée": "arriver"), else the
      // lead's; a report is named where it was told ("The report, released on July 16").
      const stem = (list: Array<[string, string]>) =>
        list.findLast(([text]) => foldWord(text).includes(d.fromLead ?? ''))?.[1];
      const named = d.fromLead ? (stem(days) ?? stem(toldDays)) : undefined;
      const last = d.fromLead ? (named ?? lead ?? event ?? told) : (event ?? told);
      if (d.offsetMonths !== undefined && last) {
        d.date = monthStart(...shiftMonth(yearOf(last), monthOf(last), d.offsetMonths));
        d.resolved = true;
        d.label = `${d.text} (${d.date.slice(0, 7)})`;
      } else if (d.offsetDays !== undefined && last) {
        d.date = addDays(last, d.offsetDays);
        d.resolved = true;
        d.label = `${d.text} (${d.date})`;
      } else if (d.resolved && d.date && d.precision === 'day' && d.role === 'point') {
        event = d.date;
        lead ??= d.date;
        days.push([f.sentence.text, d.date]);
      } else if (d.resolved && d.date && d.precision === 'day' && d.role === 'report') {
        told = d.date;
        toldDays.push([f.sentence.text, d.date]);
      }
    }
  }
}

/**
 * A one-word common noun standing for a site ("the embassy") names that site only when the
 * article also names it properly ("the US embassy"); otherwise it may be any embassy.
 */
function dropUnsupportedWeakPlaces(facts: SentenceFacts[]): void {
  const strong = new Set<string>();
  for (const f of facts) for (const p of f.places) if (!p.mention.weak) strong.add(p.mention.entry.key);
  for (const f of facts) {
    f.places = f.places.filter((p) => {
      const m = p.mention;
      if (!m.weak || m.entry.kind !== 'site') return true;
      return strong.has(m.entry.key) || m.tokEnd - m.tokStart > 1;
    });
  }
}
