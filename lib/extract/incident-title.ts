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

function who(c: CasualtyDraft): string {
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
  const taken = input.abducted !== null;
  const parts = input.casualties.map(
    (c) => `${HEDGE[c.hedge]}${c.count} ${who(c)} ${c.kind === 'missing' && taken ? 'kidnapped' : c.kind}`,
  );
  if (input.abducted && !person && !input.casualties.some((c) => c.kind === 'missing'))
    parts.push(`${HEDGE[input.abducted.hedge]}${input.abducted.count} kidnapped`);
  if (parts.length > 0) title += `: ${parts.join(', ')}`;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}
