/**
 * Where an event happened: the most specific place the event's sentences name as its scene.
 * "Seguin, Pont-Sonde" → Ségur-Savien; "in the Tabarre area near the U.S. Embassy" → the
 * embassy, with neighbourhood precision because the text says "near", not "at". Places a
 * sentence only sends people to ("airlifted to Aspen Hospital", "evacuated to the Dominican
 * Republic") or names in passing ("residents of Port-au-Prince") are not the scene.
 */

import type { PlaceUse, SentenceFacts } from './analyze';
import { NOT_THE_FIRST_TIME } from './event-phrases';
import { CARE_WORDS } from './place-role-words';
import { CAPITAL_KEY, type GazetteerIndex, toPlaceMatch } from './places';
import type { PlaceMatch } from './schema';
import type { UnknownPlace } from './unknown-places';
import { eitherPattern } from './words';

const VIOLENT = new Set(['ambush', 'armed_clash', 'attack', 'gunfire', 'killing']);

/** A hospital is where the wounded are taken, unless the sentence tells of violence there and of no care. */
function isScene(p: PlaceUse, f: SentenceFacts): boolean {
  if (p.role === 'none' || p.role === 'destination' || p.role === 'origin') return false;
  if (p.role === 'target' || !/hospital|hôpital/i.test(p.mention.entry.name)) return true;
  return f.types.some((t) => VIOLENT.has(t.type)) && !f.tokens.some((t) => CARE_WORDS.has(t.norm));
}

export function scenePlaces(f: SentenceFacts): PlaceUse[] {
  return f.places.filter((p) => isScene(p, f));
}

/** The communes of the Port-au-Prince arrondissement, which reports call "Port-au-Prince" as a whole. */
const METRO = new Set([
  CAPITAL_KEY,
  'delmas',
  'carrefour',
  'petion-ville',
  'kenscoff',
  'gressier',
  'cite-soleil',
  'tabarre',
]);

function score(p: PlaceUse, index: GazetteerIndex): number {
  return p.mention.weak ? -1 : index.rank(p.mention.entry.key) + (p.possessed ? 0.5 : 0);
}

function best(uses: PlaceUse[], index: GazetteerIndex): PlaceUse | null {
  let top: PlaceUse | null = null;
  for (const u of uses) {
    if (!top || score(u, index) > score(top, index)) top = u;
  }
  if (!top) return null;
  // "s'emparer de Pétion-Ville et des quartiers de Canapé-Vert, Bourdon …": places listed side by
  // side, none inside another, are one attack on the place named first, not on the finest one.
  // "In Port-au-Prince, … in the Delmas 33 area": the capital frames a place of its arrondissement.
  const inCapital = uses.some((u) =>
    index.lineage(u.mention.entry.key).some((k) => METRO.has(k) && k !== CAPITAL_KEY),
  );
  const named = uses.filter(
    (u) =>
      !u.mention.weak &&
      !u.road &&
      index.rank(u.mention.entry.key) >= 2 &&
      !(inCapital && u.mention.entry.key === CAPITAL_KEY),
  );
  const nested = (a: PlaceUse, b: PlaceUse) =>
    index.lineage(a.mention.entry.key).includes(b.mention.entry.key) ||
    index.lineage(b.mention.entry.key).includes(a.mention.entry.key);
  const t = top;
  // "Port-au-Prince's Delmas": a possessive narrows the place, it lists no second one.
  if (named.length > 1 && !named.some((u) => u.possessed) && named.some((u) => !nested(u, t))) {
    const first = named.reduce((a, b) => (b.mention.start < a.mention.start ? b : a));
    if (
      named.every((u) => u === first || !index.lineage(u.mention.entry.key).includes(first.mention.entry.key))
    )
      return first;
  }
  return top;
}

export interface ChosenPlace {
  place: PlaceMatch | null;
  placeText: string | null;
  use: PlaceUse | null;
}

/** The scene of an event from its core sentences, sharpened by the sentences that point back at it. */
export function choosePlace(
  core: PlaceUse[],
  support: PlaceUse[],
  unknown: UnknownPlace[],
  index: GazetteerIndex,
): ChosenPlace {
  let chosen = best(core, index);
  if (chosen) {
    const key = chosen.mention.entry.key;
    // "A gang leader in Haiti's capital ordered … The killings took place in Wharf Jérémie": a place of
    // the capital's arrondissement sharpens "the capital".
    const within = (u: PlaceUse) =>
      index.lineage(u.mention.entry.key).includes(key) ||
      (key === CAPITAL_KEY && index.lineage(u.mention.entry.key).some((k) => METRO.has(k)));
    const deeper = support.filter((u) => !u.mention.weak && within(u));
    const refined = best(deeper, index);
    if (refined && score(refined, index) > score(chosen, index)) chosen = refined;
  } else chosen = best(support, index);
  const placeText = unknown[0]?.text ?? null;
  if (!chosen) return { place: null, placeText, use: null };
  return { place: toPlaceMatch(chosen.mention, index, chosen.role === 'near'), placeText, use: chosen };
}

