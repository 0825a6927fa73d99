/**
 * Whether a place named in a sentence is where something happened. "in the town of Pont-Sondé",
 * "near the U.S. Embassy" and "attempts to overrun the Telesco area" are; "the US embassy urged",
 * "airlifted to Aspen Hospital", "residents of Port-au-Prince" and a dateline are not.
 */

import { isMonthWord, isWeekdayWord } from './date-words';
import { inhabitantsOf, residentsActed } from './place-inhabitants';
import {
  attackBefore,
  CARE_WORDS,
  COMPASS,
  caredFor,
  caredThere,
  DEPARTED,
  DESTINATION,
  DIRECTIONS,
  FILLER,
  fledTo,
  HOLDS,
  hospitalBefore,
  NEAR,
  PARTS_OF,
  PASSIVE_TARGET,
  SENT_FROM,
  sinceArrivedIn,
  spokeFrom,
  TARGET_VERBS,
  turfBefore,
  VISIT_VERBS,
} from './place-role-words';
import type { Token } from './tokens';
import { wordSet } from './words';

/**
 * `origin`: where people were sent or came from ("reinforcements sent from Saint-Marc"), or the ends
 * of the route they were on (« le trajet Hinche–Port-au-Prince »): neither the scene nor its context.
 */
export type PlaceRole = 'at' | 'near' | 'target' | 'destination' | 'origin' | 'none';

const AT = wordSet(`
  in at inside within across throughout along into on nan dans en between au aux sur
`);
/** French "à" folds to "a", the English article: it is told apart by how it is written. */
const isFrenchA = (t: Token) => t.text === 'à' || t.text === 'À';
const BE_WORDS = wordSet('was were is are been being has have had ete est sont etait ont');

/**
 * A place that opens its clause and is then said to have been attacked: "the Bernard Mevs
 * hospital, a reference centre …, was partially set on fire".
 */
function passiveTarget(tokens: Token[], from: number): boolean {
  for (let i = from, seen = 0; i < tokens.length && seen < 45; i++, seen++) {
    const w = tokens[i]?.norm ?? '';
    if (w === '.' || w === ';') return false;
    // "…, noticed a truck being looted": another clause's verb comes first.
    if (
      w.length > 3 &&
      w.endsWith('ed') &&
      !BE_WORDS.has(tokens[i - 1]?.norm ?? '') &&
      /^(?:a|an|the|two|three|several|their|his|her)$/.test(tokens[i + 1]?.norm ?? '')
    )
      return false;
    if (!BE_WORDS.has(w)) continue;
    for (let k = i + 1; k < i + 4 && k < tokens.length; k++) {
      const v = tokens[k]?.norm ?? '';
      if (PASSIVE_TARGET.has(v)) return true;
      if (
        !/^(?:partially|partly|completely|totally|also|then|later|reportedly|allegedly|again|been|being|badly|heavily)$/.test(
          v,
        )
      )
        break;
    }
    return false;
  }
  return false;
}
const BASED = wordSet(`
  based operating headquartered active entrenched hiding holed stationed deployed living lives live
  resident residing born situe situee situes situees base basee bases installe installes retranche
  retranches originaire originaires apparu apparue emerged founded formed created ne nee
`);
const POSTED = wordSet(
  'poste postes postee postees positionne positionnes embusque embusques perche perches',
);
const SKIP_PUNCT = new Set([',', '’', "'", '-', '–']);

