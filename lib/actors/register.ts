/**
 * The actor register, like the gazetteer: who acts in Haiti's violence, with the names reports
 * use for them (English, French, Kreyòl, spellings, and leaders' names where reports use them for
 * the group), their type in ACLED's manner, and membership in coalitions over time.
 * Pure data and lookups: the reader (lib/extract) uses it, so nothing here touches the store.
 */
import type { Affiliation } from '../extract/schema';

/** ACLED's actor types, as they apply in Haiti. */
export const ACTOR_TYPES = [
  'armed_group', // gangs ("political militias" and "identity militias" in ACLED's coding are rare here)
  'coalition', // alliances of armed groups (Viv Ansanm, G9, G-Pèp)
  'state_force', // Haitian National Police and its units, the armed forces, the drone task force
  'international_force', // the MSS by contributing country, the Gang Suppression Force
  'self_defence', // brigades and "Bwa Kale" vigilantes
  'civilians',
  'unidentified', // "unidentified gunmen": an armed actor the report does not name
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export interface ActorEntry {
  key: string;
  name: string;
  type: ActorType;
  /** Other names reports use, in any language; matched whole-word, any case, any accents. */
  aliases: readonly string[];
  /** Leaders' names and nicknames, matched only as "the gang of …", "…'s gang", "led by …". */
  leaders?: readonly string[];
  /**
   * Coalitions it belonged to, with the month it joined (and left). Only memberships widely
   * reported are listed; an editor adds others as reports tell them.
   */
  memberOf?: readonly { key: string; from: string; to?: string }[];
}

const gang = (
  key: string,
  name: string,
  aliases: readonly string[],
  extra: Pick<ActorEntry, 'leaders' | 'memberOf'> = {},
): ActorEntry => ({ key, name, type: 'armed_group', aliases, ...extra });

const VIV_ANSANM = [{ key: 'viv-ansanm', from: '2023-09' }] as const;

export const ACTORS: readonly ActorEntry[] = [
  // Coalitions
  {
    key: 'viv-ansanm',
    name: 'Viv Ansanm',
    type: 'coalition',
    aliases: ['Viv Ansanm', 'Vivre Ensemble', 'Viv Ansanm coalition', 'Viv Ansanm alliance'],
  },
  {
    key: 'g9',
    name: 'G9 an Fanmi e Alye',
    type: 'coalition',
    aliases: ['G9', 'G-9', 'G9 an Fanmi', 'G9 Family and Allies', 'G9 et alliés', 'G9 Fanmi e Alye'],
    leaders: ['Jimmy Chérizier', 'Chérizier', 'Barbecue', 'Barbecue Chérizier'],
    memberOf: VIV_ANSANM,
  },
  {
    key: 'g-pep',
    name: 'G-Pèp',
    type: 'coalition',
    aliases: ['G-Pèp', 'G Pèp', 'GPèp', 'G-Pep', 'G-Peuple'],
    leaders: ['Gabriel Jean-Pierre', 'Ti Gabriel'],
    memberOf: VIV_ANSANM,
  },
  // Armed groups
  gang('gran-grif', 'Gran Grif', ['Gran Grif', 'Grand Grif', 'Gran Grif gang'], {
    leaders: ['Luckson Elan', 'Luckson Elain'],
  }),
  gang('kokorat-san-ras', 'Kokorat San Ras', ['Kokorat San Ras', 'Kokorat Sans Ras', 'Kokorat']),
  gang('400-mawozo', '400 Mawozo', ['400 Mawozo', '400 Mawazo', 'Mawozo'], {
    leaders: ['Lanmò Sanjou', 'Lanmo Sanjou', 'Joseph Wilson', 'Germine Joly', 'Yonyon'],
  }),
  gang(
    '5-segonn',
    '5 Segonn',
    ['5 Segonn', 'Cinq Secondes', '5 Secondes', 'Village de Dieu gang', 'gang de Village de Dieu'],
    {
      leaders: ['Johnson André', 'Izo'],
    },
  ),
  gang('kraze-barye', 'Kraze Baryè', ['Kraze Baryè', 'Kraze Barye', 'Kraze Baye'], {
    leaders: ["Vitel'Homme Innocent", 'Vitel Homme Innocent'],
  }),
  gang('canaan', 'Canaan gang', ['Canaan gang', 'gang de Canaan', 'Jeff Canaan gang'], {
    leaders: ['Jeff Larose', 'Jeff Canaan'],
  }),
  gang('base-pilate', 'Base Pilate', ['Base Pilate', 'Baz Pilate']),
  gang('ti-makak', 'Ti Makak', ['Ti Makak', 'Ti Makak gang']),
  gang('chen-mechan', 'Chen Mechan', ['Chen Mechan', 'Chen Mechant', 'Chyen Mechan']),
  gang('baz-taliban', 'Baz Taliban', ['Baz Taliban', 'Base Taliban']),
  gang('grand-ravine', 'Grand Ravine', ['Grand Ravine gang', 'Gran Ravin', 'gang de Grand Ravine'], {
    leaders: ['Renel Destina', 'Ti Lapli'],
  }),
  gang('ti-bwa', 'Ti Bwa', ['Ti Bwa', 'Ti Bois gang'], { leaders: ['Christ-Roi Chéry', 'Chrisla'] }),
  gang('krache-dife', 'Krache Dife', ['Krache Dife', 'Krache Difé']),
  gang('belair', 'Bel-Air gang', ['Bel-Air gang', 'gang de Bel-Air'], { leaders: ['Kempes Sanon'] }),
  // State forces
  {
    key: 'hnp',
    name: 'Haitian National Police',
    type: 'state_force',
    aliases: [
      'Haitian National Police',
      'Haiti National Police',
      'National Police of Haiti',
      'Police nationale d’Haïti',
      "Police nationale d'Haïti",
      'PNH',
      'HNP',
      // Unqualified: the reader takes them only where the sentence says who acted or was attacked.
      'police',
      'police officers',
      'policemen',
      'policiers',
      'polis',
      'Polis Nasyonal',
      'BOID',
      'SWAT',
      'UDMO',
      'CIMO',
      'UTAG',
      'BLTS',
    ],
  },
  {
    key: 'fadh',
    name: 'Armed Forces of Haiti (FAd’H)',
    type: 'state_force',
    aliases: [
      'FAd’H',
      "FAd'H",
      'FADH',
      'Forces armées d’Haïti',
      "Forces armées d'Haïti",
      'Armed Forces of Haiti',
      'Haitian army',
      'Haitian armed forces',
      'Haitian soldiers',
    ],
  },
  {
    key: 'drone-task-force',
    name: 'Drone task force',
    type: 'state_force',
    aliases: [
      'drone task force',
      'task force',
      'drone strike',
      'drone strikes',
      'frappe de drone',
      'frappes de drones',
    ],
  },
  // International forces
  {
    key: 'mss',
    name: 'Multinational Security Support (MSS)',
    type: 'international_force',
    aliases: [
      'Multinational Security Support',
      'Multinational Security Support Mission',
      'MSS',
      'Mission multinationale d’appui à la sécurité',
      "Mission multinationale d'appui à la sécurité",
      'MMAS',
      'Kenyan police',
      'Kenyan officers',
      'Kenyan-led mission',
      'Kenyan forces',
    ],
  },
  {
    key: 'gsf',
    name: 'Gang Suppression Force',
    type: 'international_force',
    aliases: [
      'Gang Suppression Force',
      'GSF',
      'Force de répression des gangs',
      'Force de suppression des gangs',
      'FRG',
    ],
  },
  // Self-defence
  {
    key: 'self-defence',
    name: 'Self-defence brigades',
    type: 'self_defence',
    aliases: [
      'self-defence brigade',
      'self-defense brigade',
      'self-defence brigades',
      'self-defense brigades',
      'vigilante group',
      'vigilante groups',
      'vigilantes',
      'brigade de vigilance',
      'brigades de vigilance',
      'brigade d’autodéfense',
      'brigades d’autodéfense',
      "brigades d'autodéfense",
      'Bwa Kale',
    ],
  },
  // Without a name
  {
    key: 'unnamed-gang',
    name: 'Gang members (not named)',
    type: 'armed_group',
    aliases: [],
  },
  {
    key: 'unidentified-gunmen',
    name: 'Unidentified gunmen',
    type: 'unidentified',
    aliases: [],
  },
  { key: 'civilians', name: 'Civilians', type: 'civilians', aliases: [] },
];

const BY_KEY = new Map(ACTORS.map((a) => [a.key, a]));

export function actorByKey(key: string): ActorEntry | undefined {
  return BY_KEY.get(key);
}

/** The coalitions an actor belonged to on a day (YYYY-MM-DD), by membership months. */
export function coalitionsOn(key: string, day: string): string[] {
  const month = day.slice(0, 7);
  return (actorByKey(key)?.memberOf ?? [])
    .filter((m) => m.from <= month && (!m.to || month < m.to))
    .map((m) => m.key);
}

/** A span of months, `to` excluded; an open end is unbounded. */
export interface MemberSpan {
  key: string;
  from?: string;
  to?: string;
}

const later = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);
const earlier = (a?: string, b?: string) => (!a ? b : !b ? a : a < b ? a : b);

