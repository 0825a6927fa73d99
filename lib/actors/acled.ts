/**
 * An incident's actors in ACLED's manner, for exports analysts load beside ACLED's own data:
 * actor1 (who did it), its associated actors, actor2 (who was hit), and the interaction of their
 * types. Pure: built from the incident's actor claims, which stay per source on the incident page.
 *
 * - actor1 is the perpetrator most sources name (the first named on a tie); other perpetrators
 *   and the coalitions actor1 belonged to on the incident's date are its associated actors.
 * - actor2 is the target most sources name; other targets are its associated actors.
 * - inter1/inter2 are ACLED's actor categories (2024 codebook, in words). ACLED codes Haiti's
 *   gangs and coalitions, and unidentified armed groups, as political militias; community
 *   self-defence brigades and vigilantes as identity militias; the MSS and the Gang Suppression
 *   Force as external forces.
 * - interaction names both categories, the one ACLED numbers lower first ("State forces-Political
 *   militia"), or one and "only" when the sources name no one on the other side.
 */
import { actorByKey, coalitionsOn } from './register';

export const ACLED_INTER = [
  'State forces',
  'Rebel group',
  'Political militia',
  'Identity militia',
  'Rioters',
  'Protesters',
  'Civilians',
  'External/Other forces',
] as const;
export type AcledInter = (typeof ACLED_INTER)[number];

const INTER_OF_TYPE: Record<string, AcledInter> = {
  armed_group: 'Political militia',
  coalition: 'Political militia',
  unidentified: 'Political militia',
  state_force: 'State forces',
  international_force: 'External/Other forces',
  self_defence: 'Identity militia',
  civilians: 'Civilians',
};

export interface ActorClaimRow {
  role: string;
  key: string | null;
  name: string;
  type: string;
  country: string | null;
  reportId: number;
}

export interface AcledActors {
  actor1: string;
  assocActor1: string;
  inter1: string;
  actor2: string;
  assocActor2: string;
  inter2: string;
  interaction: string;
}

interface Ranked {
  id: string;
  name: string;
  key: string | null;
  type: string;
  reports: Set<number>;
  first: number;
}

/** One entry per actor (and MSS contingent), most sources first, then in the order first named. */
function ranked(claims: readonly ActorClaimRow[], role: string): Ranked[] {
  const byId = new Map<string, Ranked>();
  claims.forEach((c, index) => {
    if (c.role !== role) return;
    const id = `${c.key ?? c.name}|${c.country ?? ''}`;
    const known = byId.get(id);
    if (known) known.reports.add(c.reportId);
    else {
      const name = (c.key && actorByKey(c.key)?.name) || c.name;
      byId.set(id, {
        id,
        name: c.country ? `${name} (${c.country})` : name,
        key: c.key,
        type: c.type,
        reports: new Set([c.reportId]),
        first: index,
      });
    }
  });
  return [...byId.values()].sort((a, b) => b.reports.size - a.reports.size || a.first - b.first);
}

const interOf = (actor: Ranked | undefined): AcledInter | '' =>
  actor ? (INTER_OF_TYPE[actor.type] ?? '') : '';

function interaction(a: AcledInter | '', b: AcledInter | ''): string {
  if (!a && !b) return '';
  if (!a || !b) return `${a || b} only`;
  const [first, second] = ACLED_INTER.indexOf(a) <= ACLED_INTER.indexOf(b) ? [a, b] : [b, a];
  return `${first}-${second}`;
}

export function acledActors(claims: readonly ActorClaimRow[], date: string): AcledActors {
  const [actor1, ...others1] = ranked(claims, 'perpetrator');
  const [actor2, ...others2] = ranked(claims, 'target');
  const coalitions = actor1?.key
    ? coalitionsOn(actor1.key, date)
        .map((key) => actorByKey(key)?.name ?? key)
        .filter((name) => !others1.some((o) => o.name === name))
    : [];
  const inter1 = interOf(actor1);
  const inter2 = interOf(actor2);
  return {
    actor1: actor1?.name ?? '',
    assocActor1: [...others1.map((o) => o.name), ...coalitions].join('; '),
    inter1,
    actor2: actor2?.name ?? '',
    assocActor2: others2.map((o) => o.name).join('; '),
    inter2,
    interaction: interaction(inter1, inter2),
  };
}