/** How the sentence uses the place: scanning back to the preposition or verb that governs it. */
export function placeRole(
  tokens: Token[],
  m: { tokStart: number; tokEnd?: number },
  covered: ReadonlySet<number>,
): PlaceRole {
  // "the National Hospital-APN Sea Port road": a road named after places, not those places.
  // "the Canaan gang": a gang named after its place, not where it struck.
  if (
    m.tokEnd !== undefined &&
    (namesARoad(tokens, m.tokEnd) || /^gangs?$/.test(tokens[m.tokEnd]?.norm ?? ''))
  )
    return 'none';
  // "sent to Tabarre 36, where gangs killed five residents": what the relative clause tells happened there.
  if (m.tokEnd !== undefined && whereFollows(tokens, m.tokEnd)) return 'at';
  // "residents of Turgeau, in the capital, beat and set fire to two men": where the crowd struck.
  if (residentsActed(tokens, m)) return 'at';
  // "Police in Gonaïves said …", "a police official in Miragoâne told AFP", « Lapolis nan Gonaïves,
  // li menm, pale de … »: where the teller is.
  const teller =
    TELLERS.has(tokens[m.tokStart - 2]?.norm ?? '') &&
    /^(?:in|nan)$/.test(tokens[m.tokStart - 1]?.norm ?? '');
  // "the hospital in Pétion-Ville said it had treated …": where the hospital that tells it stands.
  const speaks = teller || hospitalBefore(tokens, m.tokStart);
  if (speaks && tokens.slice(m.tokEnd, (m.tokEnd ?? 0) + 6).some((t) => TELLING.has(t.norm))) return 'none';
  const role = governedRole(tokens, m, covered);
  if (role !== 'none' || m.tokEnd === undefined || !opensClause(tokens, m.tokStart, covered)) return role;
  return passiveTarget(tokens, m.tokEnd) ? 'target' : 'none';
}

/** "(the wounded) were evacuated to the Hôpital Albert Schweitzer in Deschapelles": where they were taken. */
function siteTakenTo(tokens: Token[], at: number, covered: ReadonlySet<number>): boolean {
  let k = at - 1;
  if (!covered.has(k)) return false;
  while (k > 0 && covered.has(k - 1)) k--;
  if (/^(?:the|l|le|la)$/.test(tokens[k - 1]?.norm ?? '')) k--;
  const to = tokens[k - 1];
  const cared = tokens.slice(0, k).some((x) => CARE_WORDS.has(x.norm));
  // "airlifted to the mission's medical facility at the airport in Port-au-Prince": the site's town.
  const chained = to !== undefined && AT.has(to.norm) && fledTo(tokens, k - 1);
  return cared && to !== undefined && (DESTINATION.has(to.norm) || isFrenchA(to) || chained);
}

/**
 * The opening comma of a time aside that the comma at `close` ends (", early on Monday 31 March
 * 2025,", « , tôt dans la matinée du lundi 31 mars 2025, »), else null.
 */
function timeAsideStart(tokens: Token[], close: number): number | null {
  let timed = false;
  for (let k = close - 1; k >= 0 && close - k <= 12; k--) {
    const t = tokens[k];
    if (!t) return null;
    if (t.text === ',') return timed && k < close - 1 ? k : null;
    if (t.kind === 'punct') return null;
    timed ||= isMonthWord(t.norm) || isWeekdayWord(t.norm) || /^(?:19|20)\d\d$/.test(t.text);
  }
  return null;
}

function whereFollows(tokens: Token[], from: number): boolean {
  const at = tokens[from]?.text === ',' ? from + 1 : from;
  // Not "airlifted to a hospital in Port-au-Prince, where they were in stable condition".
  const state =
    ['they', 'he', 'she'].includes(tokens[at + 1]?.norm ?? '') && BE_WORDS.has(tokens[at + 2]?.norm ?? '');
  return tokens[at]?.norm === 'where' && !state && !caredThere(tokens, at + 1);
}

const ROAD_WORDS = wordSet('road roads street avenue highway boulevard route motorway');

function namesARoad(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + 6; i++) {
    const t = tokens[i];
    if (!t) return false;
    if (ROAD_WORDS.has(t.norm)) return true;
    if (t.kind === 'punct' ? t.text !== '-' && t.text !== '–' : !t.cap) return false;
  }
  return false;
}

/** Only articles, fillers or other names stand between the start of the clause and the place. */
function opensClause(tokens: Token[], at: number, covered: ReadonlySet<number>): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t) return true;
    if (t.kind === 'punct') return /^[,;:—–“".-]$/.test(t.text);
    if (covered.has(i) || FILLER.has(t.norm)) continue;
    return false;
  }
  return true;
}

const ROUTE_WORDS = wordSet(
  'reliant relie relient reliait reliaient menant leading linking links linked connecting connects connected destination bound provenance trajet',
);

