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

function mentionsMission(f: SentenceFacts): boolean {
  return f.tokens.some((t) => MISSION_WORDS.has(t.norm));
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
    else if (LAUNCH.test(text) && mentionsMission(f)) add('mission_launch', 'MSS');
    else if (AUTHORISED.test(text) && mentionsMission(f)) add('mission_authorization', 'MSS');
  }
  for (const m of out) {
    const conflict = referenceConflict(m);
    if (conflict) warnings.add('reference_conflict', conflict, m.evidence);
  }
  return out;
}
