/**
 * Days of what followed an event rather than of the event (dates.ts gives them the telling's role):
 * a funeral, a closure, a later death in hospital, the wounded's admission, a state still lasting.
 */

/** "several schools in the area stayed closed on Monday": a day of what followed, not of an event. */
const AFTERMATH_BEFORE =
  /(?<!\p{L})(?:closed|reopened|suspended|cancell?ed|postponed|fermée?s?|rouverte?s?|suspendue?s?)(?!\p{L})[^.;,]{0,20}$/iu;
export const closedOn = (before: string) => AFTERMATH_BEFORE.test(before);

/** "a woman shot in the abdomen died Monday at Saint-Nicolas hospital": the day of a later death, not of the event. */
export const diedInCareOn = (before: string, after: string) =>
  (/\b(?:died|succumbed)\s+(?:on\s+)?$/i.test(before) &&
    /^[^.;]{0,40}\b(?:hospital|clinic)\b/i.test(after)) ||
  // « a succombé lundi soir à ses blessures », « est décédé mardi à l'hôpital »: the same, in French.
  (/(?<!\p{L})(?:succombée?s?|décédée?s?)\s+$/iu.test(before) &&
    /^[^.;]{0,30}(?<!\p{L})(?:blessures|hôpital|clinique)(?!\p{L})/iu.test(after));

/**
 * "two residents were still unaccounted for Sunday night", "remained missing on Monday", « Aucune nouvelle
 * de ces otages n'avait été obtenue mardi »: a state as of that day. `before` is the text up to the date.
 */
const STILL_BEFORE =
  /\b(?:still|remained|remain|remains)(?:\s+[\p{L}-]+){1,3}\s+(?:on\s+|as of\s+)?$|(?<!\p{L})(?:toujours|aucune nouvelle)(?!\p{L})[^.;]{0,60}$/iu;
export const stillOn = (before: string) => STILL_BEFORE.test(before);

/**
 * "… with gunshot wounds had arrived overnight", "were admitted on Friday", in a sentence of wounds or
 * care (`text`): the day care began, not the attack's.
 */
const ARRIVED_IN_CARE =
  /\b(?:(?:had|have|has|were|was) )?(?:arrived|been admitted|admitted|been brought in|brought in)(?: at the (?:hospital|clinic|health cent(?:er|re)))?\s+(?:on\s+)?$/i;
const IN_CARE = /\b(?:wound(?:s|ed)?|injur(?:y|ies|ed)|hospital|clinic|health cent(?:er|re))\b/i;
export const arrivedInCareOn = (before: string, text: string) =>
  ARRIVED_IN_CARE.test(before) && IN_CARE.test(text);

/**
 * "Four wounded were taken to the Sainte-Thérèse hospital in Hinche on Sunday morning", « transportés à
 * l'hôpital Sainte-Thérèse de Hinche dimanche matin »: the day they were taken into care, not the attack's.
 * `before` is the sentence up to the date.
 */
const TAKEN_TO_CARE =
  /(?<!\p{L})(?:taken|rushed|transported|evacuated|airlifted|flown|brought|transportée?s?|évacuée?s?|conduite?s?|admise?s?)\s+(?:to|à|vers)\s+(?:the\s+|a\s+|l['’]\s*|un\s+|une\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:hospital|clinic|health cent(?:er|re)|hôpital|clinique|centre de santé)(?:(?!(?<!\p{L})(?:after|when|as|où|lorsque|après|quand)(?!\p{L}))[^.;,]){0,50}$/iu;
export const takenToCareOn = (before: string) => TAKEN_TO_CARE.test(before);

/**
 * "Mourners gathered on Saturday to bury …", "the funeral on Saturday of …", « les funérailles …
 * ont été chantées mardi »: the day of a funeral, after the event, not the event's own day; but
 * not when the funeral itself is attacked ("Gunmen opened fire on a funeral on Saturday").
 */
const MOURNED_BEFORE =
  /(?<!\p{L})(?:mourners?|mourned|funerals?|burials?|buried|bury|vigils?|laid to rest|memorial|funérailles|obsèques|inhumée?s?|enterrée?s?|veillée)(?!\p{L})[^.;]{0,60}$/iu;
/** A cheap first look for the words MOURNED_BEFORE names. */
const MOURNING = /mourn|funer|buri|bury|vigil|laid to rest|memorial|obsèques|inhum|enterr|veillée/i;
const ATTACK_WORDS =
  /(?<!\p{L})(?:attack\w*|fired|fire|shot|shoot\w*|kill\w*|gunmen|storm\w*|raid\w*|attaqu\w*|tir\w*|tué\w*|abattu\w*)(?!\p{L})/iu;

/** "On Saturday, mourners buried …": a funeral's day that opens the sentence. */
const MOURNED_AFTER =
  /^\s*,?\s*(?:[\p{L}’'-]+\s+){0,4}?(?:mourners?|mourned|buried|funerals?|vigils?|funérailles|obsèques|inhum\p{L}*)(?!\p{L})/iu;

/**
 * A funeral's or mourners' day: `before` is the sentence up to the date, `after` from its end.
 * "Tuesday's attack" is the event's day wherever the funeral is told.
 */
export function mournedOn(before: string, after: string, own: string): boolean {
  if (/['’]s$/.test(own)) return false;
  if (/^[\s"“«(]*$/.test(before)) return MOURNED_AFTER.test(after.slice(0, 60));
  // The funeral word stands at most 60 characters before the date: only that stretch is scanned.
  const from = Math.max(0, before.length - 80);
  const m = MOURNING.test(before.slice(from)) ? MOURNED_BEFORE.exec(before.slice(from)) : null;
  return m !== null && !ATTACK_WORDS.test(before.slice(0, from + m.index));
}