/** "le massacre de Pont-Sondé", "l'attaque de Mirebalais": the event named by where it happened. */
const EVENTS_OF = wordSet(`
  massacre massacres attaque attaques tuerie tueries carnage drame incursion incursions embuscade
  affrontements attack massacre siege prise
`);

/** "Police in Gonaïves said", "a police official in Miragoâne told AFP", "officials in X said". */
const TELLERS = wordSet(
  'police lapolis polis official officials spokesman spokeswoman spokesperson source sources',
);
const TELLING = wordSet('said says told tells reported confirmed pale di declare indique');

/** The parts of a day, told between a verb and its place. */
const DAY_PARTS = wordSet('soir matin nuit matinee night morning evening afternoon overnight hier yesterday');

const TOLL_NOUNS = new Set(['toll', 'figure', 'count', 'tally', 'bilan']);

/** "came from the outskirts of", « venus des hauteurs de »: a verb of coming a few words before a part of a place. */
function cameFrom(tokens: Token[], part: number): boolean {
  for (let k = part - 1; k >= Math.max(0, part - 3); k--) {
    const w = tokens[k]?.norm ?? '';
    // « les assaillants, postés sur les hauteurs de Fontamara »: where the gunmen stood, not what they hit.
    if (SENT_FROM.has(w) || w === 'from' || w === 'depuis' || BASED.has(w) || POSTED.has(w)) return true;
  }
  return false;
}

