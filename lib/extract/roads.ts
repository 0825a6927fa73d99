/**
 * A road named by the places it links — "along the National Hospital-APN Sea Port road", "the road
 * linking the national hospital to the seaport", "sur l'axe Carrefour Paye-Savien", "to clear the
 * Petite-Rivière-Liancourt-Pont Sondé highway" — is the scene, not its ends: an attack "on the
 * Delmas-Tabarre road" happened on neither. The gazetteer holds no such roads, so the reader
 * keeps the road as the source wrote it (the incident's place text) and locates it at the smallest
 * place that holds every end it knows (a commune when both ends lie in one, else the department).
 * The ends themselves stop being scenes.
 */
import type { PlaceUse } from './analyze';
import type { GazetteerIndex } from './places';
import type { Token } from './tokens';
import type { UnknownPlace } from './unknown-places';

export interface RoadPlace {
  /** The place standing for the road: the smallest gazetteer place holding its known ends. */
  use: PlaceUse;
  /** The road as written, for the incident's place text. */
  text: UnknownPlace;
  /** The place mentions that were the road's ends. */
  ends: PlaceUse[];
}

const ROAD_WORD = /\b(?:road|highway|route|axis|axe|tronçon|wout)\b/gi;
/** The same words folded, to skip sentences without one by their tokens. */
const ROAD_WORDS = new Set(['road', 'highway', 'route', 'axis', 'axe', 'troncon', 'wout']);
// Two places joined as a road's name: "Petite-Rivière-Liancourt", "Carrefour Paye–Savien".
const JOINER = /^\s*[-–—]\s*$/;
// Between the last named end and the road word: at most two capitalised words ("APN Sea Port road").
const NAME_TAIL = /^\s*(?:[-–—]\s*)?(?:\p{Lu}[\p{L}'’]*\s+){0,2}$/u;
// "the road linking / connecting / between … to / and …", "la route reliant … à …".
const LINKING =
  /^\s+(?:linking|connecting|joining|between|from|reliant|entre|qui relie)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?$/i;
// "…linking the national hospital to the seaport": the first end is one the gazetteer lacks.
const LINKING_UNKNOWN_END =
  /^\s+(?:linking|connecting|joining|between|from|reliant|entre|qui relie)\s+[^,;.]{1,40}?\s+(?:to|and|with|à|au|et)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?$/i;
const LINK_TO = /^\s*(?:to|and|with|à|au|et|a|ak)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:[\p{L}]+\s+)?$/iu;
const FAR_END =
  /^\s+(?:to|and|à|au|et|vers)\s+(?:the\s+|le\s+|la\s+|l['’])?(?:north|south|east|west|rest|provinces?|interior|countryside|nord|sud|reste|province)\b/i;
// "l'axe Carrefour Paye-Savien": the ends follow the road word.
const NAME_HEAD = /^\s+(?:(?:de|of|du)\s+)?(?:\p{Lu}[\p{L}'’]*\s+){0,2}$/u;

function commonPlace(ends: PlaceUse[], index: GazetteerIndex): string | null {
  const lineages = ends.map((e) => index.lineage(e.mention.entry.key));
  const [first, ...rest] = lineages;
  if (!first) return null;
  // A road with one known end: the commune (or wider place) that end lies in.
  const start = rest.length === 0 ? first.findIndex((k) => index.rank(k) <= 2) : 0;
  for (const key of first.slice(Math.max(0, start))) {
    if (rest.every((l) => l.includes(key))) return key;
  }
  return null;
}

/** Named ends just before the road word: "X-Y road", "X–Y–Z highway". */
function endsBefore(text: string, offset: number, at: number, uses: PlaceUse[]): PlaceUse[] {
  const before = uses
    .filter((u) => u.mention.end - offset <= at)
    .sort((a, b) => b.mention.end - a.mention.end);
  const last = before[0];
  if (!last || !NAME_TAIL.test(text.slice(last.mention.end - offset, at))) return [];
  const ends = [last];
  for (const u of before.slice(1)) {
    const head = ends[ends.length - 1];
    if (!head || u.mention.end > head.mention.start) continue;
    if (!JOINER.test(text.slice(u.mention.end - offset, head.mention.start - offset))) break;
    ends.push(u);
  }
  // One known end counts when a hyphen shows it was joined to another name.
  const joined = /[-–—]/.test(
    text.slice(Math.max(0, (ends[ends.length - 1]?.mention.start ?? 0) - offset - 2), at),
  );
  return ends.length >= 2 || joined ? ends.reverse() : [];
}

/** Named ends after the road word: "road linking X to Y", "l'axe X-Y". */
function endsAfter(text: string, offset: number, to: number, uses: PlaceUse[]): PlaceUse[] {
  const after = uses
    .filter((u) => u.mention.start - offset >= to)
    .sort((a, b) => a.mention.start - b.mention.start);
  const first = after[0];
  if (!first) return [];
  const gap = text.slice(to, first.mention.start - offset);
  const linking = LINKING.test(gap) || LINKING_UNKNOWN_END.test(gap);
  if (!linking && !NAME_HEAD.test(gap)) return [];
  const ends = [first];
  for (const u of after.slice(1)) {
    const tail = ends[ends.length - 1];
    if (!tail) break;
    const between = text.slice(tail.mention.end - offset, u.mention.start - offset);
    if (!(JOINER.test(between) || (linking && LINK_TO.test(between)))) break;
    ends.push(u);
  }
  // "the road linking the national hospital to the seaport": one end the gazetteer knows is enough,
  // unless the other is a part of the country ("the highway linking Port-au-Prince to the north").
  const away = FAR_END.test(text.slice(first.mention.end - offset, first.mention.end - offset + 40));
  if (ends.length >= 2 || (linking && !away)) return ends;
  const rest = text.slice(first.mention.end - offset, first.mention.end - offset + 2);
  const before = text.slice(to, first.mention.start - offset);
  return /^[-–—]/.test(rest) || /[-–—]\s*$/.test(before) ? ends : [];
}

/** Roads the sentence names by their ends, with the place each stands for. */
export function findRoads(
  text: string,
  offset: number,
  uses: PlaceUse[],
  index: GazetteerIndex,
  tokens: readonly Token[],
): RoadPlace[] {
  if (uses.length === 0 || !tokens.some((t) => ROAD_WORDS.has(t.norm))) return [];
  const roads: RoadPlace[] = [];
  ROAD_WORD.lastIndex = 0;
  for (let m = ROAD_WORD.exec(text); m !== null; m = ROAD_WORD.exec(text)) {
    const at = m.index;
    const to = at + m[0].length;
    const before = endsBefore(text, offset, at, uses);
    const ends = before.length > 0 ? before : endsAfter(text, offset, to, uses);
    if (ends.length === 0) continue;
    const key = commonPlace(ends, index);
    const entry = key ? index.byKey.get(key) : undefined;
    if (!entry) continue;
    const from = before.length > 0 ? (ends[0]?.mention.start ?? 0) - offset : at;
    const end = before.length > 0 ? to : (ends[ends.length - 1]?.mention.end ?? 0) - offset;
    const written = text.slice(from, end);
    const first = ends[0]?.mention;
    const last = ends[ends.length - 1]?.mention;
    if (!first || !last) continue;
    const tokStart = Math.min(first.tokStart, last.tokStart);
    const tokEnd = Math.max(first.tokEnd, last.tokEnd);
    roads.push({
      use: {
        mention: {
          entry,
          tokStart,
          tokEnd,
          start: from + offset,
          end: end + offset,
          matchedText: written,
          weak: false,
        },
        role: 'at',
        possessed: false,
        road: true,
      },
      text: { text: written, start: from + offset, end: end + offset, tokStart, tokEnd },
      ends,
    });
  }
  return roads;
}
