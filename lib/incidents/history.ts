/**
 * An incident's audit entries in words: what changed, with places, types and sides named, other
 * incidents linked, unchanged fields left out, and never an id map or raw stored data.
 * Pure: the page passes the names of the places the entries mention.
 */
import {
  AFFILIATION_LABELS,
  claimLabel,
  EDITABLE_FIELD_LABELS,
  HEDGE_LABELS,
  INCIDENT_TYPE_LABELS,
  PLACE_PRECISION_LABELS,
  STATUS_LABELS,
} from './labels';

/** Text, or a link to another incident. */
export type HistoryPart = string | { incidentId: number; text: string };
export interface HistoryView {
  action: string;
  lines: HistoryPart[][];
}

export const ACTION_LABELS: Record<string, string> = {
  create: 'created',
  update: 'edited',
  refine: 'refined by a new source',
  delete: 'deleted',
  restore: 'restored',
  claim_add: 'claim added',
  claim_edit: 'claim edited',
  claim_delete: 'claim deleted',
  actor_add: 'actor added',
  actor_remove: 'actor removed',
  source_denies: 'source marked',
  actors_read: 'actors read from a source',
  source_add: 'source linked',
  add_source: 'source added by the reader',
  merge: 'merged others in',
  merged_into: 'merged into another incident',
  split: 'split',
  corroborate: 'corroborated by a report',
};

const FIELD_LABELS: Record<string, string> = {
  ...EDITABLE_FIELD_LABELS,
  reportId: 'Report',
  kind: 'Kind',
  count: 'Count',
  hedge: 'Precision',
  affiliation: 'Side',
  country: 'Country',
  reason: 'Reason',
};

const CODE_LABELS: Record<string, Record<string, string>> = {
  type: INCIDENT_TYPE_LABELS,
  status: STATUS_LABELS,
  placePrecision: PLACE_PRECISION_LABELS,
  affiliation: AFFILIATION_LABELS,
  hedge: HEDGE_LABELS,
};

type PlaceName = (id: number) => string | undefined;
type Fields = Record<string, unknown>;

const record = (v: unknown): Fields => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Fields) : {});
const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'number') : []);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const reports = (ids: number[]) =>
  `${ids.length === 1 ? 'report' : 'reports'} ${ids.map((id) => `#${id}`).join(', ')}`;

/** A stored value in words, or null when it is structured data a reader need not see. */
function shown(field: string, value: unknown, placeName: PlaceName): string | null {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'object') ? value.join(', ') : null;
  if (typeof value === 'object') return null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (field === 'locationId') return placeName(Number(value)) ?? `place #${value}`;
  if (field === 'reportId') return `#${value}`;
  const text = String(value);
  if ((field === 'date' || field === 'dateEnd') && /^\d{4}-\d{2}-\d{2}/.test(text)) return text.slice(0, 10);
  return CODE_LABELS[field]?.[text] ?? text;
}

/** "Field: before → after" for each field whose value changed (or only "Field: value" when new). */
function changes(before: Fields, after: Fields, placeName: PlaceName, skip: string[] = []): HistoryPart[][] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (f) => !skip.includes(f),
  );
  return fields.flatMap((f) => {
    const was = f in before ? shown(f, before[f], placeName) : null;
    const now = shown(f, after[f], placeName);
    if (now === null || (f in before && was === now)) return [];
    const label = FIELD_LABELS[f] ?? f;
    return [[f in before && was !== null ? `${label}: ${was} → ${now}` : `${label}: ${now}`]];
  });
}

const link = (id: number): HistoryPart => ({ incidentId: id, text: `#${id}` });
const links = (ids: number[]): HistoryPart[] => ids.flatMap((id, i) => (i ? [', ', link(id)] : [link(id)]));

