/** Words that tell a place's role in its sentence (place-context.ts): nearness, movement, attack. */
import type { Token } from './tokens';
import { wordSet } from './words';

export const NEAR = new Set([
  'near',
  'close',
  'outside',
  'around',
  'beside',
  'pres',
  'proximite',
  'abords',
  'loin',
  'bo',
]);
export const DESTINATION = new Set(['to', 'toward', 'towards']);
export const VISIT_VERBS = wordSet(`
  visit visited visiting tour toured touring inspect inspected inspecting assess assessed assessing
  visite visiter visitait inspecter inspectait
`);
export const TARGET_VERBS = wordSet(`
  fled
  overrun overran attack attacked attacking raid raided raiding storm stormed storming invade invaded
  invading torch torched seize seized besiege besieged target targeted targeting overrunning assault
  assaulted burned burnt looted occupied took control retook recaptured reclaimed struck strike strikes
  hit hits ambushed ambush shelled bombed ransacked torching burning looting
  attaque attaquer attaquent attaquaient attaques attaquee attaquees envahi envahir envahie
  incendie incendier pille piller cible cibler assaut emparer empare emparees emparer reprendre reprennent
  atake anvayi
`);
/** "the Bernard Mevs hospital … was set on fire": what a passive verb of attack happened to. */
export const PASSIVE_TARGET = wordSet(`
  attacked raided stormed torched seized besieged targeted assaulted burned burnt looted occupied set
  ransacked overrun invaded struck hit ambushed shelled destroyed vandalized vandalised
  attaque attaques attaquee attaquees incendie incendies incendiee incendiees pille pilles envahi
  envahie envahis cible ciblee cibles
`);
/** Nouns of an attack whose "against" / « contre » names what was attacked. */
export const ATTACK_NOUNS = wordSet(`
  attack attacks assault assaults raid raids offensive incursion
  attaque attaques assaut assauts offensive incursion incursions operation
`);

/** Verbs of people sent or coming from a place: "reinforcements sent from Saint-Marc", « dépêchée depuis ». */
export const SENT_FROM = wordSet(`
  sent dispatched deployed came coming arrived arriving travelling traveling returning fled fleeing
  evacuated depechee depeche depeches depechees envoyee envoye envoyes venus venue venant arrives
`);

/** « à l'entrée sud de Saint-Marc », "the outskirts of Mirebalais": a part of the place, in it. */
export const PARTS_OF = new Set([
  'entree',
  'sortie',
  'abords',
  'environs',
  'peripherie',
  'hauteurs',
  'outskirts',
  'entrance',
  'edge',
]);
/** "north of Port-au-Prince": a bearing from a place, which is then no scene. */
export const COMPASS = wordSet('north south east west northeast northwest southeast southwest');
/** « l'entrée sud de … »: a side of the part named. */
export const DIRECTIONS = new Set([
  'sud',
  'nord',
  'est',
  'ouest',
  'southern',
  'northern',
  'eastern',
  'western',
]);

const SPEAKING = wordSet('speaking spoke phone telephone calling talking');
/** "speaking by phone from a relative's home in …": a "from" after a verb of speaking, a few words before `at`. */
export function spokeFrom(tokens: readonly { norm: string }[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 6; k--)
    if (tokens[k]?.norm === 'from') return SPEAKING.has(tokens[k - 1]?.norm ?? '');
  return false;
}
/** Verbs of setting out from a place: « avait quitté la gare de Portail Léogâne », "had left Les Cayes". */
export const DEPARTED = wordSet('quitte quitter left departed');

const FLED = wordSet(
  'fled fleeing escaped ran run took taking sought seeking moved refuge enfui enfuie enfuis fui refugie refugies',
);
/**
 * "fled with her two grandchildren to a church in nearby Pétion-Ville", "airlifted to the mission's
 * medical facility at Toussaint Louverture International Airport": where people went or were carried,
 * a few words before `at`.
 */
