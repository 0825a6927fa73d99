/**
 * Words for finding the persons a report names as victims (victim-names.ts), folded (lower case,
 * no accents). English and French, as the reports come in both.
 */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = (list: string) => new Set(fold(list).trim().split(/\s+/));

/**
 * Titles and roles written before a name ("missionary Jane Doe", "Police Constable John Roe"). They
 * are cut from the name, and a lone surname after one is a person ("Mr Doe", "Father Roe").
 */
export const TITLE_WORDS = words(`
  mr mrs ms miss dr doctor father fr sister sr brother pastor reverend rev bishop archbishop priest nun
  missionary journalist reporter photographer photojournalist cameraman correspondent editor nurse
  teacher professor principal director businessman businesswoman merchant driver student lawyer judge
  constable pc corporal cpl sergeant sgt inspector officer commissioner commander superintendent
  private pte captain capt lieutenant lt major colonel col general gen agent soldier policeman
  policewoman deputy senator mayor minister president leader chief boss activist worker volunteer
  monsieur madame mme mlle père pere soeur frère frere prêtre pretre pasteur religieuse journaliste
  reporteur photographe enseignant enseignante professeur infirmier infirmière infirmiere médecin
  medecin chauffeur commerçant commercant commerçante commercante directeur directrice policier
  policière policiere agente inspecteur commissaire sergent caporal capitaine lieutenant maire
  ministre président presidente chef militante militant
`);

/**
 * Capitalised words that are never part of a person's name: sentence openers, numbers,
 * organisations, forces, calendar words, nationalities. A name is what follows the last of them
 * in a run of capitalised words ("Irish Foreign Minister Simon Harris" → Simon Harris).
 */
const NON_NAMES = words(`
  the a an this that these those his her their its our my your some several many few most all both
  each every other others another any no none one two three four five six seven eight nine ten
  eleven twelve dozens hundreds thousands when while after before as at in on of for from by with
  without during since until but and or if so then also however meanwhile yesterday today tonight
  earlier later last next here there where what who whom whose which why how because although
  though despite according among including unlike like we they he she it i you us them
  police gang gangs gunmen bandits attackers armed residents officers soldiers journalists reporters
  authorities witnesses victims hostages local national international united nations nation mission
  multinational security support force forces army navy guard ministry minister council government
  state republic department office agency association union federation committee commission group
  coalition network foundation fund charity church parish school university college hospital clinic
  centre center institute company corporation airlines airport port road street avenue route
  highway bridge market prison station camp embassy news radio tele télé television times herald post
  press tribune journal daily weekly service services programme program project
  court tribunal parliament senate chamber party movement front alliance brigade unit battalion
  squad team task operation operations central general
  january february march april may june july august september october november december jan feb
  mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
  janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre
  decembre lundi mardi mercredi jeudi vendredi samedi dimanche christmas easter noël noel
  le la les l un une des du de d et ou mais dans en sur pour par avec selon lors depuis après apres
  avant quand ce cette ces son sa ses leur leurs il elle ils elles on nous vous je
`);

/** Nationalities, and words that describe a person before the name ("Irish", "young", "veteran"). */
export const DESCRIPTIVE_WORDS = words(`
  haitian haitians haiti kenyan kenyans kenya irish ireland american americans america canadian
  canada french france dominican dominicans jamaican jamaicans jamaica salvadoran salvadorans
  guatemalan guatemalans belizean bahamian bahamians beninese chadian bangladeshi barbadian
  burundian british english german italian spanish mexican brazilian chilean colombian venezuelan
  cuban filipino chinese japanese nigerian ghanaian african caribbean european latin
  haïtien haïtienne haïtiens haïtiennes haitien haitienne kényan kényane kenyan américain
  américaine français française canadien canadienne dominicain dominicaine
  young elderly old local prominent well-known veteran renowned former retired foreign
`);

export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([...NON_NAMES, ...DESCRIPTIVE_WORDS]);

/** Words after a name that make it a modifier, not a person: "Viv Ansanm members", "Doe family". */
export const MODIFIER_HEADS = words(`
  members member gang gangs group coalition fighters soldiers officers police forces troops men
  supporters family house home residence office headquarters base positions territory stronghold
  area neighbourhood neighborhood district road street hospital school church camp
  membres gangs groupe coalition famille maison quartier
`);

/** Participles and nouns that say a sentence is about victims (EN and FR, folded). */
export const VICTIM_WORD =
  /\b(?:victims?|hostages?|captives?|dead|killed|wounded|injured|kidnapped|abducted|taken|missing|casualties|bodies|murdered|shot|slain|freed|released|victimes?|otages?|morts?|tue(?:e|s|es)?|blesse(?:e|s|es)?|enleve(?:e|s|es)?|kidnappe(?:e|s|es)?|disparu(?:e|s|es)?|assassine(?:e|s|es)?|libere(?:e|s|es)?)\b/;