const claimPhrase = (c: Fields) =>
  `${claimLabel({
    count: Number(c.count),
    hedge: String(c.hedge ?? 'exact'),
    kind: String(c.kind ?? ''),
    affiliation: String(c.affiliation ?? 'unknown'),
    country: typeof c.country === 'string' ? c.country : null,
  })}, from report #${c.reportId}`;

/** "Gran Grif as perpetrator, from report #12" */
const actorPhrase = (a: Fields) =>
  `${String(a.name ?? '')}${typeof a.country === 'string' ? ` (${a.country})` : ''} as ${String(a.role ?? '')}, from report #${a.reportId}`;

export function describeHistoryEntry(
  entry: { action: string; before: unknown; after: unknown },
  { placeName }: { placeName: PlaceName },
): HistoryView {
  const before = record(entry.before);
  const after = record(entry.after);
  const action = ACTION_LABELS[entry.action] ?? entry.action.replace(/_/g, ' ');
  const view = (lines: HistoryPart[][]): HistoryView => ({ action, lines });
  switch (entry.action) {
    case 'create': {
      const from = typeof after.splitFrom === 'number' ? after.splitFrom : null;
      if (from === null) return view([]);
      const moved = numbers(after.reportIds);
      return view([
        [
          'Split off from ',
          link(from),
          `, with ${reports(moved)} and ${plural(Number(after.claimsMoved ?? 0), 'claim')}`,
        ],
      ]);
    }
    case 'claim_add':
      return view([[claimPhrase(after)]]);
    case 'claim_delete':
      return view([[claimPhrase(before)]]);
    case 'source_denies':
      return view([
        [
          `Report #${after.reportId} ${after.denies ? 'marked as saying it did not happen' : 'no longer marked as saying it did not happen'}`,
        ],
      ]);
    case 'actors_read':
      return view([[`Report #${after.reportId}: ${plural(Number(after.actors ?? 0), 'actor')}`]]);
    case 'actor_add':
      return view([[actorPhrase(after)]]);
    case 'actor_remove':
      return view([[actorPhrase(before)]]);
    case 'claim_edit':
      return view([[claimPhrase(before)], ...changes(before, after, placeName)]);
    case 'delete':
    case 'restore':
      return view(changes({}, after, placeName, ['deleted']));
    case 'source_add': {
      const excerpt = String(after.excerpt ?? '');
      const quoted = excerpt.length > 160 ? `${excerpt.slice(0, 159)}…` : excerpt;
      return view([[`Report #${after.reportId}${quoted ? `: “${quoted}”` : ''}`]]);
    }
    case 'add_source': {
      const reasons = record(after.match).reasons;
      const why = Array.isArray(reasons) && reasons.length ? `, matched on ${reasons.join(', ')}` : '';
      return view([[`Report #${after.reportId}${why}`]]);
    }
    case 'merge':
      return view([
        [
          'Merged in ',
          ...links(numbers(after.merged)),
          `: ${plural(Number(after.sourcesMoved ?? 0), 'source')} and ${plural(Number(after.claimsMoved ?? 0), 'claim')} moved here`,
        ],
      ]);
    case 'merged_into': {
      const sources = numbers(after.sources);
      const into = Number(after.into);
      return view([
        ['Merged into ', link(into), sources.length ? `, with its sources (${reports(sources)})` : ''],
      ]);
    }
    case 'split': {
      const moved = numbers(after.reportIds);
      const moving = `${reports(moved)} and ${plural(Number(after.claimsMoved ?? 0), 'claim')}`;
      return view([
        [
          `${moving.charAt(0).toUpperCase()}${moving.slice(1)} moved to a new incident, `,
          link(Number(after.into)),
        ],
      ]);
    }
    default:
      return view(changes(before, after, placeName));
  }
}

/** The places an incident's history mentions, for the page to name. */
export function placeIdsIn(entries: readonly { before: unknown; after: unknown }[]): number[] {
  const ids = entries.flatMap((e) => [record(e.before).locationId, record(e.after).locationId]);
  return [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
}
