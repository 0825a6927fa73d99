/**
 * One sentence, two events: "After suffering several gang attacks on Sunday evening and Monday,
 * the hospital was set on fire during the night from Monday to Tuesday." The opening clause tells
 * an earlier event on its own day; the main clause another, on another day. Each becomes a clause
 * read on its own, the opening one as an earlier (background) event, and the two never join one
 * event: a coder records an attack repelled on Monday and a fire set that night as two incidents.
 * Only when both clauses tell an event and each names its own, different date: "after a gunfight
 * on Monday, police arrested five men" stays one sentence.
 * Likewise two named vehicles, each in its own clause with its own event: "a Spirit Airlines flight
 * was targeted while landing, news emerged that a JetBlue flight took fire on takeoff" (targets.ts).
 * And two tolls joined by "and", each with its own victims and its own day: "three officers were
 * wounded in Tabarre on Monday and two civilians were killed in Delmas on Tuesday".
 */
import type { SentenceFacts } from './analyze';
import type { DocContext } from './doc-context';
import { gappedCount } from './gapping';
import type { GazetteerIndex } from './places';
import type { Sentence } from './sentences';
import { namedTargets } from './targets';

const EARLIER_OPENING =
  /^[“"‘']?\s*(?:(?:a few |two |three |several |just )?(?:days?|hours?|weeks?) after|after|following|après|suite à|apre)\b/i;

/** The opening clause and the main clause, when the sentence tells two events on two dates. */
export function earlierClauseSplit(f: SentenceFacts): [Sentence, Sentence] | null {
  const { sentence } = f;
  if (f.skip || !EARLIER_OPENING.test(sentence.text)) return null;
  const told = f.dates.filter((d) => d.resolved && d.date && d.role === 'point');
  const first = told[0];
  if (!first) return null;
  const comma = sentence.text.indexOf(',', first.end - sentence.from);
  if (comma < 0) return null;
  const later = told.find(
    (d) => d.start - sentence.from > comma && (d.date !== first.date || d.dateEnd !== first.dateEnd),
  );
  if (!later) return null;
  const opening = f.types.some((t) => t.index < comma);
  const main = f.types.some((t) => t.index > comma);
  if (!opening || !main) return null;
  return splitAt(sentence, comma);
}

function splitAt(sentence: Sentence, comma: number): [Sentence, Sentence] {
  const rest = sentence.text.slice(comma + 1);
  const lead = rest.length - rest.trimStart().length;
  return [
    { ...sentence, text: sentence.text.slice(0, comma), to: sentence.from + comma },
    { ...sentence, text: rest.trimStart(), from: sentence.from + comma + 1 + lead },
  ];
}

/** Two clauses, each telling an event that befell a different named vehicle. */
export function targetClauseSplit(f: SentenceFacts): [Sentence, Sentence] | null {
  if (f.skip || f.targets.length < 2) return null;
  const { text } = f.sentence;
  // The comma nearest the second vehicle: "…, slightly injuring a pilot, and news emerged that …".
  for (let comma = text.lastIndexOf(','); comma > 0; comma = text.lastIndexOf(',', comma - 1)) {
    const [head, tail] = [text.slice(0, comma), text.slice(comma + 1)];
    const a = namedTargets(head);
    const b = namedTargets(tail);
    if (a.length === 0 || b.length === 0 || a.some((x) => b.includes(x))) continue;
    const opening = f.types.some((t) => t.index < comma);
    const main = f.types.some((t) => t.index > comma);
    if (opening && main) return splitAt(f.sentence, comma);
  }
  return null;
}

/** ", including the one in", « , dont celui de »: one event of the many just summed up. */
const EXAMPLE =
  /,?\s+(?:including|notably|among them|among which|such as)\s+(?=the one\b|that of\b|the (?:\w+\s+)?(?:massacre|attack|killing|ambush|raid|assault)\b)|,?\s+(?:dont|notamment|parmi lesquel(?:le)?s)\s+(?=(?:celui|celle|le massacre|l['’]attaque|la tuerie|l['’]embuscade|l['’]assaut)(?![\p{L}]))/iu;
/** A quick test before EXAMPLE, which tries at every space. */
const EXAMPLE_WORD = /including|notably|among|such as|dont|notamment|parmi/i;
const MANY_EVENTS =
  /(?<![\p{L}])(?:massacres|attacks|killings|ambushes|raids|assaults|attaques|tueries|embuscades|assauts)(?![\p{L}])/iu;

/**
 * "…part of a series of massacres since 2023, including the one in Pont-Sondé in October 2024, in
 * which at least 115 people were killed": the events summed up, and one of them told with its own
 * day and toll. The toll is that event's, not the series' (a figure "since 2023").
 */
export function exampleClauseSplit(f: SentenceFacts): [Sentence, Sentence] | null {
  const { sentence } = f;
  const m = f.skip || !EXAMPLE_WORD.test(sentence.text) ? null : EXAMPLE.exec(sentence.text);
  if (!m || !MANY_EVENTS.test(sentence.text.slice(0, m.index))) return null;
  const after = sentence.from + m.index + m[0].length;
  const dated = f.dates.some(
    (d) => d.start >= after && d.resolved && d.role === 'point' && d.precision !== 'year',
  );
  if (!dated || !f.casualties.some((c) => c.cueStart >= after)) return null;
  return [
    { ...sentence, text: sentence.text.slice(0, m.index), to: sentence.from + m.index },
    { ...sentence, text: sentence.text.slice(m.index + m[0].length), from: after },
  ];
}

/** "in the same attack", « lors de la même attaque »: one event told at two places. */
const SAME_EVENT =
  /\bthe same (?:attack|assault|raid|ambush|incident|operation)\b|(?<![\p{L}])(?:la même (?:attaque|opération|embuscade)|le même (?:assaut|raid|incident))(?![\p{L}])/iu;

/** "and", ", while", "; ", « et », « tandis que », « tandis qu'à »: where a second clause may start. */
const COORDINATOR =
  /,?\s+(?:(?:and|while|whereas|et|tandis que|alors que)\s+|(?:tandis|alors) qu['’])|;\s+/gi;

/**
 * Two clauses joined by a coordinator, each telling a toll of its own victims (their phrase inside
 * the clause, not "them", not the same people dying later) on its own, different day, or at its
 * own scene apart from the other's.
 */
export function coordinatedClauseSplit(f: SentenceFacts, index: GazetteerIndex): [Sentence, Sentence] | null {
  if (f.skip || f.casualties.length < 2) return null;
  const { sentence, tokens } = f;
  const told = f.dates.filter((d) => d.resolved && d.date && d.role === 'point');
  const scenes = f.places.filter(
    (p) =>
      p.role !== 'none' &&
      p.role !== 'destination' &&
      p.role !== 'origin' &&
      p.mention.entry.kind !== 'country',
  );
  if (told.length < 2 && scenes.length < 2) return null;
  // Where the people's words start: past a stray "'" or « à » the phrase may open with (« qu'à Carrefour un policier »).
  const phraseStart = (c: SentenceFacts['casualties'][number]) => {
    let k = c.phrase.tokStart;
    while (k < c.phrase.tokEnd - 1 && (tokens[k]?.kind === 'punct' || tokens[k]?.text.toLowerCase() === 'à'))
      k++;
    return tokens[k]?.start ?? c.cueStart;
  };
  COORDINATOR.lastIndex = 0;
  for (let m = COORDINATOR.exec(sentence.text); m !== null; m = COORDINATOR.exec(sentence.text)) {
    const at = sentence.from + m.index;
    const after = at + m[0].length;
    const before = told.filter((d) => d.end <= at);
    const later = told.filter((d) => d.start >= after);
    const days =
      before.length > 0 &&
      later.length > 0 &&
      !before.some((a) => later.some((b) => a.date === b.date && a.dateEnd === b.dateEnd));
    // "…killed three people in Solino, and six people were killed in Delmas 18": two scenes
    // apart, neither holding the other.
    const here = scenes.filter((p) => p.mention.end <= at).map((p) => p.mention.entry.key);
    // The second clause's own scene, before any comma ("…, police in Delmas said" tells who spoke).
    const comma = sentence.text.indexOf(',', after - sentence.from);
    const clauseEnd = comma < 0 ? Infinity : sentence.from + comma;
    const there = scenes
      .filter((p) => p.mention.start >= after && p.mention.end <= clauseEnd)
      .map((p) => p.mention.entry.key);
    const apart =
      !SAME_EVENT.test(sentence.text) &&
      here.length > 0 &&
      there.length > 0 &&
      !here.some((a) => there.some((b) => index.lineage(a).includes(b) || index.lineage(b).includes(a)));
    if (!days && !apart) continue;
    const left = f.casualties.some((c) => c.cueStart < at && phraseStart(c) < at);
    const right = f.casualties.some(
      (c) =>
        c.cueStart >= after &&
        phraseStart(c) >= after &&
        !c.phrase.pronoun &&
        !c.afterInjury &&
        !/\b(?:of them|d['’]entre eux|d['’]entre elles)\b/i.test(
          sentence.text.slice(phraseStart(c) - sentence.from, c.cueStart - sentence.from),
        ),
    );
    if (!left || !right) continue;
    return [
      { ...sentence, text: sentence.text.slice(0, m.index), to: at },
      { ...sentence, text: sentence.text.slice(m.index + m[0].length), from: after },
    ];
  }
  return null;
}

/**
 * Two coordinated clauses: the one day only one of them names is both clauses'; "three others"
 * in the second are on the side of the first's victims.
 */
export function shareClauses(a: SentenceFacts, b: SentenceFacts, ctx: DocContext): void {
  const told = (f: SentenceFacts) => f.dates.filter((d) => d.role === 'point' && d.resolved);
  if (told(a).length === 0) a.dates = [...a.dates, ...told(b)];
  else if (told(b).length === 0) b.dates = [...b.dates, ...told(a)];
  const side = a.casualties[a.casualties.length - 1];
  if (!side) return;
  // "…killed in Solino on Saturday, and six in Delmas 18 on Sunday": the verb is the first clause's.
  if (b.casualties.length === 0) {
    const cue = { kind: side.kind, at: 0, anchor: 0, voice: 'active' as const, afterInjury: false };
    const gapped = gappedCount(b.tokens, 0, cue, side, ctx);
    if (gapped) b.casualties = [gapped];
  }
  for (const m of b.casualties)
    if (m.affiliation === 'unknown' && m.phrase.head === null && m.phrase.other)
      Object.assign(m, { affiliation: side.affiliation, country: side.country, generic: side.generic });
}
