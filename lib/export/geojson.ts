import { type ExportIncident, exportPosition } from './csv';

/** A GeoJSON Feature; incidents without a known place have a null geometry (valid GeoJSON). */
export function geoJsonFeature(i: ExportIncident): string {
  const totals = (kind: string) =>
    i.casualties.filter((c) => c.kind === kind).reduce((n, c) => n + c.best, 0);
  const position = exportPosition(i);
  return JSON.stringify({
    type: 'Feature',
    id: i.id,
    geometry: i.lat !== null && i.lng !== null ? { type: 'Point', coordinates: [i.lng, i.lat] } : null,
    properties: {
      id: i.id,
      date: i.date,
      dateEnd: i.dateEnd,
      datePrecision: i.datePrecision,
      type: i.type,
      title: i.title,
      status: i.status,
      place: i.placeName,
      placePrecision: position?.label ?? i.placePrecision,
      approximate: position?.approximate ?? true,
      radiusM: position?.radiusM ?? null,
      commune: i.commune,
      department: i.department,
      killed: totals('killed'),
      injured: totals('injured'),
      missing: totals('missing'),
      casualties: i.casualties.map(({ bySource: _omit, ...c }) => c),
      sources: i.sources,
    },
  });
}
