/**
 * What kind of event a sentence describes, whether it points back at one already described
 * ("the attack", "the missing officer", "he"), and whether it sums many events up ("in separate
 * attacks", "in 2025 alone"). Plain alternations of literal words: no backtracking.
 */

import type { IncidentType } from './schema';
import { FRENCH_TYPE_PATTERNS } from './triggers-fr';
import { eitherPattern } from './words';

/** In order of precedence: a sentence with "ambush" and "attack" describes an ambush. */
const TYPE_PATTERNS: Array<[IncidentType, RegExp]> = [
  ['ambush', /\b(?:ambush(?:ed|es|ing)?|lying in wait|lay in wait)\b/gi],
  [
    'armed_clash',
    /\b(?:clash(?:es|ed)?|confrontations?|exchanges? of (?:gun)?fire|exchanged (?:gun)?fire|gunfights?|gun fights?|firefights?|shoot-?outs?|gun battles?|fierce fighting|heavy fighting|fighting between|(?:met|meeting|encountered|encountering|faced|facing) (?:fierce |stiff |heavy |strong |armed )?resistance|“fierce resistance”|fierce resistance|(?:launched|launch|launches|launching|carried out|carries out|carrying out|conducted|conducting|mounted|staged) (?:an|a|the|their|its) (?:(?:new|fresh|joint|major|large-scale|massive|big|vast|security|police|military|anti-gang|targeted|coordinated|special|armed) )*(?:operation|offensive)|offensive against)\b/gi,
  ],
  [
    'attack',
    /\b(?:attack(?:s|ed|ing)?|raid(?:s|ed)?|assault(?:s|ed)?|attempts? to overrun|overr[au]n|stormed|invaded|swept into|swept through|breached|torched|set (?:fire|ablaze)|set (?:on fire|alight)|opened fire|(?:was|were|been|being) shot(?! dead)|(?:was|were|been|being) targeted|burn(?:ed|t) (?:down )?(?:the|a|an|several|\d[\d,]*|dozens|hundreds|scores|at least|more than|nearly|homes|houses|buildings|vehicles|cars|schools|churches)|looted|incursions?|(?:improvised )?explosive devices?|ieds?|bombs?|bombings?|grenades?|drone strikes?)\b/gi,
  ],
  ['kidnapping', /\b(?:kidnap(?:ped|ping|pings|s)?|abduct(?:ed|ion|ions)?|taken hostage|held hostage)\b/gi],
  [
    'killing',
    /\b(?:massacres?|massacred|murder(?:ed|s)?|executed|lynched|assassinat(?:ed|ion)|beheaded|killed|killing|shot dead|slain)\b/gi,
  ],
  [
    'gunfire',
    /\b(?:gunfire|gunshots?|shots (?:were )?fired|shootings?|heavy firing|automatic weapons fire|sporadic fire|struck by (?:a )?bullets?|hit by (?:a )?bullets?|impacted by (?:a )?bullets?|bullet holes|took (?:ground )?fire|taking (?:ground )?fire|came under fire|come under fire|fired (?:up)?on)\b/gi,
  ],
  ['arrest', /\b(?:arrest(?:ed|s)?|apprehended|detained|taken into custody|nabbed)\b/gi],
  ['evacuation', /\b(?:evacuated|evacuating|evacuation of)\b/gi],
  ...FRENCH_TYPE_PATTERNS,
];
const ENGLISH_TYPE_PATTERNS = TYPE_PATTERNS.filter(
  ([, re]) => !FRENCH_TYPE_PATTERNS.some(([, fr]) => fr === re),
);
/**
 * Any event word at all, in one scan: most sentences have none and skip the scans of each type,
 * and no type's word starts before the first one this finds, so those scans start there. The
 * patterns' common opening (\b, or no letter before) is written once, before the alternatives: the
 * same pattern, scanned half again as fast.
 */
function anyOf(patterns: Array<[IncidentType, RegExp]>, flags: string): RegExp {
  const opening = ['\\b', '(?<![\\p{L}\\p{N}])'].find((o) =>
    patterns.every(([, re]) => re.source.startsWith(o)),
  );
  if (!opening) return new RegExp(patterns.map(([, re]) => `(?:${re.source})`).join('|'), flags);
  return new RegExp(
    `${opening}(?:${patterns.map(([, re]) => re.source.slice(opening.length)).join('|')})`,
    flags,
  );
}
const ANY_ENGLISH_TYPE = anyOf(ENGLISH_TYPE_PATTERNS, 'i');
const ANY_FRENCH_TYPE = anyOf(FRENCH_TYPE_PATTERNS, 'iu');

