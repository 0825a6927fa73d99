import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvRow, type ExportIncident } from '@/lib/export/csv';
import { geoJsonFeature } from '@/lib/export/geojson';
import { placePosition } from '@/lib/locations/position';
import { cellsOf } from './helpers/csv-cells';

describe('where an incident is', () => {
  it('is an exact site only for a site of ~500 m or less that the source names', () => {
    expect(placePosition('exact', 300)).toEqual({ approximate: false, radiusM: 300, label: 'exact site' });
  });

  it('is the area the source allows, never the smaller place it was matched to', () => {
    // "near the U.S. Embassy": the embassy is a 300 m site, the source says only "near".
    expect(placePosition('neighbourhood', 300)).toEqual({
      approximate: true,
      radiusM: 1500,
      label: 'neighbourhood, within about 1.5 km',
    });
    expect(placePosition('commune', 8000).label).toBe('commune, within about 8 km');
  });

  it('is approximate at a site placed within 1 km, though the source names the site', () => {
    // Savien Police Station: placed by hand, its radius covers the doubt.
    expect(placePosition('exact', 1000)).toEqual({
      approximate: true,
      radiusM: 1000,
      label: 'site, within about 1 km',
    });
  });
});

const savien: ExportIncident = {
  id: 4,
  date: '2025-08-01',
  dateEnd: null,
  datePrecision: 'month',
  type: 'attack',
  title: 'Attack at Savien Police Station, Saint-Marc',
  summary: '',
  status: 'draft',
  grade: 'fair',
  placeName: 'Savien Police Station',
  placeKey: 'savien-police-station',
  placeKind: 'site',
  placePrecision: 'exact',
  placeText: null,
  commune: 'Saint-Marc',
  department: 'Artibonite',
  lat: 19.165,
  lng: -72.628,
  radiusM: 1000,
  casualties: [],
  victims: [],
  actors: [],
  sources: [],
};
const context = { baseUrl: 'http://localhost:3000' };

describe('the export', () => {
  it('says of a place what the incident page and the map say', () => {
    const header = CSV_COLUMNS.map(([h]) => h);
    const cells = cellsOf(csvRow(savien, context).trim());
    expect(cells[header.indexOf('place_precision')]).toBe('site, within about 1 km');
    expect(cells[header.indexOf('radius_m')]).toBe('1000');
    const properties = JSON.parse(geoJsonFeature(savien, context)).properties;
    expect(properties).toMatchObject({
      placePrecision: 'site, within about 1 km',
      approximate: true,
      radiusM: 1000,
    });
  });
});
