/**
 * Words that tie a sentence to the event just told, or set it apart: "during the abduction",
 * "in the exchange of fire", "Separately, …" (event-agreement.ts).
 */
import { eitherPattern } from './words';

/** "Separately, …", « Par ailleurs, … »: another event. */
export const SEPARATE = eitherPattern(
  /\bseparate(?:ly)?\b/i,
  /(?<![\p{L}])(?:séparée?|par ailleurs)(?![\p{L}])/iu,
);

/** "A Guatemalan soldier was also slightly injured in the exchange of fire": the event just told. */
export const IN_THE_EVENT = eitherPattern(
  /\b(?:in|during) the (?:same )?(?:exchange of fire|shootout|firefight|gunfight|clash|clashes|fighting|ambush|attack|incident)\b/i,
  /(?<![\p{L}])(?:dans|lors de) (?:l['’]|la|le|les) ?(?:même )?(?:échange de tirs|fusillade|affrontements?|embuscade|attaque|incident)(?![\p{L}])/iu,
);

/** "during the abduction", « lors de l'attaque »: the sentence names the event it belongs to. */
export const DURING = eitherPattern(
  /\b(?:during|amid|in the course of|at the time of) (?:the|this|that) (?:abduction|kidnapping|attack|raid|ambush|clash|clashes|operation|assault)\b/i,
  /(?<![\p{L}])(?:lors|au cours|pendant|au moment) (?:de l['’]|du|de la|de cet(?:te)?) ?(?:enlèvement|attaque|embuscade|opération|affrontements?|assaut)(?![\p{L}])/iu,
);

/**
 * "The gunmen also took away a young man", « Les assaillants ont aussi enlevé … », Kreyòl « Bandi yo
 * te mennen ale tou yon jèn gason »: the attackers just told did more, in the same event.
 */
export const THEY_ALSO = eitherPattern(
  /^(?:the|these) (?:gunmen|attackers|assailants|gang members|gangsters|bandits|armed men|kidnappers)\b[^.;]*\balso\b/i,
  /^(?:(?:les|ces) (?:assaillants|bandits|hommes armés|malfrats|ravisseurs)(?![\p{L}])[^.;]*(?<![\p{L}])(?:aussi|également)|bandi yo(?![\p{L}])[^.;]*(?<![\p{L}])tou)(?![\p{L}])/iu,
);

/**
 * "Family members on Thursday identified the missing officer as Constable …", « le policier disparu a
 * été identifié »: a victim told before, described by what befell them; the day told is the telling's.
 */
export const DESCRIBED_VICTIM = eitherPattern(
  /\b(?:identified|named) (?:the|both|the two|the three) (?:slain|missing|wounded|injured|fallen|kidnapped|abducted|murdered|deceased|dead) (?:\w+ )?(?:officers?|constables?|soldiers?|policem[ae]n|victims?|journalists?|m[ae]n|wom[ae]n|hostages?)\b/i,
  /(?<![\p{L}])(?:le|la|les) (?:policiers?|agents?|soldats?|victimes?|journalistes?|otages?) (?:tués?|tuées?|disparus?|disparues?|blessés?|blessées?|enlevés?|enlevées?) (?:a|ont) été identifiée?s?(?![\p{L}])/iu,
);

/**
 * « Ce n'est pas la première fois que ce commissariat est visé », "It is not the first time the town
 * has been attacked": the earlier attack told next struck the same place.
 */
export const NOT_THE_FIRST_TIME = eitherPattern(
  /\b(?:this|it) (?:is|was) not the first time (?:that )?(?:the|this) \w+/i,
  /(?<![\p{L}])ce n['’](?:est|était) pas la première fois que (?:ce|cette|cet|la|le|l['’])/iu,
);
