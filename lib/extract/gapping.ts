/**
 * A toll whose verb is left out: "Eight people were killed in Solino on Saturday and six in
 * Delmas 18 on Sunday", « quatre personnes ont été tuées à Solino samedi et six à Delmas 18
 * dimanche ». The second count, a bare number followed by its own place or day, is told by the verb
 * before it: its own victims (added, never a rival of the first), on the first's side. People told
 * "along with" the victims share what happened to them.
 */
import type { CasualtyMention } from './casualties';
import type { Cue } from './casualty-cues';
import { isWeekdayWord } from './date-words';
import type { DocContext } from './doc-context';
import { phraseAfter } from './noun-phrase';
import { parseNumberAt } from './numbers';
import { conjuncts } from './person-lists';
import { readMention } from './read-mention';
import type { Token } from './tokens';
import { wordSet } from './words';

const JOIN = wordSet('and while whereas et');
/** Words allowed between the number and its place: "six more", "six others", « six autres ». */
const MORE = wordSet('more others other autres people persons personnes');
/** Words that open a part of the toll already told: the counts after them are not more victims. */
const SUBSET = wordSet('including among amongst dont parmi notamment incluant y compris soit with');
/** What follows the number: a place ("in Delmas", « à Delmas ») or a day ("on Sunday", « dimanche »). */
const AT_PLACE = wordSet('in at near à a dans au aux en');

const numberAt = (tokens: Token[], k: number) =>
  tokens[k]?.kind === 'num' || parseNumberAt(tokens, k) !== null;

/** "… and 3,000 in Delmas have fled", "… and six in Delmas were arrested": the count has a verb of its own. */
const OWN_VERB = wordSet('were was are is have has had been ont sont ete etaient furent avaient');
function ownVerbAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.text === '.' || t.text === ';') return false;
    if (OWN_VERB.has(t.norm)) return true;
  }
  return false;
}

function placeOrDayAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.norm ?? '';
  const next = tokens[k + 1];
  if (AT_PLACE.has(w)) return next?.cap === true && next.kind === 'word';
  if (w === 'on' || w === 'le') return next !== undefined && isWeekdayWord(next.norm);
  return isWeekdayWord(w);
}

/**
 * The count left without its verb right after the cue's own statement, ending at token `from`;
 * `previous` is the statement it follows. With `previous` told in another clause (clauses.ts), `from`
 * is where this clause begins and the joining word may already be cut off.
 */
export function gappedCount(
  tokens: Token[],
  from: number,
  cue: Cue,
  previous: CasualtyMention,
  ctx: DocContext,
): CasualtyMention | null {
  let k = from;
  if (tokens[k]?.text === ',') k++;
  if (JOIN.has(tokens[k]?.norm ?? '')) {
    // "Delmas 31 and 32", "aged 12 and 14": the number before "and" is no count of people.
    if (numberAt(tokens, k - 1)) return null;
    k++;
  } else if (k === from && from > 0) return null;
  const n = parseNumberAt(tokens, k);
  if (!n) return null;
  let end = n.end;
  if (MORE.has(tokens[end]?.norm ?? '')) end++;
  if (!placeOrDayAt(tokens, end) || ownVerbAfter(tokens, end)) return null;
  const mention = readMention(
    tokens,
    { ...cue, voice: 'active', at: Math.max(0, k - 1), anchor: Math.max(0, k - 1) },
    [k, end],
    ctx,
  );
  if (!mention || mention.count !== n.value) return null;
  return {
    ...mention,
    kind: previous.kind,
    affiliation: mention.affiliation === 'unknown' ? previous.affiliation : mention.affiliation,
    country: mention.country ?? previous.country,
    generic: previous.generic,
    additional: true,
    phrase: { ...mention.phrase, another: true },
    at: k,
    cueStart: tokens[k]?.start ?? previous.cueStart,
  };
}

/**
 * The count left without its verb after `previous`, looked for in the dozen words after its cue,
 * before `stop` (the next cue) or the end of the clause.
 */