export function fledTo(tokens: readonly { norm: string }[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 8; k--) {
    if (tokens[k]?.norm !== 'to' && tokens[k]?.norm !== 'vers') continue;
    for (let f = k - 1; f >= 0 && k - f <= 6; f--) {
      const w = tokens[f]?.norm ?? '';
      if ((FLED.has(w) && at - k <= 5) || CARE_WORDS.has(w)) return true;
    }
    return false;
  }
  return false;
}

/** Words that may stand between the preposition and the name ("in the town of", "in Haiti's"). */
export const FILLER = wordSet(`
  the a an of and or town commune city village area areas neighbourhood neighborhood neighbourhoods
  neighborhoods district region department locality section heart outskirts vicinity streets street
  parts part zone suburb suburbs slum community municipality centre center entrance edge lower upper
  northern southern eastern western central rural coastal nearby neighbouring neighboring capital s
  downtown main road roads route localities communal hamlet hamlets towns villages de la le l du des restaurant
  several various multiple some many parts mountain hillside market home house station school church camp
  base checkpoint compound hotel office square wealthy quartier quartiers plusieurs localites gare
  poor crowded troubled volatile embattled restive gang controlled same port small farming
  agricultural river impoverished sprawling densely populated lawless notorious rough roughest dangerous
  besieged beleaguered mountainous remote hilly upscale affluent residential commercial industrial
  historic working class low income seaside border southeast northeast southwest northwest east west
  north south heavily armed other commissariat prison penitencier eglise ecole marche mairie tribunal
  bouk vil komin zon katye
  localite localites commune ville quartier quartiers zone zones region departement section communale
  vil katye zon
  secteur secteurs communaute rue route axe avenue marche centre bidonville environs alentours
  hauteurs plaine vallee entree sortie premiere deuxieme troisieme bas haut populaire et
  zon katye vil komin lari wout
`);

/** "the gang that controls the hillside neighbourhood near the National Palace": a gang's turf. */
export const HOLDS = wordSet('controls control controlling dominates dominate holds controlent');
/** "… that controls the hillside neighbourhood near X": a gang's turf told just before `at`. */
export function turfBefore(tokens: readonly { norm: string }[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 5; k--) if (HOLDS.has(tokens[k]?.norm ?? '')) return true;
  return false;
}

const CARE = wordSet('hospital hospitals clinic morgue hopital lopital dispensary dispensaire');
/** A hospital, a clinic or a morgue anywhere among the tokens. */
export function namesCare(tokens: readonly Token[]): boolean {
  return tokens.some((t) => CARE.has(t.norm));
}
/** "the hospital in Delmas said", « Yon responsab lopital La Paix, nan Delmas 33, di »: a hospital a few words before. */
export function hospitalBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 5; k--)
    if (CARE.has(tokens[k]?.norm ?? '') || healthCentre(tokens, k)) return true;
  return false;
}
/** "a health center", "a medical centre", « un centre de santé », « sant sante »: a clinic by another name. */
function healthCentre(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.norm ?? '';
  if (w !== 'center' && w !== 'centre' && w !== 'sant') return false;
  const before = tokens[k - 1]?.norm ?? '';
  return (
    before === 'health' ||
    before === 'medical' ||
    (tokens[k + 1]?.norm === 'de' && tokens[k + 2]?.norm === 'sante') ||
    tokens[k + 1]?.norm === 'sante'
  );
}
/**
 * Words of care for the wounded: only with them is "a hospital in X" a destination, and a hospital
 * named in their sentence is where the wounded went, not the scene.
 */
export const CARE_WORDS = wordSet(`
  taken rushed airlifted evacuated transported transferred brought admitted treated treatment
  hospitalised hospitalized flown carried driven died succumbed recuperating recovering
  transporte transportes transportee transportees hospitalise hospitalises hospitalisee hospitalisees
  soigne soignes soignee soignees admis admise admises conduit conduits evacue evacues succombe
  transpote mennen trete
`);

/**
 * A hospital among the `reach` words before `i`, in a sentence that tells of care for the wounded:
 * "taken to a hospital in X", "evacuated to a field hospital … near X" say where they went.
 */
