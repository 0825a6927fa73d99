import { acledActors } from '../actors/acled';
import { type ExportContext, type ExportIncident, exportPosition, incidentLink } from './csv';

/**
 * A GeoJSON Feature, with what the CSV carries; incidents without a known place have a null
 * geometry (valid GeoJSON).
 */
export function geoJsonFeature(i: ExportIncident, context: ExportContext): string {
  const totals = (kind: string) =>
    i.casualties.filter((c) => c.kind === kind).reduce((n, c) => n + c.best, 0);
  const position = exportPosition(i);
  return JSON.stringify({
    type: 'Feature',
    id: i.id,
    geometry: i.lat !== null && i.lng !== null ? { type: 'Point', coordinates: [i.lng, i.lat] } : null,
    properties: {
      id: i.id,
      link: incidentLink(i, context),
      date: i.date,
      dateEnd: i.dateEnd,
      datePrecision: i.datePrecision,
      type: i.type,
      title: i.title,
      summary: i.summary,
      status: i.status,
      grade: i.grade,
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
      victims: i.victims,
      ...acledActors(i.actors, i.date),
      actors: i.actors,
      sources: i.sources,
    },
  });
}
