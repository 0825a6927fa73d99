/**
 * Who did it and to whom, for one incident: its perpetrators and targets, each with the sentence
 * that says so. Names come from the actor register (lib/actors/register.ts), in any language and
 * spelling; an armed group the report does not name is "gang members (not named)" or
 * "unidentified gunmen". A name takes a role only from what the sentence says around it:
 *
 * - perpetrator: named as the agent ("killed by", « tués par »), blamed ("attributed to",
 *   "blamed on", "claimed by", « attribuée au gang »), or the subject of a violent verb in the
 *   active voice ("gang members lying in wait launched an attack", « des bandits ont incendié »);
 * - target: what was attacked ("an attack on the police station", "attacked the convoy of the
 *   MSS", « attaque contre la PNH »), and the side of each casualty (police officers killed: the
 *   police were targeted).
 *
 * Parties to a clash ("clashes between police and gangs") take no role from those words.
 */
import { ACTORS, type ActorEntry, actorByKey } from '../actors/register';
import { foldActorText, namesIn } from './actor-names';
import type { ActorDraft, ActorRole, Affiliation, CasualtyDraft } from './schema';
import { escapeRegExp } from './words';

/** Leaders' names, only inside "the gang of …", "…'s gang", "gang led by …", « le gang de … ». */
const LEADERS = ACTORS.flatMap((entry) =>
  (entry.leaders ?? []).map((l) => ({ folded: foldActorText(l), entry })),
);
const LEADER_OF = new Map(LEADERS.map((l) => [l.folded, l.entry]));
const LEADER_NAMES = LEADERS.map((l) => escapeRegExp(l.folded)).join('|');
const LEADER_PATTERN = new RegExp(
  `(?:gang (?:of|led by|loyal to|headed by|de|du chef) |gang dirige par |(?:members|men) of )(${LEADER_NAMES})(?![\\p{L}])|(?<![\\p{L}])(${LEADER_NAMES})'s? (?:gang|men|group)`,
  'gu',
);

