/**
 * One CSV row per incident. Pure: the route streams rows built here.
 * Cells that a spreadsheet would run as a formula (=, +, -, @) are prefixed with an apostrophe.
 */
import type { ReconciledFigure } from '../incidents/reconcile';
import { type PlacePosition, placePosition } from '../locations/position';

const KINDS = ['killed', 'injured', 'missing'] as const;
const SIDES = ['mss', 'police', 'army', 'civilian', 'gang', 'unknown'] as const;

export interface ExportIncident {
  id: number;
  date: string;
  dateEnd: string | null;
  datePrecision: string;
  type: string;
  title: string;
  status: string;
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
  sources: { reportId: number; title: string; url: string | null; publishedAt: string | null }[];
}

/** The position as the incident page and the map give it; none without a known place. */
export function exportPosition(i: ExportIncident): PlacePosition | null {
  return i.radiusM === null ? null : placePosition(i.placePrecision, i.radiusM);
}

export const CSV_COLUMNS: [header: string, hxl: string][] = [
  ['incident_id', '#event+id'],
  ['date', '#date+start'],
  ['date_end', '#date+end'],
  ['date_precision', '#date+precision'],
  ['type', '#event+type'],
  ['title', '#event+name'],
  ['review_status', '#status'],
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
    [`${k}_low`, `#affected+${k}+low`] as [string, string],
    [`${k}_best`, `#affected+${k}+best`] as [string, string],
    [`${k}_high`, `#affected+${k}+high`] as [string, string],
    ...SIDES.map((s) => [`${k}_${s}_best`, `#affected+${k}+${s}+best`] as [string, string]),
  ]),
  ['sources_disagree', '#meta+disputed'],
  ['source_count', '#meta+sources+num'],
  ['source_report_ids', '#meta+sources+id'],
  ['source_titles', '#meta+sources+name'],
  ['source_urls', '#meta+sources+url'],
];

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function csvHeader(withHxl: boolean): string {
  return csvLine(CSV_COLUMNS.map(([h]) => h)) + (withHxl ? csvLine(CSV_COLUMNS.map(([, tag]) => tag)) : '');
}

export function csvRow(i: ExportIncident): string {
  const sum = (kind: string, field: 'low' | 'best' | 'high', side?: string) =>
    i.casualties
      .filter((c) => c.kind === kind && (!side || c.affiliation === side))
      .reduce((n, c) => n + c[field], 0);
  const position = exportPosition(i);
  return csvLine([
    i.id,
    i.date,
    i.dateEnd,
    i.datePrecision,
    i.type,
    i.title,
    i.status,
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
      sum(k, 'low'),
      sum(k, 'best'),
      sum(k, 'high'),
      ...SIDES.map((s) => sum(k, 'best', s)),
    ]),
    i.casualties.some((c) => c.disputed),
    i.sources.length,
    i.sources.map((s) => s.reportId).join(' | '),
    i.sources.map((s) => s.title).join(' | '),
    i.sources.map((s) => s.url ?? '').join(' | '),
  ]);
}