/**
 * An actor and, for a coalition, every group that belonged to it (members of members too), each
 * with the months it did: what "incidents of Viv Ansanm" means, in ACLED's manner of associated
 * actors. A group's incidents count for a coalition only while it was a member.
 */
export function actorWithMembers(key: string, span: Omit<MemberSpan, 'key'> = {}, depth = 0): MemberSpan[] {
  const out: MemberSpan[] = [{ key, ...span }];
  if (depth > 3) return out;
  for (const member of ACTORS) {
    for (const m of member.memberOf ?? []) {
      if (m.key !== key) continue;
      const from = later(span.from, m.from);
      const to = earlier(span.to, m.to);
      if (from && to && from >= to) continue;
      out.push(...actorWithMembers(member.key, { ...(from && { from }), ...(to && { to }) }, depth + 1));
    }
  }
  return out;
}

/**
 * The casualty side an actor's own dead and wounded are counted under (lib/extract's
 * affiliations), for "casualties suffered" on its page; null where reports' sides do not say.
 */
export function casualtySideOf(actor: ActorEntry): Affiliation | null {
  if (actor.key === 'fadh') return 'army';
  switch (actor.type) {
    case 'state_force':
      return 'police';
    case 'international_force':
      return 'mss';
    case 'armed_group':
    case 'coalition':
    case 'unidentified':
      return 'gang';
    case 'civilians':
      return 'civilian';
    default:
      return null;
  }
}