/** Where the sentence's first event word starts, or -1. */
function firstTypeWord(text: string, french: boolean): number {
  const en = ANY_ENGLISH_TYPE.exec(text)?.index ?? -1;
  const fr = french ? (ANY_FRENCH_TYPE.exec(text)?.index ?? -1) : -1;
  return en < 0 ? fr : fr < 0 ? en : Math.min(en, fr);
}

export const TYPE_RANK: Record<IncidentType, number> = {
  ambush: 0,
  armed_clash: 1,
  attack: 2,
  kidnapping: 3,
  killing: 4,
  gunfire: 5,
  arrest: 6,
  evacuation: 7,
  other: 8,
};

// Negated, hypothetical or merely threatened: "no clashes", "plans to attack", "heart attack", "if the
// gangs attack", « si les gangs attaquent », "warn that further attacks on Mirebalais cannot be ruled out".
const UNREAL_BEFORE =
  /(?<![\p{L}])(?:no|not|never|without|would|could|might|if|unless|whether|si|threaten(?:ed|s)? to|vow(?:ed|s)? to|plan(?:s|ned)? to|(?:expected|set|poised|ready|preparing|prepares|prepared|intends?|aims?|seeks?|hopes?) to|warn(?:s|ed|ing)? (?:that|of)|fears? that|prevent(?:ed)?|avoid|fears? of|risk of|threat of|heart|panic|cyber|pas|jamais|sans|aucune?|menacée?s? de|menacent de|menace de|projett?ent de|projet d['’]|risque de|risques d['’]|crainte d['’]|craintes d['’]|peur d['’]|craignant|craignent|fearing|pourrai(?:t|ent)|éviter|empêcher)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$/iu;
// What someone had done before, told in a relative clause: "the unit, which had fought attacks by
// al-Shabab in Kenya, arrived on Tuesday", "l’escadron qui était intervenu lors des attaques…".
const PAST_RELATIVE_BEFORE =
  /(?:^|[\s,])(?:qui|which|who)\s+(?:(?:s['’]|l['’]|y\s+)?(?:avait|avaient|était|étaient)|had)\s+[^,.;:]*$/iu;
// Lower case only: "May 11" is a month, "Will" a name.
const MODAL_BEFORE = /\b(?:may|will)\s+(?:[\w-]+\s+){0,2}$/;
const NOT_AN_EVENT_AFTER = /^\s*(?:warrant|team|plan|helicopter|route|order)/i;
/**
 * « l'absence de la Mission dans les zones attaquées », « les maisons incendiées »: a participle
 * after a definite noun names what an event told left behind, unless a day follows to tell it.
 */
const RESULT_OF_TOLD =
  /(?<![\p{L}])(?:les|la|le|l['’]|ces|aux|du)\s*(?!(?:a|ont|est|sont|été|avait|avaient|était|étaient)\s)\p{L}+\s+$/iu;
const PARTICIPLE = /(?:é|ée|és|ées|i|ie|is|ies)$/iu;
const DAY_AFTER =
  /^\s*,?\s*(?:le\s+\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier|dans la nuit|ce matin|ce week-end|la veille|\d)/iu;

/** Words of an operation or a bursting-in: an armed event only beside armed men or security forces. */
const ARMED_ONLY = /operation|opération|offensive|crackdown|irruption/i;
const ARMED_MEN =
  /\b(?:gangs?|gangsters?|gunmen|bandits?|armed|militants?|assailants?|criminals?)\b|(?<![\p{L}])(?:gangs?|bandits?|armés?|armées?|assaillants?|criminels?|malfrats?|hors-la-loi)(?![\p{L}])/iu;
/**
 * "an operation to distribute food", "… on Monday to clear barricades", « une opération de contrôle
 * routier », « pour saisir du matériel », "seizing 40 kilos": what it was for.
 */
const FOR_SOMETHING_ELSE =
  /^\s*(?:de\s|d['’]|humanitaire)|\b(?:to|pour|afin de)\s+(?!the\b|a\b|an\b|les?\b|la\b|l['’]|des\b|haiti\b|haïti\b)[\p{Ll}]|\b(?:seizing|seized|saisie|saisir|contre la vente)\b/iu;

/**
 * An operation is an armed event where armed men are named in the sentence, or where forces carry
 * it out and the sentence names nothing else it was for.
 */
function armedOperation(text: string, rest: string): boolean {
  if (ARMED_MEN.test(text)) return true;
  return ARMED_CONTEXT.test(text) && !FOR_SOMETHING_ELSE.test(rest);
}
const ARMED_CONTEXT =
  /\b(?:gangs?|gangsters?|gunmen|bandits?|armed|militants?|assailants?|criminals?|police|pnh|hnp|mss|gsf|troops|soldiers|army|military|security forces)\b|(?<![\p{L}])(?:gangs?|bandits?|armés?|armées?|assaillants?|criminels?|malfrats?|hors-la-loi|policiers?|pnh|mss|fsg|frg|militaires|soldats|forces de l['’]ordre)(?![\p{L}])/iu;

export interface TypeHit {
  type: IncidentType;
  index: number;
  text: string;
}

const TOLD_CAME_AFTER =
  /^\W*(?:the|\w+['’]s)\s+(?:attack|ambush|incident|clash|shooting|massacre|assault|raid|kidnapping|abduction|killing|operation)\s+(?:(?:came|comes|happened|occurred|took place)\s+(?:just\s+|only\s+|exactly\s+|barely\s+)?(?:\w+\s+)?(?:days?|weeks?|hours?|months?)\s+(?:after|before)|(?:came|comes)\s+(?:after|amid))\b/i;

/** `french`: the sentence is French or Kreyòl (sentence-language.ts), so those words are looked for too. */
export function findTypeHits(text: string, french: boolean): TypeHit[] {
  const hits: TypeHit[] = [];
  const first = firstTypeWord(text, french);
  if (first < 0) return hits;
  const patterns = french ? TYPE_PATTERNS : ENGLISH_TYPE_PATTERNS;
  // "The ambush came three days after a contingent landed": the ambush is the event already told;
  // only what the sentence sets beside it can be an event of its own.
  const from = Math.max(first, TOLD_CAME_AFTER.exec(text)?.[0].length ?? 0);
  for (const [type, re] of patterns) {
    re.lastIndex = from;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (UNREAL_BEFORE.test(before) || MODAL_BEFORE.test(before) || NOT_AN_EVENT_AFTER.test(after)) continue;
      if (PAST_RELATIVE_BEFORE.test(before)) continue;
      if (
        french &&
        type === 'attack' &&
        PARTICIPLE.test(m[0]) &&
        RESULT_OF_TOLD.test(before) &&
        !DAY_AFTER.test(after)
      )
        continue;
      // « c'était au tour de Lascahobas »: a town's turn, not « au tour de la population de manifester ».
      if (/au tour/i.test(m[0]) && !/^\s*(?:la |l['’]|le )?\p{Lu}/u.test(after)) continue;
      if (type === 'evacuation' && /\b(?:casualty|medical|medevac)\s*$/i.test(before)) continue;
      // An attack tried is an attack; an arrest tried is no arrest.
      if (
        type === 'arrest' &&
        /\b(?:attempt(?:ed|s|ing)?|tr(?:ied|ies|y|ying)|sought|seeking)\s+to\s+$/i.test(before)
      )
        continue;
      // An operation or a bursting-in is an armed event only where armed men take part: not a
      // relief operation, a crackdown on corruption, journalists bursting into a room.
      if (ARMED_ONLY.test(m[0]) && !armedOperation(text, text.slice(m.index + m[0].length))) continue;
      hits.push({ type, index: m.index, text: m[0] });
    }
  }
  // An operation is the frame of what the sentence tells happened in it ("an operation … arrested
  // five suspects", "an operation to rescue 17 people kidnapped"): its kind only where none other is told.
  const told = hits.filter((h) => !ARMED_ONLY.test(h.text));
  return (told.length > 0 ? told : hits).sort(
    (a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type] || a.index - b.index,
  );
}

export type AnaphorKind = 'injured' | 'missing' | 'killed' | 'arrest' | 'kidnapping' | 'event' | 'person';

const ANAPHOR =
  /\b(?:the|this|that|these|both|his|her|its|our)\s+((?:(?:latest|recent|deadly|fatal|slain|missing|wounded|injured|former|same|two|fallen|kidnapped|abducted|arrested|murdered|deceased|late|courageous|brave|unfortunate)\s+)*)(attacks?|ambush|incident|clash(?:es)?|confrontation|fighting|gunfire|shootings?|officers?|victims?|injuries|casualties|kidnapping|abduction|arrest|senator|killings?|death|massacre|assaults?|raids?|operation|offensive|body|fatality|constable|soldiers?|gang member responsible|gunmen|attackers|assailants|vehicle|convoy|patrol|bus|minibus|boat)\b/i;
/** "cette attaque", "l'embuscade", "le policier disparu", "ces violences": French back-references. */
const ANAPHOR_FR =
  /(?<![\p{L}])(?:cette|cet|ce|ces|l['’]|le|la|les)\s*(attaques?|embuscades?|incidents?|massacres?|drames?|tueries?|carnages?|violences|affrontements?|tragédies?|enlèvements?|kidnappings?|assassinats?|opération|offensive|policiers?|victimes?|otages?|agents?|personnes|assaillants|véhicule|convoi|patrouille|autobus|bus)(?![\p{L}])/iu;
const FRENCH_ANAPHOR_KINDS: ReadonlyMap<string, AnaphorKind> = new Map([
  ['massacre', 'killed'],
  ['tuerie', 'killed'],
  ['carnage', 'killed'],
  ['assassinat', 'killed'],
  ['enlèvement', 'kidnapping'],
  ['kidnapping', 'kidnapping'],
  ['otage', 'kidnapping'],
  ['policier', 'person'],
  ['agent', 'person'],
  ['victime', 'person'],
  ['personne', 'person'],
]);
const PRONOUN_START = /^[“"‘']?\s*(?:he|she|his|her)\b/i;

function kindOfWords(modifiers: string, noun: string): AnaphorKind {
  const all = `${modifiers} ${noun}`.toLowerCase();
  if (/\b(?:wounded|injured|injuries)\b/.test(all)) return 'injured';
  if (/\bmissing\b/.test(all)) return 'missing';
  if (/\b(?:slain|death|killings?|body|fatality|murdered|deceased|late|fallen|responsible)\b/.test(all))
    return 'killed';
  if (/\b(?:arrest|arrested|senator)\b/.test(all)) return 'arrest';
  if (/\b(?:kidnapping|abduction|kidnapped|abducted)\b/.test(all)) return 'kidnapping';
  if (/\b(?:officers?|victims?|constable|soldiers?)\b/.test(noun.toLowerCase())) return 'person';
  return 'event';
}

/**
 * "this attack", "cette attaque": a demonstrative pointing at an event already told. Such a
 * sentence tells more of that event (a survivor's account, a statement), never a new one.
 */
const DEMONSTRATIVE_EVENT =
  /\b(?:this|that)\s+(?:(?:latest|recent|deadly|fatal|same)\s+)*(?:attack|ambush|incident|clash|confrontation|shooting|massacre|assault|raid|kidnapping|abduction|killing)\b/i;
const DEMONSTRATIVE_EVENT_FR =
  /(?<![\p{L}])(?:cette|cet|ce)\s+(?:attaque|embuscade|incident|massacre|drame|tuerie|carnage|affrontement|tragédie|enlèvement|kidnapping|assassinat|assaut)(?![\p{L}])/iu;

export function pointsAtToldEvent(text: string, french: boolean): boolean {
  return DEMONSTRATIVE_EVENT.test(text) || (french && DEMONSTRATIVE_EVENT_FR.test(text));
}

/**
 * "The attack comes a week after gunmen ambushed a patrol in Liancourt", « Cette attaque survient
 * moins d'une semaine après qu'une patrouille … »: the sentence tells of the earlier event, not more
 * of the one it names.
 */
const COMES_AFTER = eitherPattern(
  /^\W*(?:the|this|that|it)\b(?:\s+[\w-]+){0,2}\s+(?:comes|came)\b[^.;]{0,60}?\bafter\b/i,
  /^\W*(?:cette|cet|ce|l['’]|elle)\s*(?:[\p{L}-]+\s+){0,2}(?:survient|intervient|arrive|vient)(?![\p{L}])[^.;]{0,60}?(?<![\p{L}])(?:après|au lendemain)(?![\p{L}])/iu,
);

const EVENT_NOUN =
  /^(?:attacks?|ambush|massacres?|attaques?|embuscades?|tueries?|carnages?|incursions?|raids?)$/i;
const OF_PLACE = /^\s*(?:of|in|at|de|d['’]|du|à)\s*\p{Lu}/u;
/**
 * "le massacre de Pont-Sondé, le 3 octobre 2024", "the Pont-Sondé massacre": an event named by its
 * place and day is itself, not the one the text told last.
 */
function namedEvent(text: string, m: RegExpExecArray): boolean {
  const noun = m[m.length - 1] ?? '';
  if (!EVENT_NOUN.test(noun) || !OF_PLACE.test(text.slice(m.index + m[0].length))) return false;
  return /\b(?:19|20)\d\d\b/.test(text);
}

/** What the sentence points back at, if it does. */
export function findAnaphor(text: string, french: boolean): AnaphorKind | null {
  if (COMES_AFTER.test(text)) return null;
  const m = ANAPHOR.exec(text);
  if (m && !namedEvent(text, m)) return kindOfWords(m[1] ?? '', m[2] ?? '');
  const fr = french ? ANAPHOR_FR.exec(text) : null;
  if (fr && !namedEvent(text, fr))
    return FRENCH_ANAPHOR_KINDS.get(fr[1]?.toLowerCase().replace(/s$/, '') ?? '') ?? 'event';
  return PRONOUN_START.test(text) ? 'person' : null;
}

const AGGREGATE =
  /\b(?:in separate (?:attacks|incidents)|separate incidents|(?:carried out|launched|in) (?:two|three|several|multiple|twin) (?:\w+ )?attacks|in total|so far|since the (?:start|beginning)|death toll(?! (?:from|of|in) (?:the|this|that|an?|(?:last |this )?\S+['’]s|\S+ night['’]s) (?:\S+ ){0,2}(?:attack|ambush|massacre|assault|raid|shooting|explosion|fire|bombing|incursion)\b)(?! (?:(?:has |had |have )?(?:now )?(?:rose|risen|climbed|stood|stands|reached|jumped|grew|was|is|at|to)\b))|alone|cumulative|altogether|tally|a total of|over the past year|(?<!\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? (?:of )?)(?:this|last) year|since (?:19|20)\d\d|since (?:it|they|the mission|the force|the contingent|its|their) (?:first )?(?:arrived|arrival|deployment|was deployed|were deployed|deployed|began|started)|since (?:the|its|their) (?:first )?(?:deployment|arrival|mission)|since arriving|every (?:day|month|week)|per (?:day|month|week)|on average)\b/i;

/** "The death toll from Monday's attack" is one event's; "the death toll" alone, or of attacks, sums many. */
export function isAggregate(text: string): boolean {
  return AGGREGATE.test(text) || (text.includes('death toll') && WHOLE_TOLL.test(text));
}

/** A statement's span ("during the month", "for the week"): a sum, where no day of an event is told (figures.ts). */
export function isSpanAggregate(text: string): boolean {
  return SPAN_WORD.test(text) && AGGREGATE_SPAN.test(text);
}

/** "during the month", "for the week", "the first half of the year", « durant la même période ». */
const AGGREGATE_SPAN =
  /\b(?:(?:during|over|in|throughout) (?:the|that) (?:same )?(?:month|period|quarter)|au cours du (?:seul )?(?:mois|trimestre|semestre)\b|(?:durant|pendant) le (?:mois|trimestre|semestre)\b|(?:during|over|in) the same (?:month|period)|(?:durant|pendant|sur|au cours de) la même période|le même mois|for the (?:past |last |whole |entire )?(?:week|month|year)|(?:first|second|last) (?:half|quarter) of the year)\b/i;
const SPAN_WORD = /month|period|période|mois|week|year|quarter|trimestre|semestre/;
/** "the overall death toll", "Haiti's death toll": a sum of many events. */
const WHOLE_TOLL = /\b(?:overall|total|cumulative|national|annual|country['’]s|Haiti['’]s) death toll\b/i;
