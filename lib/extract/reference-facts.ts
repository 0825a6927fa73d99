/**
 * Facts about the mission that reports sometimes get wrong, kept in one place so a reader of
 * the code can check them. A report that contradicts one gets a `reference_conflict` warning;
 * its own claim is still recorded as written.
 *
 * - 2 October 2023: UN Security Council resolution 2699 authorises the Multinational Security
 *   Support (MSS) mission.
 * - 25 June 2024: the first contingent (about 400 Kenyan police officers) lands in Port-au-Prince;
 *   this is when the mission began operating ("launched") on the ground.
 * - 30 September 2025: resolution 2793 authorises the Gang Suppression Force (GSF), which succeeds
 *   the MSS.
 */
import { formatMonth } from './calendar';
import type { MilestoneDraft } from './schema';

export const MSS_AUTHORISED_ON = '2023-10-02';
export const MSS_FIRST_ARRIVAL_ON = '2024-06-25';

/**
 * The missions by name, and the first day a report could name them: the MSS from its authorisation
 * (the name came with resolution 2699); the GSF from the proposal of late August 2025 that named it,
 * a month before resolution 2793 authorised it.
 */
const MISSIONS: Array<{ name: string; since: string; when: string; named: RegExp[] }> = [
  {
    name: 'the Gang Suppression Force',
    since: '2025-08-01',
    when: 'first proposed in August 2025',
    named: [/\bGSF\b/, /gang suppression force|force de (?:répression|suppression) des gangs/i],
  },
  {
    name: 'the MSS',
    since: MSS_AUTHORISED_ON,
    when: 'authorised on 2 October 2023',
    named: [/\b(?:MSS|MMAS)\b/, /multinational security support|mission multinationale d['’]appui/i],
  },
];

/**
 * The latest mission a text names, and the first day a report could name it: a report that names it
 * is no older. Null when it names neither.
 */
export function namedMissionSince(
  texts: readonly string[],
): { name: string; since: string; when: string } | null {
  const found = MISSIONS.find((m) => texts.some((t) => m.named.some((re) => re.test(t))));
  return found ? { name: found.name, since: found.since, when: found.when } : null;
}

const REFERENCE =
  'the UN Security Council authorised the MSS on 2 October 2023 (resolution 2699) and its first contingent, from Kenya, arrived in Haiti on 25 June 2024';

/** A message when the milestone contradicts the reference facts, else null. */
export function referenceConflict(m: MilestoneDraft): string | null {
  const month = m.date.slice(0, 7);
  const said = formatMonth(m.date);
  if (m.subject === 'first_deployment' && (m.country === 'Kenya' || m.country === 'MSS')) {
    if (month === MSS_FIRST_ARRIVAL_ON.slice(0, 7)) return null;
    return `The report dates the first deployment to ${said}, but ${REFERENCE}.`;
  }
  if (m.subject === 'mission_launch') {
    if (month === MSS_FIRST_ARRIVAL_ON.slice(0, 7)) return null;
    return `The report says the mission was launched in ${said}, but ${REFERENCE}.`;
  }
  if (m.subject === 'mission_authorization' && month !== MSS_AUTHORISED_ON.slice(0, 7)) {
    return `The report dates the mission's authorisation to ${said}, but ${REFERENCE}.`;
  }
  return null;
}
