import type { DeploymentDraft } from './schema';

/**
 * The words that make a sentence worth reading for deployments, and the words that tell a figure's
 * kind: "deployed", « arrivée », "will", « doit ». deployments.ts reads the figures.
 */

export const DEPLOY_CUE =
  /\b(?:deploy(?:ed|ing|s|ment)?|authori[sz]ed|jetted (?:out|off|into)|sent|send(?:ing|s)?|dispatch(?:ed|ing)?|arriv(?:e|ed|al|ing|es)|landed|touched down|(?:leav(?:e|es|ing)|head(?:s|ed|ing)?|bound|fly(?:ing)?|travel(?:l?ing)?)(?: \w+)? (?:for|to) (?:haiti|port-au-prince)\b|depart(?:s|ing|ure)?\b|fl(?:y|ies|ying) out\b|(?:flew|flown)\b[^.;]{0,60}?\b(?:to|into) haiti\b|consists? of|comprising|compris(?:es|ed)|numbering|strength|strong|contribut(?:ed|e|es|ing|ors?)|pledged|committed|to include|expected|boots on the ground|now (?:has|numbers|stands)|(?:stood|stands|standing) at|totall?ing|reinforcements?|contingent of|force of|numbers|ceiling|envisioned|envisaged|(?:has|have|had)(?: [a-z]+){0,3} \d|there (?:are|were) (?:now )?(?:about|around|some|nearly|over|more than|\d))/i;
/** Weaker cues ("including six staff members" is not a deployment): only where a contingent or mission is named. */
export const GROUP_CUE =
  /\b(?:join(?:ed|ing|s)?|stationed|consisting of|made up of|includ(?:es|ed|ing)|(?:has|have|had)(?: [a-z]+){0,3} (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|a (?:dozen|hundred|thousand)))\b/i;
/** "bringing Guatemala's contribution to 150": a running total is a cue of its own. */
export const RUNNING_CUE =
  /\b(?:bring(?:s|ing)?|brought|rais(?:es|ed|ing)|push(?:es|ed|ing))\b[^.;]{0,80}\bto (?:(?:about|around|some|nearly|roughly|almost|more than|over|at least|(?:just|well|slightly) (?:over|under|above|below)) )?\d/i;
export const PLANNED =
  /\b(?:expected to|(?:is|are|were|was) expected|will|would|plans? to|planned|pledged|promised|committed to|(?:has|have|had) committed|committed up to|authori[sz](?:ed|ing|es?)|(?:is|are) to|set to|to be deployed|aims? to|intends? to|supposed to|proposed|envisaged|envisioned|ceiling|originally|voted|transform(?:ed|ing)? into|due (?:to|in|later|next)|scheduled to|slated to|upcoming|forthcoming)\b/i;
export const ARRIVAL =
  /\b(?:arrived|arrival|landed|jetted (?:out|off|into)|deployed|sent|dispatched|flew in|touched down|(?:flew|flown)\b[^.;]{0,60}?\b(?:to|into) haiti)\b/i;
// French and Kreyòl: "un contingent de 200 policiers kényans est arrivé", "doit compter au total
// 2.500 personnes", "portant le nombre à 600". Letters on neither side: \b does not know "é".
const FR = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu');
export const DEPLOY_CUE_FR = FR(
  "déploy(?:é|ée|és|ées|er|ait|aient)|déploiement|autoris(?:é|ée|és|ées|ait)|arrivé(?:e|s|es)?|arrivée|atterri|débarqué(?:e|s|es)?|envoy(?:é|és|er|ant)|enverr(?:a|ont|ait|aient)|attendu(?:e|s|es)?|contingent de|renforts?|effectifs?|portant (?:le nombre|l[’']effectif|le total|leur nombre|(?:le|son|leur) contingent|sa contribution)|port(?:ant|e|ent) à|envoi|compter au total|composée? de|rive|debake|plafond|prévus?",
);
/** « Le contingent kényan compte près de 950 policiers », Kreyòl « fòs la gen 2 000 manm »: only where a contingent or mission is named. */
export const GROUP_CUE_FR = FR(
  'compt(?:e|ent|ait|aient|era|eront|er)|compren(?:d|nent|ait)|regroupe|rassemble|sur place|gen',
);
export const PLANNED_FR = FR(
  "doit|doivent|devait|devaient|devra|devront|devrait|devraient|prévue?s?|plafond|initialement|promis|s[’']était proposée?|en envoyant|autorisée?s?|envisagée?s?|attendus?|l[’']envoi|pwomet|otorize|prochaine?s?|enverr(?:a|ont|ait|aient)",
);
export const ARRIVAL_FR = FR(
  'arrivé(?:e|s|es)?|arrivée|atterri|débarqué(?:e|s|es)?|déployé(?:e|s|es)?|envoyé(?:e|s|es)?|(?:ont|a) rejoint|rive|debake',
);
export const PERFECT = /\b(?:has|have) (?:now )?(?:deployed|sent)\b|\bhave been deployed\b/i;
/**
 * "after some 230 officers rotated home", « 200 policiers sont rentrés au Kenya »: people who
 * left Haiti are no deployment to it ("leaving Kenya for Haiti" is one).
 */
export const LEFT_HAITI = new RegExp(
  [
    String.raw`\b(?:rotat(?:ed|ing|es?)|return(?:ed|ing|s)?|went|gone|going|headed|sent|flown|flew|come|came|coming) (?:back )?(?:home|out of haiti)\b`,
    String.raw`\b(?:left|leav(?:e|es|ing)|depart(?:ed|ing|s)?(?: from)?|quit|withdr(?:ew|awn|aw|awing)(?: from)?|pull(?:ed|ing)? out of) (?:haiti|the country)\b`,
    String.raw`\b(?:repatriat(?:ed|ing|ion)|withdr(?:ew|awn)|pulled out)\b`,
    String.raw`(?<!\p{L})(?:(?:rentré|retourné)(?:e|s|es)? (?:au pays|au kenya|chez (?:eux|elles)|dans leur pays)|rapatrié(?:e|s|es)?|quitt(?:é|er|ent|ant) (?:haïti|le pays))(?!\p{L})`,
  ].join('|'),
  'iu',
);
/** "the recently arrived officers", « l'arrivée récente de 217 policiers »: an arrival of late, even undated. */
export const RECENT =
  /\b(?:recent(?:ly)?|newly|just)\b|(?<!\p{L})(?:récent(?:e|s|es)?|récemment|fraîchement|nouvellement)(?!\p{L})/iu;

/**
 * The kind of a figure from the words of its clause: planned ("will arrive", « doit »), an
 * arrival (arrived on a day it names, or of late), else the strength. A running total is a
 * strength, also one that "will bring" the contingent to a number after an arrival the sentence
 * reports (`arrived`).
 */
export function kindOf(
  local: string,
  { running, dated, arrived }: { running: boolean; dated: boolean; arrived: boolean },
): DeploymentDraft['kind'] {
  if ((PLANNED.test(local) || PLANNED_FR.test(local)) && !(running && arrived)) return 'planned';
  const arrival = (ARRIVAL.test(local) || ARRIVAL_FR.test(local)) && !PERFECT.test(local);
  return arrival && !running && (dated || RECENT.test(local)) ? 'arrival' : 'strength';
}