function governedRole(tokens: Token[], m: { tokStart: number }, covered: ReadonlySet<number>): PlaceRole {
  if (inhabitantsOf(tokens, m.tokStart)) return 'target';
  // "north of Port-au-Prince", "30 km south of the capital": a place to measure from (not "the north of").
  const bearing = COMPASS.has(tokens[m.tokStart - 2]?.norm ?? '') && tokens[m.tokStart - 1]?.norm === 'of';
  if (bearing && tokens[m.tokStart - 3]?.norm !== 'the') return 'none';
  // « au gang Grand Ravine », « le gang de Village-de-Dieu »: the gang's name, not where it happened.
  const before = tokens[m.tokStart - 1]?.norm ?? '';
  const gang = before === 'de' || before === 'd' ? tokens[m.tokStart - 2]?.norm : before;
  if (gang === 'gang' || gang === 'gangs') return 'none';
  // « un autobus reliant Saint-Marc à Port-au-Prince », "a bus linking Saint-Marc and the capital",
  // « à destination de Port-au-Prince »: the ends of a route, not where it happened.
  for (let i = m.tokStart - 1; i >= 0 && i >= m.tokStart - 14; i--) {
    const t = tokens[i];
    if (!t || (t.kind === 'punct' && !/^[-–—]$/.test(t.text))) break;
    if (ROUTE_WORDS.has(t.norm)) return 'origin';
  }
  const of = tokens[m.tokStart - 1]?.norm ?? '';
  const head = tokens[m.tokStart - 2]?.norm ?? '';
  // « une série de massacres …, dont celui de Pont-Sondé »: the one of the events just named.
  const events = tokens.slice(0, m.tokStart - 2).some((t) => EVENTS_OF.has(t.norm)) || m.tokStart === 2;
  const theOne = /^(?:celui|celle)s?$|^ceux$/.test(head) && events;
  if ((of === 'de' || of === 'du' || of === 'd') && (EVENTS_OF.has(head) || theOne)) return 'at';
  // « à l'entrée sud de Saint-Marc », « aux abords de Cabaret », "the outskirts of Mirebalais".
  // But « des bandits venus des hauteurs de Lascahobas », "gunmen coming from the outskirts of X": where they came from.
  const part = DIRECTIONS.has(tokens[m.tokStart - 2]?.norm ?? '') ? m.tokStart - 3 : m.tokStart - 2;
  if ((of === 'de' || of === 'du' || of === 'd' || of === 'of') && PARTS_OF.has(tokens[part]?.norm ?? ''))
    return cameFrom(tokens, part) ? 'origin' : 'at';
  for (let i = m.tokStart - 1, steps = 0; i >= 0 && steps < 12; i--, steps++) {
    const t = tokens[i];
    if (!t) break;
    const w = t.norm;
    if (t.kind === 'punct') {
      // « ont attaqué, tôt dans la matinée du lundi 31 mars 2025, la commune de X »: over the time aside.
      const aside = t.text === ',' ? timeAsideStart(tokens, i) : null;
      if (aside !== null) {
        i = aside;
        steps -= 1;
        continue;
      }
      if (SKIP_PUNCT.has(t.text)) continue;
      return 'none';
    }
    if (covered.has(i)) continue;
    // "Solino, … wedged between Delmas and the centre of Port-au-Prince": where it lies, no scene.
    if (w === 'between' || w === 'entre') return 'none';
    // "evacuated to a field hospital at the mission's base near the airport": where the wounded went.
    if (NEAR.has(w) && turfBefore(tokens, i)) return 'none';
    if (NEAR.has(w)) return caredFor(tokens, i, 10) ? 'destination' : 'near';
    if (DESTINATION.has(w)) {
      // "close to", "next to" are nearness, not movement.
      return ['close', 'next', 'adjacent'].includes(tokens[i - 1]?.norm ?? '') ? 'near' : 'destination';
    }
    // "taken to a hospital in Saint-Marc": where the hospital is, not where it happened.
    // "the gang based in Savien": where someone is from or stays (not the noun: "an MSS base in X").
    const based = BASED.has(tokens[i - 1]?.norm ?? '') && tokens[i - 1]?.text.toLowerCase() !== 'base';
    if ((AT.has(w) || isFrenchA(t)) && based) return 'origin';
    if (w === 'nan' && /^s[oò]ti$/.test(tokens[i - 1]?.norm ?? '')) return 'origin'; // « bandi yo ta soti nan zòn X »
    // "speaking by phone from a home in X": the teller's; "since it landed in X in June 2024": background.
    if (AT.has(w) && (spokeFrom(tokens, i) || sinceArrivedIn(tokens, i))) return 'origin';
    if (AT.has(w) && fledTo(tokens, i)) return 'destination'; // "fled … to a church in nearby Pétion-Ville".
    if (AT.has(w) || isFrenchA(t))
      // « transportés à l'Hôpital universitaire La Paix, à Delmas 33 »: the hospital named just before.
      return caredFor(tokens, i, tokens[i - 1]?.text === ',' ? 6 : 2) || siteTakenTo(tokens, i, covered)
        ? 'destination'
        : 'at';
    if (w === 'from' || w === 'depuis') return SENT_FROM.has(tokens[i - 1]?.norm ?? '') ? 'origin' : 'none';
    if (DEPARTED.has(w)) return 'origin'; // « avait quitté la gare de Portail Léogâne »: where it set out.
    // "a higher toll for Verrettes", « le bilan pour Verrettes »: the toll of what happened there.
    if ((w === 'for' || w === 'pour') && TOLL_NOUNS.has(tokens[i - 1]?.norm ?? '')) return 'at';
    if (TARGET_VERBS.has(w)) return 'target';
    if (HOLDS.has(w)) return 'none'; // "a gang that controls the hillside X": its turf, not the scene.
    // « pour reprendre le contrôle de Mirebalais » (not « avait annoncé avoir repris le contrôle de »).
    if (w === 'controle' && tokens[i - 2]?.norm === 'reprendre') return 'target';
    // « l'attaque contre Pont-Sondé », "the assault against Mirebalais" (not "the fight against the Haiti gangs").
    // « une attaque armée contre … », "a deadly assault against …": an adjective between.
    if ((w === 'contre' || w === 'against') && attackBefore(tokens, i)) return 'target';
    // "was visiting the General Hospital when gangs opened fire": where the visitors were is the scene.
    if (VISIT_VERBS.has(w)) return 'at';
    // « ont attaqué lundi la ville de Mirebalais », « attaqué le 31 mars Mirebalais »: over the day.
    if (isWeekdayWord(w) || isMonthWord(w) || DAY_PARTS.has(w) || (t.kind === 'num' && t.text.length <= 2))
      continue;
    if (FILLER.has(w)) continue;
    // Other names on the way: "in the Wharf Jérémie neighbourhood of Cité Soleil".
    if (t.cap && i > 0) continue;
    return 'none';
  }
  return 'none';
}
