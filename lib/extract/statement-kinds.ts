/**
 * Sentences that tell no event of their own: generalities ("this is not the first time"), the event
 * just told ranked among others ("It was the first fatality …"), and earlier events recalled as
 * background ("The incident came days after …", « Pour rappel, … »).
 */
import { eitherPattern } from './words';

/** Reported speech about what might happen or generalities: never an event by itself. */
const GENERAL = /\b(?:this is not the first time|as attacks (?:intensify|become)|increasingly frequent)\b/i;
/** "The attacks come as the Gang Suppression Force … struggles", "The killings come amid …": the context told. */
const COMES_AS =
  /^\W*(?:the|this|these|that|those)\s+(?:\w+\s+)?(?:attacks?|killings?|violence|ambush(?:es)?|incidents?|massacres?|clashes)\s+(?:come|comes|came)\s+(?:as|amid|at a time)\b/i;
/**
 * "It was the first fatality suffered by the force since …", « C'est le deuxième policier tué … »:
 * the event just told, ranked among others; it tells no event of its own, unless it names the one
 * before (« … la deuxième attaque en un mois, après celle du 12 octobre à Liancourt »).
 */
const RANKED = eitherPattern(
  // "Kiprop is the third Kenyan officer to die in Haiti since …", "He was the second …".
  /^\W*(?:it|this|that|he|she|(?:his|her|the) death|\p{Lu}[\p{L}’'-]+)\s+(?:was|is|marks|marked|became|becomes)\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest)\b/iu,
  /^\W*(?:c['’]est|il s['’]agit d[ue]|ce (?:décès|meurtre) est)\s*(?:le|la|du|de la)?\s*(?:premier|première|deuxième|second|seconde|troisième|quatrième|cinquième)(?![\p{L}])/iu,
);
const AFTER = eitherPattern(/\bafter\b/i, /(?<![\p{L}])après(?![\p{L}])/iu);

export function isGeneralStatement(text: string): boolean {
  return GENERAL.test(text) || COMES_AS.test(text) || (RANKED.test(text) && !AFTER.test(text));
}

/** "The incident came days after a Salvadoran soldier was killed": an earlier, other event. */
const BACKGROUND =
  /\b(?:(?:came|comes|coming|happened|occurred)\s+(?:just\s+)?(?:a\s+few\s+|two\s+|three\s+|several\s+)?(?:days?|weeks?|months?|hours?)\s+after|follows?\s+(?:the|an?)\s+(?:earlier|previous))\b/i;

/** "Il importe de rappeler que le 23 février…", "Pour rappel, …", "It is worth recalling that…": an earlier event recalled. */
const RECALLED =
  /\b(?:rappel(?:er|ons|le|lent)\s+qu|pour rappel\b|(?:it is worth|it bears|it should be) (?:recalling|remembering|noting) that\b|as a reminder\b)/i;

/** "three officers had died before Saturday's ambush", « avant l'attaque de samedi »: deaths before the event told. */
const BEFORE_THE_EVENT = eitherPattern(
  /\b(?:before|prior to)\s+(?:the|this|that|\w+['’]s)\s+(?:\w+\s+)?(?:ambush|attack|assault|raid|incident|clash|massacre|operation)\b/i,
  /(?<![\p{L}])avant (?:l['’]|cette |cet )(?:attaque|embuscade|assaut|incident|opération)(?![\p{L}])/iu,
);

export function isBackground(text: string): boolean {
  return BACKGROUND.test(text) || RECALLED.test(text) || BEFORE_THE_EVENT.test(text);
}

/**
 * "The attack shook parents across the capital, where the new school year began on Oct. 1", "The
 * attack comes as Haiti awaits … troops …, approved … in late September": what the event told did
 * or what went on around it, with a day of something else; not "The attack came two days after …"
 * nor "The assault is part of a surge …, including deadly attacks in Mirebalais" (other events),
 * nor "The attack occurred over the weekend".
 */
const OPENS_WITH_EVENT =
  /^\W*(?:the|this|that|cette|cet|ce|l['’]|le|la)\s*(?:attack|assault|ambush|shooting|raid|massacre|attaque|embuscade|fusillade|tuerie)\s+(?!comes?\b(?!\s+(?:as|amid)\b)|came\b(?!\s+(?:as|amid)\b)|survient|intervient|occurred|happened|took\b|began|started|unfolded|lasted|s['’]est|a eu lieu)/iu;

export function tellsWhatItDid(text: string): boolean {
  return OPENS_WITH_EVENT.test(text);
}