/** "the Savien gang", « le gang de Savien »: a named group the register does not know. */
const NAMED_GANG =
  /\b(?:the )?((?:[A-Z][\p{L}'’-]+ ){1,3})gang\b|\bgang (?:de |du |d['’])((?:[A-Z][\p{L}'’-]+ ?){1,3})/gu;

/** The agent of a violent act: "killed by", "an ambush by", « tués par », "attributed to". */
const AGENT_BEFORE = new RegExp(
  '(?:(?<![\\p{L}])(?:killed|shot|attacked|ambushed|wounded|injured|kidnapped|abducted|carried out|perpetrated|committed|launched|' +
    'set on fire|burned|torched|targeted|executed|massacred|murdered|stormed|raided|seized|gunned down|' +
    'attack|ambush|assault|raid|killing|killings|massacre|shooting|kidnapping|abduction|' +
    'tuee?s?|abattue?s?|blessee?s?|enlevee?s?|attaquee?s?|kidnappee?s?|assassinee?s?|incendiee?s?|' +
    'commise?s?|menee?s?|perpetree?s?|attaque|embuscade|massacre|enlevement)' +
    "(?:,? [\\p{L}'-]+){0,3}? (?:by|par)" +
    "|attributed to|blamed (?:[\\p{L}'-]+ ){0,3}?on|claimed by|the work of|attribuee?s? (?:a|au|aux)|imputee?s? (?:a|au|aux)|revendiquee?s? par)" +
    "\\s+(?:the |les |le |la |l'|des |du |a |an |un |une |suspected |presumed |alleged |presumes |heavily |lourdement |armed |members of |membres (?:de|du|des) |gang |gangs |groupe )*$",
  'u',
);
const CO_PARTY_BEFORE =
  /(?:\bagainst|\bwith|\bbetween|\band|\bon|targeting|fighting|battling|\bcontre|\bavec|\bentre|\bet|face (?:a|aux))\s+(?:the |les |le |la |l'|des |armed |heavily armed |suspected )*$/;
const TARGET_BEFORE =
  /(?:attacks? (?:on|against)|attacked|assault(?:s|ed)? (?:on)?|ambush(?:ed)? (?:of|on)?|targeting|targeted|stormed|raided|attaques? (?:contre|de|du)|ont attaque|a attaque|s'en (?:est )?pris(?:es)? (?:a|aux)|ciblant|ont cible)\s+(?:the |a |an |les |le |la |l'|des |une? |a convoy of (?:the )?|a patrol of (?:the )?|(?:a |the )?(?:base|station|post|convoy|vehicle|patrol|commissariat) of (?:the )?)*$/;
const VIOLENT_AFTER =
  /^\s*(?:(?!(?:said|says|say|told|blamed|accused|reported|denied|condemned|claimed|confirmed|announced|dit|disent|accuse|ont|a)\b)[\p{L}\p{N}'-]+,? ){0,6}?(?:attacked|killed|shot|opened fire|launched|ambushed|stormed|raided|torched|burned|set fire|kidnapped|abducted|fired|overran|seized|executed|massacred|ont attaque|ont tue|ont ouvert le feu|ont incendie|ont enleve|ont pris d'assaut|ont abattu|ont kidnappe|ont assassine|attaquent|tuent|a attaque|a tue|a ouvert le feu|touye|atake)\b/u;
const PASSIVE = /\b(?:was|were|been|being|is|are|ete|get|got)\b/;
/** "the gang member responsible", « les bandits responsables »: blamed for this event (not "responsible for thousands of deaths"). */
const RESPONSIBLE_AFTER = /^ (?:responsible|responsables?)(?! for| de| des| du)\b/;

/** A party to a clash ("clashes with gangs"): the incident decides which side it was (incidentActors). */
type SentenceRole = ActorRole | 'party';

function roleAt(folded: string, start: number, end: number): SentenceRole | null {
  const before = folded.slice(Math.max(0, start - 60), start);
  if (AGENT_BEFORE.test(before)) return 'perpetrator';
  if (TARGET_BEFORE.test(before)) return 'target';
  if (CO_PARTY_BEFORE.test(before)) return 'party';
  const after = folded.slice(end, end + 80);
  if (RESPONSIBLE_AFTER.test(after)) return 'perpetrator';
  const violent = VIOLENT_AFTER.exec(after);
  if (violent && !PASSIVE.test(violent[0])) return 'perpetrator';
  return null;
}

const COUNTRY_WORDS: Record<string, string> = {
  kenyan: 'Kenya',
  jamaican: 'Jamaica',
  belizean: 'Belize',
  bahamian: 'Bahamas',
  salvadoran: 'El Salvador',
  guatemalan: 'Guatemala',
};

function countryIn(foldedName: string): string | null {
  const first = foldedName.split(/[\s-]/)[0] ?? '';
  return COUNTRY_WORDS[first] ?? null;
}

/** An actor a sentence names, with the role the words around it give (a clash's party, until the incident decides). */
export type SentenceActor = Omit<ActorDraft, 'role'> & { role: SentenceRole };

/** The actors one sentence names with a role, in the order it names them. */
export function sentenceActors(text: string): SentenceActor[] {
  // Quotation marks around a name (« Viv Ansanm », "Gran Grif") are not part of it.
  const clean = text.replace(/\s*["«»“”„]\s*/g, ' ');
  const folded = foldActorText(clean);
  const out: (SentenceActor & { at: number })[] = [];
  const taken: [number, number][] = [];
  const add = (
    entry: ActorEntry | null,
    name: string,
    start: number,
    end: number,
    country: string | null,
  ) => {
    if (taken.some(([a, b]) => start < b && a < end)) return;
    // "the Kraze Baryè gang", « le gang Kraze Baryè »: the word "gang" beside a name is part of it.
    const gangBefore = entry || name ? /gangs? $/.exec(folded.slice(Math.max(0, start - 6), start)) : null;
    const gangAfter = entry || name ? /^ gangs?\b/.exec(folded.slice(end, end + 7)) : null;
    taken.push([start - (gangBefore?.[0].length ?? 0), end + (gangAfter?.[0].length ?? 0)]);
    const role = roleAt(folded, start, end);
    if (!role) return;
    out.push({
      role,
      key: entry?.key ?? null,
      name: entry?.name ?? name,
      type: entry?.type ?? 'armed_group',
      country: entry?.key === 'mss' ? country : null,
      evidence: text,
      at: start,
    });
  };
  // Every pattern below needs one of these words: most sentences skip them at once.
  const gangWords = /gang|men of|members of|group/.test(folded);
  for (const m of gangWords ? folded.matchAll(LEADER_PATTERN) : []) {
    const leader = m[1] ?? m[2] ?? '';
    add(LEADER_OF.get(leader) ?? null, leader, m.index, m.index + m[0].length, null);
  }
  const generic = (entry: ActorEntry | undefined) =>
    entry?.key === 'unnamed-gang' || entry?.key === 'unidentified-gunmen';
  // Named groups before generic words, so "the Gran Grif gang" is Gran Grif, not "a gang".
  const names = namesIn(folded);
  for (const h of names) if (!generic(h.entry)) add(h.entry, h.entry.name, h.start, h.end, countryIn(h.text));
  for (const m of gangWords ? clean.matchAll(NAMED_GANG) : []) {
    const name = (m[1] ?? m[2] ?? '').trim();
    if (!name || NOT_A_NAME.test(name)) continue;
    add(null, `${name} gang`, m.index, m.index + m[0].length, null);
  }
  for (const h of names) if (generic(h.entry)) add(h.entry, h.entry.name, h.start, h.end, null);
  return out.sort((a, b) => a.at - b.at).map(({ at: _, ...actor }) => actor);
}

/** Capitalised words before "gang" that do not name one ("The gang", "Armed gang"). */
const NOT_A_NAME =
  /^(?:The|A|An|Le|La|Les|Un|Une|Armed|Rival|Local|Suspected|Heavily|Powerful|Another|Each|This|That)$/;

/** The side each casualty belonged to, as the actor that was hit. */
const SIDE_ACTOR: Record<Affiliation, string | null> = {
  police: 'hnp',
  army: 'fadh',
  mss: 'mss',
  civilian: 'civilians',
  gang: 'unnamed-gang',
  unknown: null,
};

/**
 * An incident's actors from its sentences and its casualties: one entry per role and actor.
 * The party a clash was fought with is the perpetrator of the other side's casualties ("a
 * Kenyan officer died after a confrontation with armed gangs": the gangs).
 */
export function incidentActors(
  sentences: readonly string[],
  casualties: readonly CasualtyDraft[],
): ActorDraft[] {
  const out: ActorDraft[] = [];
  const seen = new Set<string>();
  const push = (a: ActorDraft) => {
    const id = `${a.role}|${a.key ?? a.name}|${a.country ?? ''}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push(a);
  };
  const found = sentences.flatMap((text) => sentenceActors(text));
  const sides = new Set(casualties.map((c) => SIDE_ACTOR[c.affiliation]).filter(Boolean));
  for (const a of found) {
    if (a.role !== 'party') push({ ...a, role: a.role });
    else if (sides.size > 0 && !sides.has(a.key ?? '')) push({ ...a, role: 'perpetrator' });
  }
  // A named perpetrator makes "gang members", "gunmen" in the same incident that gang, not another one.
  const unnamed = (a: ActorDraft) => a.key === 'unnamed-gang' || a.key === 'unidentified-gunmen';
  const named = out.some((a) => a.role === 'perpetrator' && !unnamed(a) && a.type === 'armed_group');
  for (const c of casualties) {
    const key = SIDE_ACTOR[c.affiliation];
    const entry = key ? actorByKey(key) : undefined;
    if (!entry || out.some((a) => a.role === 'perpetrator' && a.key === entry.key)) continue;
    push({
      role: 'target',
      key: entry.key,
      name: entry.name,
      type: entry.type,
      country: entry.key === 'mss' ? (c.country ?? null) : null,
      evidence: c.evidence,
    });
  }
  return named ? out.filter((a) => !(a.role === 'perpetrator' && unnamed(a))) : out;
}
