/**
 * One CSV row per incident, as a manager pastes it into a spreadsheet: what happened (summary,
 * link to the incident), where (the position as the incident page and the map give it), the
 * casualties low / best / high in all and per side, the MSS contingent and the people named, and
 * the sources (titles, outlets, publication dates, links). Pure: the route streams rows built here.
 * Each incident is one line: line breaks inside a cell become spaces. Cells that a spreadsheet
 * would run as a formula (=, +, -, @) are prefixed with an apostrophe. List cells join the values
 * there are with " | " — never a separator around a missing one.
 */
import { type AcledActors, type ActorClaimRow, acledActors } from '../actors/acled';
import { affiliationLabel } from '../incidents/labels';
import type { ReconciledFigure } from '../incidents/reconcile';
import { type PlacePosition, placePosition } from '../locations/position';
import type { NamedVictim } from './victims';

const KINDS = ['killed', 'injured', 'missing'] as const;
const SIDES = ['mss', 'police', 'army', 'civilian', 'gang', 'unknown'] as const;
const RANGE = ['low', 'best', 'high'] as const;

export interface ExportIncident {
  id: number;
  date: string;
  dateEnd: string | null;
  datePrecision: string;
  type: string;
  title: string;
  summary: string;
  status: string;
  /** How sure we are (lib/incidents/grade.ts). */
  grade: string;
  placeName: string | null;
  placeKey: string | null;
  placeKind: string | null;
  placePrecision: string;
  placeText: string | null;
  commune: string | null;
  department: string | null;
  lat: number | null;
  lng: number | null;
  radiusM: number | null;
  casualties: ReconciledFigure[];
  victims: NamedVictim[];
  /** Who did it and who was hit, per source (the ACLED columns are built from these). */
  actors: ActorClaimRow[];
  sources: {
    reportId: number;
    title: string;
    outlet: string | null;
    url: string | null;
    publishedAt: string | null;
  }[];
}

/** Where the incident pages are served: links in the export point there. */
export interface ExportContext {
  baseUrl: string;
}

/** The position as the incident page and the map give it; none without a known place. */
export function exportPosition(i: ExportIncident): PlacePosition | null {
  return i.radiusM === null ? null : placePosition(i.placePrecision, i.radiusM);
}

export function incidentLink(i: ExportIncident, context: ExportContext): string {
  return `${context.baseUrl}/incidents/${i.id}`;
}

export const CSV_COLUMNS: [header: string, hxl: string][] = [
  ['incident_id', '#event+id'],
  ['date', '#date+start'],
  ['date_end', '#date+end'],
  ['date_precision', '#date+precision'],
  ['type', '#event+type'],
  ['title', '#event+name'],
  ['summary', '#event+description'],
  ['link', '#event+url'],
  ['review_status', '#status'],
  ['grade', '#status+grade'],
  ['place', '#loc+name'],
  ['place_key', '#loc+code'],
  ['place_kind', '#loc+type'],
  ['place_precision', '#loc+precision'],
  ['place_as_written', '#loc+name+orig'],
  ['commune', '#adm2+name'],
  ['department', '#adm1+name'],
  ['lat', '#geo+lat'],
  ['lng', '#geo+lon'],
  ['radius_m', '#geo+radius'],
  ...KINDS.flatMap((k) => [
    ...RANGE.map((r): [string, string] => [`${k}_${r}`, `#affected+${k}+${r}`]),
    ...SIDES.flatMap((s) =>
      RANGE.map((r): [string, string] => [`${k}_${s}_${r}`, `#affected+${k}+${s}+${r}`]),
    ),
  ]),
  ['mss_country', '#affected+mss+country'],
  // ACLED's actor columns (lib/actors/acled.ts), so the rows load beside ACLED's own.
  ['actor1', '#group+actor1+name'],
  ['assoc_actor_1', '#group+actor1+assoc'],
  ['inter1', '#group+actor1+type'],
  ['actor2', '#group+actor2+name'],
  ['assoc_actor_2', '#group+actor2+assoc'],
  ['inter2', '#group+actor2+type'],
  ['interaction', '#group+interaction'],
  ['named_victims', '#affected+name'],
  ['sources_disagree', '#meta+disputed'],
  ['source_count', '#meta+sources+num'],
  ['source_report_ids', '#meta+sources+id'],
  ['source_titles', '#meta+sources+name'],
  ['outlets', '#meta+sources+org'],
  ['published_dates', '#meta+sources+date'],
  ['source_urls', '#meta+sources+url'],
];

type Cell = string | number | boolean | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? value.replace(/\s*[\r\n]+\s*/g, ' ') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function csvHeader(withHxl: boolean): string {
  return csvLine(CSV_COLUMNS.map(([h]) => h)) + (withHxl ? csvLine(CSV_COLUMNS.map(([, tag]) => tag)) : '');
}

/** The values there are (each once, unless `distinct` is false), joined: "a | b"; "" for none. */
function list(values: readonly (string | null | undefined)[], distinct = true): string {
  const present = values.filter((v): v is string => !!v && v.trim() !== '');
  return (distinct ? [...new Set(present)] : present).join(' | ');
}

/** "Samuel Tompoi Kaetuai (26, MSS (Kenya), killed)" */
function victimText(v: NamedVictim): string {
  const about = [v.age === null ? null : String(v.age), affiliationLabel(v.affiliation, v.country), v.kind];
  return `${v.name} (${about.filter(Boolean).join(', ')})`;
}

export function csvRow(i: ExportIncident, context: ExportContext): string {
  const sum = (kind: string, field: (typeof RANGE)[number], side?: string) =>
    i.casualties
      .filter((c) => c.kind === kind && (!side || c.affiliation === side))
      .reduce((n, c) => n + c[field], 0);
  const position = exportPosition(i);
  const who: AcledActors = acledActors(i.actors, i.date);
  return csvLine([
    i.id,
    i.date,
    i.dateEnd,
    i.datePrecision,
    i.type,
    i.title,
    i.summary,
    incidentLink(i, context),
    i.status,
    i.grade,
    i.placeName,
    i.placeKey,
    i.placeKind,
    position?.label ?? i.placePrecision,
    i.placeText,
    i.commune,
    i.department,
    i.lat,
    i.lng,
    position?.radiusM,
    ...KINDS.flatMap((k) => [
      ...RANGE.map((r) => sum(k, r)),
      ...SIDES.flatMap((s) => RANGE.map((r) => sum(k, r, s))),
    ]),
    list(i.casualties.filter((c) => c.affiliation === 'mss').map((c) => c.country)),
    who.actor1,
    who.assocActor1,
    who.inter1,
    who.actor2,
    who.assocActor2,
    who.inter2,
    who.interaction,
    list(i.victims.map(victimText)),
    i.casualties.some((c) => c.disputed),
    i.sources.length,
    list(i.sources.map((s) => String(s.reportId))),
    list(
      i.sources.map((s) => s.title),
      false,
    ),
    list(i.sources.map((s) => s.outlet)),
    list(i.sources.map((s) => s.publishedAt).sort()),
    list(i.sources.map((s) => s.url)),
  ]);
}