export function gappedAfter(
  tokens: Token[],
  cue: Cue,
  previous: CasualtyMention,
  ctx: DocContext,
  stop: number,
): CasualtyMention | null {
  const from = Math.max(cue.at, previous.phrase.tokEnd - 1) + 1;
  const to = Math.min(stop, tokens.length, from + 12);
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    // "killed 12 people, including eight in Solino and four in Bel-Air": parts of the toll told.
    if (!t || t.text === '.' || t.text === ';' || t.text === ':' || SUBSET.has(t.norm)) return null;
    // "Twelve people were killed, eight in Solino and four in Bel-Air": the same, as an apposition.
    if (t.text === ',' && parseNumberAt(tokens, k + 1)) return null;
    if (JOIN.has(t.norm) || (t.text === ',' && JOIN.has(tokens[k + 1]?.norm ?? ''))) {
      const gapped = gappedCount(tokens, k, cue, previous, ctx);
      if (gapped) return gapped;
    }
  }
  return null;
}

const AGAINST = wordSet('contre against versus vs');

/**
 * "31 morts selon le CARDH, contre 26 selon le BINUH", "31 dead according to one group, against 26
 * according to another": a rival count of the same victims, told without its verb.
 */
export function rivalAfter(tokens: Token[], previous: CasualtyMention, stop: number): CasualtyMention | null {
  const from = Math.max(previous.at, previous.phrase.tokEnd - 1) + 1;
  for (let k = from; k < Math.min(stop, tokens.length, from + 14); k++) {
    const t = tokens[k];
    if (!t || t.text === '.' || t.text === ';') return null;
    if (!AGAINST.has(t.norm) || tokens[k - 1]?.text !== ',') continue;
    const n = parseNumberAt(tokens, k + 1);
    if (!n || !Number.isInteger(n.value)) return null;
    return {
      ...previous,
      count: n.value,
      toll: true,
      additional: false,
      phrase: { ...previous.phrase, tokStart: k + 1, tokEnd: n.end, persons: [] },
      persons: [],
      at: k,
      cueStart: t.start,
    };
  }
  return null;
}

/**
 * "was held captive for 27 days alongside six others": the others share what happened to the
 * subject; "killed one officer and wounded another, along with two police officers and a driver":
 * those of the verb before the next one, each group of the list on its own.
 */
export function alongside(
  tokens: Token[],
  cue: Cue,
  ctx: DocContext,
  subject: CasualtyMention | undefined,
  limit: number,
): CasualtyMention[] {
  if (!subject || subject.at !== cue.at) return [];
  for (let k = cue.at + 1; k < limit && k <= cue.at + 10; k++) {
    const w = tokens[k]?.norm ?? '';
    if (w === '.' || w === ';') return [];
    const joined =
      w === 'alongside'
        ? k + 1
        : (w === 'along' || w === 'together') && tokens[k + 1]?.norm === 'with'
          ? k + 2
          : -1;
    if (joined < 0) continue;
    const range = phraseAfter(tokens, joined);
    if (!range) return [];
    return conjuncts(tokens, range).flatMap((part) => {
      const more = readMention(tokens, { ...cue, voice: 'active' }, part, ctx);
      if (!more) return [];
      if (more.affiliation === 'unknown' && more.phrase.head === null) {
        more.affiliation = subject.affiliation;
        more.country = subject.country;
      }
      return [{ ...more, cueStart: subject.cueStart, additional: true }];
    });
  }
  return [];
}

const RELATIVE_START = new Set(['who', 'qui']);
/**
 * "Among the dead were a police officer who rushed to the scene and two of the assailants": the
 * next item of the list, after the relative clause that ended the first one's phrase.
 */
export function afterRelative(
  tokens: Token[],
  cue: Cue,
  ctx: DocContext,
  last: CasualtyMention | undefined,
): CasualtyMention | null {
  if (!last || last.at !== cue.at || !RELATIVE_START.has(tokens[last.phrase.tokEnd]?.norm ?? '')) return null;
  for (let k = last.phrase.tokEnd + 1; k < tokens.length && k <= last.phrase.tokEnd + 15; k++) {
    const t = tokens[k];
    if (!t || t.text === '.' || t.text === ';') return null;
    if (t.norm !== 'and' && t.norm !== 'et') continue;
    const range = phraseAfter(tokens, k + 1);
    const more = range ? readMention(tokens, { ...cue, voice: 'active' }, range, ctx) : null;
    return more?.phrase.head ? { ...more, cueStart: last.cueStart, additional: true } : null;
  }
  return null;
}
