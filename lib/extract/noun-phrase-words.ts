/** Word lists the noun-phrase reader is made of (noun-phrase.ts): English, French, Kreyòl, folded. */
import { dict, wordSet } from './words';

export const DETERMINERS = wordSet(`
  a an the one another both all our their his her its these those this that some more other others
  additional further fellow of least at than over nearly almost around about approximately roughly
  estimated up to no only just well close two first second third fourth fifth sixth latest new
  dezyem twazyem katriyem senkyem yon lot deuxieme troisieme quatrieme cinquieme sixieme
  le la les l des du de d un une au aux ce cet cette ces son sa ses leur leurs plusieurs autres autre
  certains certaines quelques nombreux nombreuses moins plus pres environ dont parmi tous toutes
  nouveaux nouvelles premier premiere dizaine douzaine quinzaine vingtaine trentaine quarantaine
  cinquantaine soixantaine centaine millier dizen venten vinten
`);
export const MODIFIERS = wordSet(`
  police national security foreign senior junior young local innocent unarmed armed suspected alleged
  wounded injured slain missing off duty female male elderly pregnant year old brave courageous gang
  haitian mss pnh hnp gsf kenyan contingent military special tactical unit swat bim cimo udmo rapid
  response deployed serving other more civilian notorious powerful rival dead kidnapped abducted
  family group community school u s american canadian french mp private lance chief deputy assistant former
  member members leader leaders million thousand hundred dozen cents most largest biggest feared dangerous
  wanted infamous prominent top main radio television tv freelance online
  haitien haitiens haitienne haitiennes kenyan kenyans arme armes jeune jeunes innocent innocents
  presume presumes presumee presumees age ages agee agees national nationale nationaux police
  multinationale etrangers etranger supplementaires blesses morts disparus otages lekol
`);

export const PRONOUNS: ReadonlyMap<string, number | null> = dict({
  he: 1,
  she: 1,
  him: 1,
  her: 1,
  they: null,
  them: null,
  // « il n'a pas survécu à ses blessures »: French subjects (not « elle », also « chez elle »).
  il: 1,
  ils: null,
  eux: null,
  elles: null,
  we: null,
  us: null,
});
export const SCALE_WORDS = wordSet('million thousand hundred dozen');
export const VAGUE: ReadonlyMap<string, number> = dict({
  thousands: 2000,
  hundreds: 200,
  dozens: 24,
  scores: 40,
  milliers: 2000,
  centaines: 200,
  dizaines: 24,
});
/** "thousands of", "des dizaines de" / "d'": the word that ties a vague count to its people. */
export const OF_WORDS = new Set(['of', 'de', 'd']);
/** The word that joins two person phrases: "10 women and three infants", « deux journalistes et un policier ». */
export const AND_WORDS = new Set(['and', 'et']);

/** "15 other people", "9 blessés supplémentaires", "d'autres victimes": more victims. */
export const OTHER_WORDS = wordSet(
  'other others additional further autre autres supplementaires supplementaire lot',
);
/** "wounding a third", "a fourth is missing", « un troisième »: one more of the people just told. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['deuxieme', 2],
  ['troisieme', 3],
  ['quatrieme', 4],
  ['cinquieme', 5],
  ['dezyem', 2],
  ['twazyem', 3],
  ['katriyem', 4],
  ['senkyem', 5],
]);
/** "the officer", "l'agent", "ce policier": someone already told of. */
export const DEFINITE = wordSet('the his her its this that l le la ce cet cette son sa');
export const QUOTES = new Set(['"', '“', '”']);
/** Words that rename the phrase before them: "a gang leader known as “Ti Lapli”". */
export const RENAMING = wordSet('as alias nicknamed dubbed called named');
/** Verbs and joiners that would make the words before a verb a clause of their own. */
/** Modifiers that after "and" start a new verb: "killed a police officer and wounded two others". */
export const VERB_LIKE = wordSet(
  'wounded injured killed kidnapped abducted slain missing dead deployed serving',
);
/**
 * Words after which a new clause, and so a new subject, begins: "said Wednesday that two patients …",
 * « a déclaré qu’un policier … ».
 */
export const CLAUSE_OPENERS = wordSet(
  'that said says when after where because while que qu quand lorsque lorsqu',
);
/** Finite verbs and joiners: between a subject and its verb, they make the words a clause of their own. */
export const CLAUSE_VERBS = wordSet(`
  was were is are has have had said says told and but while killed wounded injured attacked fled
  reported reports confirmed announced counted recorded estimated gave found
`);
/** A relative's possessive after a name: "Pastor Jean Baptiste and his wife", « Jean et sa femme ». */
export const POSSESSIVES = wordSet('his her their son sa ses leur leurs');
/** "to" and « pour » before a verb open a purpose clause: "deployed to Haiti to fight gangs". */
export const PURPOSE_WORDS = wordSet('to pour');

/** Start of a ", including …," or ", 26," aside that sits between a phrase and its verb. */
export const ASIDE_STARTS = wordSet(`
  including among mostly most many who whose which identified aged a an both all according reportedly
  officials police sources witnesses named dont parmi selon notamment surtout essentiellement majoritairement principalement
  unfortunately sadly tragically however une un affecte affectee assigned stationed posted based
  identifie identifiee identifies identifiees surnomme connu originaire atteint atteinte blesse blessee
  touche touchee hit shot wounded struck
`);
