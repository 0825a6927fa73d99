/** A short, factual title: kind, scene, and who was hurt — "Ambush in Pont-Sondé: 1 Kenyan MSS member missing". */
import { demonymOf } from './lexicon';
import type { CasualtyDraft, IncidentDraft, IncidentType, PlaceMatch } from './schema';

const LABEL: Record<IncidentType, string> = {
  ambush: 'Ambush',
  armed_clash: 'Armed clash',
  attack: 'Attack',
  kidnapping: 'Kidnapping',
  killing: 'Killing',
  gunfire: 'Gunfire',
  arrest: 'Arrest',
  evacuation: 'Evacuation',
  other: 'Incident',
};

const HEDGE: Record<CasualtyDraft['hedge'], string> = {
  exact: '',
  about: 'about ',
  at_least: 'at least ',
  at_most: 'up to ',
};

/** What a title says about a claim: the figures only, not the evidence or the names. */
export type TitledCasualty = Pick<CasualtyDraft, 'kind' | 'count' | 'hedge' | 'affiliation' | 'country'>;

export const MAX_TITLE = 200;

function who(c: TitledCasualty): string {
  const many = c.count !== 1;
  switch (c.affiliation) {
    case 'mss': {
      const d = c.country ? `${demonymOf(c.country)} ` : '';
      return `${d}MSS ${many ? 'members' : 'member'}`;
    }
    case 'police':
      return many ? 'police officers' : 'police officer';
    case 'army':
      return many ? "FAd'H soldiers" : "FAd'H soldier";
    case 'civilian':
      return many ? 'civilians' : 'civilian';
    case 'gang':
      return many ? 'gang members' : 'gang member';
    default:
      return many ? 'people' : 'person';
  }
}

export function incidentTitle(input: {
  type: IncidentType;
  casualties: CasualtyDraft[];
  place: PlaceMatch | null;
  placeText: string | null;
  near: boolean;
  /** The commune of a site or neighbourhood. */
  area: string | null;
  persons: IncidentDraft['persons'];
  abducted: { count: number; hedge: CasualtyDraft['hedge'] } | null;
}): string {
  const person = input.persons[0]?.name;
  let title = LABEL[input.type];
  if (person && (input.type === 'arrest' || input.type === 'kidnapping')) title += ` of ${person}`;
  const where = input.place?.name ?? input.placeText;
  const site = input.place?.precision === 'exact';
  if (where) title += ` ${input.near ? 'near' : site ? 'at' : 'in'} ${where}`;
  if (input.area && input.area !== where) title += `, ${input.area}`;
  // The kidnapped are counted as missing; the title says what happened to them.
  const parts = input.casualties.length ? [casualtyPhrase(input.casualties, input.abducted !== null)] : [];
  if (input.abducted && !person && !input.casualties.some((c) => c.kind === 'missing'))
    parts.push(`${HEDGE[input.abducted.hedge]}${input.abducted.count} kidnapped`);
  if (parts.length > 0) title += `: ${parts.join(', ')}`;
  return fitTitle(title);
}

/**
 * "1 Kenyan MSS member killed, 2 gang members killed": the claims as a title names them. Shared
 * with the review screen, whose drafted titles follow the claims the editor edits.
 */
export function casualtyPhrase(casualties: readonly TitledCasualty[], kidnapped: boolean): string {
  return casualties
    .map(
      (c) =>
        `${HEDGE[c.hedge]}${c.count} ${who(c)} ${c.kind === 'missing' && kidnapped ? 'kidnapped' : c.kind}`,
    )
    .join(', ');
}

export const fitTitle = (title: string) =>
  title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