/**
 * Separate scenes listed together — "attempts to overrun the Telesco area and the Savien Police
 * Station" — become separate incidents; a place and its apposition ("in Petionville, a district
 * of the capital, Port-au-Prince") do not.
 */
export function separateScenes(
  core: PlaceUse[],
  text: string,
  offset: number,
  index: GazetteerIndex,
): PlaceUse[] {
  const specific = core.filter((u) => !u.mention.weak && index.rank(u.mention.entry.key) >= 2);
  const reps: PlaceUse[] = [];
  for (const u of specific) {
    const key = u.mention.entry.key;
    const related = reps.findIndex((r) => {
      const rk = r.mention.entry.key;
      return index.lineage(key).includes(rk) || index.lineage(rk).includes(key);
    });
    if (related < 0) reps.push(u);
    else if (index.rank(key) > index.rank(reps[related]?.mention.entry.key ?? '')) reps[related] = u;
  }
  if (reps.length < 2) return [];
  const sorted = [...reps].sort((a, b) => a.mention.start - b.mention.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (!a || !b) return [];
    const between = text.slice(a.mention.end - offset, b.mention.start - offset);
    if (between.length < 0 || !/\band\b/i.test(between) || /\bof\b/i.test(between)) return [];
  }
  return sorted;
}

/** Commune, neighbourhood or site, named as a proper name: specific enough to stand for a scene. */
function specificUse(u: PlaceUse, index: GazetteerIndex): boolean {
  return !u.mention.weak && index.rank(u.mention.entry.key) >= 2;
}

export interface ContextPlace {
  use: PlaceUse;
  /** Where it came from, said to the editor. */
  from: 'nearby' | 'dateline' | 'article';
}

/** A place named by pointing back: "the same town", « la commune », « au même endroit ». */
const SAME_PLACE = eitherPattern(
  /\b(?:the same (?:town|area|place|neighbou?rhood|commune|city|village|spot|location|region)|the (?:town|commune|city|village|neighbou?rhood) (?:had|has|was)\b)/i,
  /(?<![\p{L}])(?:au même endroit|dans la même (?:ville|commune|zone|localité)|la (?:commune|ville|localité) (?:avait|a|était)|menm (?:zòn|zon|kote|katye|bouk|komin) (?:nan|a|la))(?![\p{L}])/iu,
);
/** A cheap test before the patterns: every one names a kind of place or a spot. */
const TOWN_WORD =
  /town|commune|city|village|area|place|neighbou?rhood|spot|location|region|ville|localité|zone|endroit|zòn|zon|kote|katye|bouk|komin/i;
/** "as they approached the town", "killed 70 people in the town" (not "the town of X"), « dans la ville »: the town told last. */
const THE_TOWN = eitherPattern(
  /\b(?:approached|approaching|entered|entering|reached|reaching|outside|into|in) the (?:town|commune|city)\b(?! of\b)/i,
  /(?<![\p{L}])(?:entrée|entrée (?:sud|nord|est|ouest)|abords|sortie) de la (?:ville|commune)(?![\p{L}])|(?<![\p{L}])dans la (?:ville|commune)(?![\p{L}])(?! d)/iu,
);

const COMMUNE_KIND: ReadonlySet<string> = new Set(['commune']);
const TOWN_KINDS: ReadonlySet<string> = new Set(['commune', 'neighbourhood']);
/**
 * « La commune avait déjà été attaquée », "in the same town", told after "It is not the first time the
 * station was targeted": the place the sentence before named, even for another event; "as they
 * approached the town": the town told last, however far back (a back-reference's too).
 */
export function pointedPlace(
  firstIndex: number,
  lastIndex: number,
  facts: readonly SentenceFacts[],
  index: GazetteerIndex,
): ContextPlace | null {
  const own = facts
    .filter(
      (f) =>
        f.sentence.index >= firstIndex && f.sentence.index <= lastIndex && TOWN_WORD.test(f.sentence.text),
    )
    .map((f) => f.sentence.text);
  const told = (re: { test(text: string): boolean }) => own.some((text) => re.test(text));
  const words = own.length > 0;
  const notFirst = facts.find((f) => f.sentence.index === firstIndex - 1)?.sentence.text ?? '';
  const same = (words && told(SAME_PLACE)) || NOT_THE_FIRST_TIME.test(notFirst);
  const town = words && !same && told(THE_TOWN);
  // "the town" may be a town the gazetteer keeps as a locality of its commune (Pont-Sondé); "the city", "the commune" not.
  const kinds =
    town && own.some((t) => /\bthe town\b|(?<![\p{L}])la ville(?![\p{L}])/iu.test(t))
      ? TOWN_KINDS
      : COMMUNE_KIND;
  for (let i = firstIndex - 1; (same && i >= 0) || (town && i >= 0); i--) {
    const before = facts.find((f) => f.sentence.index === i);
    // The town told last, whatever the sentence said of it ("La population de Saint-Marc vit dans la peur").
    const scene = before?.places.find((u) =>
      town
        ? kinds.has(u.mention.entry.kind) &&
          !u.mention.weak &&
          u.role !== 'destination' &&
          u.role !== 'origin'
        : specificUse(u, index) && isScene(u, before),
    );
    if (scene) return { use: scene, from: 'nearby' };
  }
  return null;
}

