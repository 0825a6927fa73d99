/**
 * Milestones of the mission: when it was authorised, launched, and when a country's first
 * contingent deployed. Reports disagree ("launched in June 2023" against "first batch …
 * deployed in June 2024"): each claim is kept as written and checked against the reference facts.
 */

import type { SentenceFacts } from './analyze';
import { evidenceOf } from './evidence';
import { contingentCountryAt, MISSION_WORDS } from './lexicon';
import { referenceConflict } from './reference-facts';
import type { MilestoneDraft } from './schema';
import { normsOf } from './tokens';
import type { WarningLog } from './warnings';

const FIRST_DEPLOYMENT =
  /\bfirst (?:batch|contingent|group|wave|deployment|team|officers|troops|(?:sent|deployed|arrived|landed|dispatched))\b|\b(?:sent|deployed|dispatched) (?:its|their) first\b/i;
const LAUNCH =
  /\b(?:launched|began operations|started operations|kicked off|commenced|was established|was inaugurated)\b/i;
const AUTHORISED = /\b(?:authori[sz]ed|approved|greenlit|endorsed)\b/i;

function countryIn(f: SentenceFacts): string {
  const norms = normsOf(f.tokens);
  for (let i = 0; i < norms.length; i++) {
    const c = contingentCountryAt(norms, i);
    if (c) return c.country;
  }
  return 'MSS';
}

/** The Gang Suppression Force, by its names: "GSF", "Gang Suppression Force", « FRG », « force de répression des gangs ». */
const GSF_NAME =
  /\b(?:GSF|FRG|FSG)\b|gang suppression force|force de (?:répression|suppression) des gangs/giu;
const MSS_NAME = /\b(?:MSS|MMAS)\b|multinational security support|mission multinationale/giu;

function mentionsMission(f: SentenceFacts): boolean {
  return f.tokens.some((t) => MISSION_WORDS.has(t.norm)) || f.sentence.text.search(GSF_NAME) >= 0;
}

/**
 * Which mission a sentence dates: the GSF when it is the mission named nearest the verb ("The
 * GSF, which the Security Council authorised in September"), else the MSS.
 */
function missionOf(text: string, verb: RegExp): string {
  const at = text.search(verb);
  const nearest = (re: RegExp) =>
    Math.min(Infinity, ...[...text.matchAll(re)].map((m) => Math.abs((m.index ?? 0) - at)));
  return nearest(GSF_NAME) < nearest(MSS_NAME) ? 'GSF' : 'MSS';
}

export function extractMilestones(facts: SentenceFacts[], warnings: WarningLog): MilestoneDraft[] {
  const out: MilestoneDraft[] = [];
  for (const f of facts) {
    if (f.skip) continue;
    const text = f.sentence.text;
    // Only dates that name their month: "in June 2024", "last June", not "this week".
    const dated = f.dates.find(
      (d) => d.role === 'point' && d.resolved && d.explicit && d.precision !== 'year',
    );
    if (!dated?.date) continue;
    const date = dated.precision === 'day' ? dated.date : dated.date.slice(0, 7);
    const datePrecision = dated.precision === 'day' ? 'day' : 'month';
    const add = (subject: MilestoneDraft['subject'], country: string) =>
      out.push({ subject, country, date, datePrecision, ...evidenceOf([f.sentence]) });
    if (FIRST_DEPLOYMENT.test(text)) add('first_deployment', countryIn(f));
    else if (LAUNCH.test(text) && mentionsMission(f)) add('mission_launch', missionOf(text, LAUNCH));
    else if (AUTHORISED.test(text) && mentionsMission(f))
      add('mission_authorization', missionOf(text, AUTHORISED));
  }
  // The reference facts date the MSS's milestones only.
  for (const m of out.filter((m) => m.country !== 'GSF')) {
    const conflict = referenceConflict(m);
    if (conflict) warnings.add('reference_conflict', conflict, m.evidence);
  }
  return out;
}
