/** A recorded incident as an Atom entry: its title, and a summary a feed reader shows. Pure. */
import {
  affiliationLabel,
  formatIncidentDate,
  INCIDENT_TYPE_LABELS,
  PLACE_PRECISION_LABELS,
} from '../incidents/labels';
import type { IncidentListItem } from '../incidents/queries';
import type { ReconciledFigure } from '../incidents/reconcile';
import { placePosition } from '../locations/position';
import type { AtomEntry } from './atom';
import { tagUri } from './feed-address';

/** A timeline item with when it was recorded and last changed (ISO instants). */
export interface FeedIncident extends IncidentListItem {
  summary: string;
  createdAt: string;
  updatedAt: string;
}

function placeWords(incident: IncidentListItem): string {
  if (!incident.place) {
    const precision = PLACE_PRECISION_LABELS[incident.placePrecision] ?? incident.placePrecision;
    return `${incident.placeText ?? 'Place not known'} (${precision})`;
  }
  return `${incident.place.name} (${placePosition(incident.placePrecision, incident.place.radiusM).label})`;
}

/** "MSS (Kenya): 1 killed", "Civilians: 1–3 injured (best 2)". */
function figureWords(c: ReconciledFigure): string {
  const count = c.low === c.high ? `${c.best}` : `${c.low}–${c.high}`;
  const best = c.low === c.high ? '' : ` (best ${c.best})`;
  return `${affiliationLabel(c.affiliation, c.country)}: ${count} ${c.kind}${best}`;
}

export function incidentSummary(incident: FeedIncident): string {
  const casualties = incident.casualties.length
    ? incident.casualties.map(figureWords).join('; ')
    : 'no casualties reported';
  const sources = `${incident.sourceCount} source${incident.sourceCount === 1 ? '' : 's'}`;
  const lines = [
    `${formatIncidentDate(incident.date, incident.dateEnd, incident.datePrecision)} · ${placeWords(incident)}`,
    `${casualties} · ${sources}${incident.disputed ? ', which disagree' : ''}${incident.status === 'draft' ? ' · draft, not yet reviewed' : ''}`,
  ];
  if (incident.summary.trim()) lines.push(incident.summary.trim());
  return lines.join('\n');
}

export function incidentEntry(incident: FeedIncident, origin: string): AtomEntry {
  return {
    id: tagUri(origin, `incidents/${incident.id}`),
    title: incident.title,
    updated: new Date(incident.updatedAt).toISOString(),
    published: new Date(incident.createdAt).toISOString(),
    link: `${origin}/incidents/${incident.id}`,
    summary: incidentSummary(incident),
    categories: [INCIDENT_TYPE_LABELS[incident.type] ?? incident.type],
  };
}
