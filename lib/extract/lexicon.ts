/**
 * Word lists the reader relies on: who contributes to the mission, which nouns name people of
 * which side, and which names are places outside Haiti. All compared folded (lower case, no
 * accents), one word at a time unless noted.
 */
import { phraseSet, wordLabels, wordSet } from './words';

/** Countries that contributed (or pledged) personnel to the MSS / Gang Suppression Force. */
export const CONTINGENT_DEMONYMS: ReadonlyMap<string, string> = wordLabels(`
  kenyan:Kenya kenyans:Kenya kenya:Kenya jamaican:Jamaica jamaicans:Jamaica jamaica:Jamaica
  guatemalan:Guatemala guatemalans:Guatemala guatemala:Guatemala salvadoran:El_Salvador
  salvadorian:El_Salvador salvadorans:El_Salvador salvadorians:El_Salvador belizean:Belize
  belizeans:Belize belize:Belize bahamian:Bahamas bahamians:Bahamas bahamas:Bahamas beninese:Benin
  benin:Benin chadian:Chad chad:Chad bangladeshi:Bangladesh bangladesh:Bangladesh barbadian:Barbados
  barbados:Barbados burundian:Burundi
  kenyane:Kenya kenyanes:Kenya jamaicain:Jamaica jamaicains:Jamaica jamaicaine:Jamaica
  guatemalteque:Guatemala guatemalteques:Guatemala salvadorien:El_Salvador salvadoriens:El_Salvador
  belizien:Belize beliziens:Belize bahamien:Bahamas bahamiens:Bahamas beninois:Benin tchadien:Chad
  tchadiens:Chad tchad:Chad bangladais:Bangladesh barbadien:Barbados barbadiens:Barbados
  burundais:Burundi
  jamayiken:Jamaica gwatemaltek:Guatemala salvadoryen:El_Salvador belizyen:Belize bayameyen:Bahamas
  tchadyen:Chad chadyen:Chad
`);

/** The adjective for a contributing country: Kenya → Kenyan. */
const ADJECTIVES = wordLabels(`
  Kenya:Kenyan Jamaica:Jamaican Guatemala:Guatemalan El_Salvador:Salvadoran Belize:Belizean Bahamas:Bahamian
  Benin:Beninese Chad:Chadian Bangladesh:Bangladeshi Barbados:Barbadian Burundi:Burundian
`);

export function demonymOf(country: string): string {
  return ADJECTIVES.get(country.replace(/ /g, '_')) ?? country;
}

/** The contributing country named at token `i` ("Kenyan", "El Salvador", "the Bahamas"), if any. */
export function contingentCountryAt(
  norms: readonly string[],
  i: number,
): { country: string; length: number } | null {
  const w = norms[i] ?? '';
  // « le Salvador »: El Salvador in French.
  if ((w === 'el' || w === 'le') && norms[i + 1] === 'salvador') return { country: 'El Salvador', length: 2 };
  if (w === 'the' && norms[i + 1] === 'bahamas') return { country: 'Bahamas', length: 2 };
  const c = CONTINGENT_DEMONYMS.get(w);
  // "Chad" is also a first name: only the adjective or the country after a preposition counts.
  if (!c || (norms[i] === 'chad' && !['in', 'from', 'of'].includes(norms[i - 1] ?? ''))) return null;
  return { country: c, length: 1 };
}

/** Words that name the mission itself (French: MMAS, the MSS; FRG / FSG, the GSF). */
export const MISSION_WORDS = wordSet('mss mission contingent gsf multinational multinationale mmas frg fsg');

export const SECURITY_NOUNS = wordSet(`
  officer officers policeman policemen policewoman policewomen police constable constables soldier
  soldiers troop troops personnel agent agents cop cops sergeant corporal inspector commander guardsman
  marine marines mp mps cadet cadets peacekeeper peacekeepers member members colleague colleagues
  recruit recruits trooper troopers serviceman servicemen responder responders
  policier policiers policiere policieres soldat soldats militaire militaires gendarme gendarmes
  membre membres element elements agente agentes inspecteur inspecteurs commissaire commissaires casque
  casques
  polis polisye solda officier officiers sergent caporal ajan
`);

export const GANG_NOUNS = wordSet(`
  gang gangs gangster gangsters bandit bandits gunman gunmen assailant assailants attacker attackers
  criminal criminals militant militants kidnapper kidnappers thug thugs leader chief boss
  assaillant assaillants criminel criminels malfrat malfrats ravisseur ravisseurs kidnappeur
  kidnappeurs chef chefs caid bandi suspect suspects
`);