/**
 * An event whose own sentences name no specific place: the place named in the sentences around
 * it (not those of another event), else the dateline's, else the one the article names most.
 * Never more specific than a commune unless it comes from right beside the event. (A place the
 * event's own words point at, pointedPlace, is tried before it: incident-draft.ts.)
 */
export function contextPlace(
  firstIndex: number,
  lastIndex: number,
  facts: readonly SentenceFacts[],
  otherEvents: ReadonlySet<number>,
  datelinePlaces: readonly PlaceUse[],
  index: GazetteerIndex,
): ContextPlace | null {
  const nearby: Array<[number, PlaceUse]> = [];
  // "L’incident s’est produit dans le département de l’Artibonite": a department said to be where
  // it happened, right beside, is better than the country; it ranks after any finer place.
  const coarse: Array<[number, PlaceUse]> = [];
  // The dateline of the event's own first sentence (read apart from it, analyze.ts) is nearer than
  // any other sentence: "PORT-AU-PRINCE, Haiti (AP) — Gunmen killed three people …".
  const opening = facts.find((f) => f.sentence.index === firstIndex);
  const ownDateline = new Set(
    facts
      .filter(
        (f) =>
          f.skip &&
          opening?.sentence.clauseOf !== undefined &&
          f.sentence.clauseOf === opening.sentence.clauseOf &&
          f.sentence.index === firstIndex - 1,
      )
      .flatMap((f) => f.places.filter((u) => specificUse(u, index))),
  );
  for (const u of ownDateline) nearby.push([0.25, u]);
  for (const f of facts) {
    const i = f.sentence.index;
    if (f.skip || otherEvents.has(i) || f.background) continue;
    if (i < firstIndex - 2 || i > lastIndex + 1) continue;
    const distance = i < firstIndex ? firstIndex - i : i - lastIndex + 0.5;
    // A place named in passing nearby ("forced the closure of the General Hospital") after any scene.
    for (const u of f.places) {
      if (u.role === 'at' && !u.mention.weak && index.rank(u.mention.entry.key) === 1 && distance <= 1)
        coarse.push([distance, u]);
      if (!specificUse(u, index) || u.role === 'destination' || u.role === 'origin') continue;
      nearby.push([distance + (isScene(u, f) ? 0 : 0.25), u]);
    }
  }
  if (nearby.length === 0 && coarse.length > 0) {
    coarse.sort((a, b) => a[0] - b[0]);
    const [, use] = coarse[0] as [number, PlaceUse];
    return { use, from: 'nearby' };
  }
  nearby.sort(
    (a, b) => a[0] - b[0] || index.rank(b[1].mention.entry.key) - index.rank(a[1].mention.entry.key),
  );
  const first = nearby[0];
  if (first) {
    // "Port-au-Prince's biggest public hospital … the General Hospital": the place inside the one
    // found first, named close by, is the sharper scene.
    const key = first[1].mention.entry.key;
    const inside = nearby.find(
      ([d, u]) =>
        d <= first[0] + 1.5 &&
        u.mention.entry.key !== key &&
        index.lineage(u.mention.entry.key).includes(key),
    );
    const use = (inside ?? first)[1];
    return { use, from: ownDateline.has(use) ? 'dateline' : 'nearby' };
  }
  const dated = best(
    datelinePlaces.filter((u) => specificUse(u, index)),
    index,
  );
  if (dated) return { use: dated, from: 'dateline' };
  const counts = new Map<string, { use: PlaceUse; n: number }>();
  for (const f of facts) {
    if (f.skip || f.background) continue;
    for (const u of f.places) {
      if (!specificUse(u, index) || u.role === 'destination' || u.role === 'origin') continue;
      const c = counts.get(u.mention.entry.key) ?? { use: u, n: 0 };
      c.n++;
      counts.set(u.mention.entry.key, c);
    }
  }
  let top: { use: PlaceUse; n: number } | null = null;
  for (const c of counts.values()) if (!top || c.n > top.n) top = c;
  return top ? { use: top.use, from: 'article' } : null;
}