export function caredFor(tokens: readonly Token[], i: number, reach: number): boolean {
  // "MSF said its hospital in the neighbouring Drouillard area had treated nine people".
  const after = tokens.slice(i, i + 8);
  const treated = after.some((x, k) => CARE_WORDS.has(x.norm) && HAVE.has(after[k - 1]?.norm ?? ''));
  // « lopital Saint-Michel nan Jacmel », "the Sainte-Thérèse hospital in X": past the hospital's own name.
  // « la morgue de l'Hôpital de l'Université d'État d'Haïti (HUEH), à Port-au-Prince »: past a name
  // in French, its acronym in brackets and the comma before the town.
  let named = i;
  const inName = (k: number) => {
    const t = tokens[k];
    if (!t) return false;
    if (t.cap || t.text === '-' || (k === i - 1 && t.text === ',')) return true;
    if (/^[()’']$/.test(t.text)) return true;
    return (
      /^(?:de|d|l|du)$/.test(t.norm) &&
      (tokens[k + 1]?.cap === true || /^[’']$/.test(tokens[k + 1]?.text ?? ''))
    );
  };
  while (named > 0 && named > i - 20 && inName(named - 1)) named--;
  return (
    tokens.slice(Math.max(0, named - reach), i).some((x) => CARE.has(x.norm)) &&
    (treated || tokens.slice(0, i).some((x) => CARE_WORDS.has(x.norm)))
  );
}
const HAVE = wordSet('had has have a ont avait avaient');

/**
 * "died of his wounds", "died from injuries", "died Tuesday at a hospital in Delmas", "died in
 * hospital": of wounds had before, not at the scene.
 */
export function diedOfWounds(tokens: readonly Token[], die: number): boolean {
  const next = tokens[die + 1]?.norm;
  if (
    (next === 'of' || next === 'from') &&
    tokens.slice(die + 2, die + 6).some((t) => /injur|wound/.test(t.norm))
  )
    return true;
  for (let k = die + 1; k < tokens.length && k <= die + 5; k++) {
    const t = tokens[k];
    if (!t || t.kind === 'punct') return false;
    if (CARE.has(t.norm) && /^(?:at|in|a|the)$/.test(tokens[k - 1]?.norm ?? '')) return true;
  }
  return false;
}

const STATE_WORDS = wordSet('remain remains remained stable condition recovering');
/** "…, where two other wounded officers remain in stable condition", "where he died": care, not the event. */
export function caredThere(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + 10; i++) {
    const t = tokens[i];
    if (!t || t.kind === 'punct') return false;
    if (STATE_WORDS.has(t.norm) || CARE_WORDS.has(t.norm)) return true;
  }
  return false;
}

/** Who attacked, between the attack and « contre »: « une attaque d'hommes armés contre », "an assault by gunmen against". */
const AGENT_OPENERS = new Set(['de', 'd', 'des', 'du', 'par', 'by', 'of']);

/** « l'attaque contre », « une attaque armée contre », « une attaque d'hommes armés contre ». */
export function attackBefore(tokens: readonly Token[], against: number): boolean {
  if (ATTACK_NOUNS.has(tokens[against - 1]?.norm ?? '') || ATTACK_NOUNS.has(tokens[against - 2]?.norm ?? ''))
    return true;
  for (let k = against - 2; k >= 0 && k >= against - 6; k--) {
    const t = tokens[k];
    if (!t || (t.kind === 'punct' && t.text !== "'" && t.text !== '’')) return false;
    if (AGENT_OPENERS.has(t.norm) && ATTACK_NOUNS.has(tokens[k - 1]?.norm ?? '')) return true;
  }
  return false;
}

const ARRIVED = wordSet('landed arrived deployed arriving deploying arrive debarque debarques arrives');
/** "since it landed in Port-au-Prince in June 2024", « depuis son arrivée »: where a force arrived, told as background. */
export function sinceArrivedIn(tokens: readonly Token[], at: number): boolean {
  if (!ARRIVED.has(tokens[at - 1]?.norm ?? '')) return false;
  return tokens.slice(Math.max(0, at - 6), at - 1).some((t) => t.norm === 'since' || t.norm === 'depuis');
}