export const CIVILIAN_NOUNS = wordSet(`
  civilian civilians resident residents villager villagers people person persons individual
  individuals woman women man men child children infant infants baby babies girl girls boy boys
  teenager teenagers journalist journalists reporter reporters student students schoolchildren schoolchild pupil pupils teacher teachers nurse
  nurses doctor doctors pastor pastors priest priests nun nuns missionary missionaries worker workers
  farmer farmers passenger passengers driver drivers vendor vendors merchant merchants bystander
  bystanders victim victims haitians motorist motorists parishioner parishioners patient patients
  elderly family families relative relatives citizen citizens mother father son daughter employee
  sons daughters wife wives husband husbands brother brothers sister sisters parent parents spouse
  grandmother grandfather grandson granddaughter cousin cousins nephew nephews niece nieces uncle aunt
  neighbor neighbors neighbour neighbours
  employees fisherman fishermen senator politician mayor judge lawyer attendant attendants pilot pilots
  president minister hostages captives tourists adult adults ambulancier ambulanciers secouriste
  secouristes paramedic
  crew crews staff staffer staffers volunteer volunteers photographer photographers cameraman cameramen
  inmate inmates prisoner prisoners detainee detainees orphan orphans worshipper worshippers
  churchgoer churchgoers congregant congregants
  personne personnes civil civils habitant habitants riverain riverains resident residents residant
  residants enfant enfants femme femmes homme hommes individu individus journaliste journalistes
  chauffeur chauffeurs passager passagers passagere passageres victime victimes fidele fideles commercant commercants
  marchand marchands marchande marchandes eleve eleves etudiant etudiants infirmier infirmiers
  infirmiere infirmieres medecin medecins pretre pretres religieuse religieuses missionnaire
  missionnaires agriculteur agriculteurs paysan paysans citoyen citoyens otage otages patient
  patients patiente patientes employe employes bebe bebes fillette fillettes garcon garcons
  adolescent adolescents vieillard vieillards directrice directeur pasteur pasteurs epouse epouses
  mari maris frere freres soeur soeurs fils fille filles parents conjoint conjointe neveu oncle tante
  voisin voisins voisine voisines commercante commercantes ecolier ecoliers ecoliere
  ecolieres douanier douaniers detenu detenus detenue detenues prisonnier prisonniers prisonniere prisonnieres
  madanm pitit
  moun sivil timoun fanm gason abitan jounalis viktim machann chofe pasaje peche elev confrere confreres consoeur
  collegue collegues reporter passant passants badaud badauds pedestrian pedestrians passerby passersby
  bodyguard bodyguards motorcyclist motorcyclists trader traders shopkeeper shopkeepers
  businessman businessmen businesswoman protester protesters demonstrator demonstrators activist
  activists mourner mourners commuter commuters vigile vigiles guard guards watchman watchmen gardien gardiens
  manifestant manifestants motard motards physician physicians surgeon surgeons paramedic paramedics
  host hosts presenter presenters broadcaster broadcasters cultivateur cultivateurs animateur animateurs
  pediatre pediatres chirurgien chirurgiens avocat avocats ingenieur ingenieurs professeur professeurs
  enseignant enseignants agronome agronomes pharmacien pharmaciens notaire comptable pediatrician
  pediatricians lawyers engineer engineers professor professors pharmacist pharmacists accountant
  client clients customer customers mere meres pere peres
`);

/** "crew members", "family members": the people a noun before "member(s)" belongs to are civilians. */
export const CIVILIAN_GROUPS = wordSet(`
  crew family staff community church council parliament household congregation team board famille
`);

export const PERSON_NOUNS = new Set([...SECURITY_NOUNS, ...GANG_NOUNS, ...CIVILIAN_NOUNS]);

/** Places outside Haiti that reports name as destinations or homes, never as the scene. */
export const FOREIGN_PLACES = phraseSet(`
  dominican_republic santo_domingo kenya nairobi washington united_states new_york miami florida jamaica
  kingston guatemala el_salvador belize bahamas nassau canada ottawa montreal france paris geneva
  brussels cuba mexico panama caribbean africa america latin_america europe chad benin bangladesh
  barbados colombia brazil venezuela puerto_rico turks_and_caicos the_hague london mombasa kisumu
  eldoret nakuru bomet kericho the_caribbean spanish_town st_catherine saint_catherine montego_bay
  portmore st_andrew saint_andrew st_james clarendon westmoreland
`);

/** Capitalised words that follow "in" without being a place. */
export const NOT_PLACE_WORDS = wordSet(`
  january february march april may june july august september october november december monday
  tuesday wednesday thursday friday saturday sunday the a an his her their its our this that mss un us
  pnh hnp gsf binuh ohchr iom unicef haitian kenyan english french creole kreyol response addition
  total fact particular recent order light spite charge reuters ap afp operation operations security
  support multinational national parliament congress senate court government police it he she they we
  i as one some all both each many most several late early mid gang gangs viv ansanm christ god
  according despite
`);
