import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvHeader, csvRow, type ExportIncident } from '@/lib/export/csv';
import { exportFileName } from '@/lib/export/file-name';
import { geoJsonFeature } from '@/lib/export/geojson';
import { requestOrigin } from '@/lib/export/respond';
import { reconcileClaims } from '@/lib/incidents/reconcile';
import { cellsOf } from './helpers/csv-cells';

const BASE = 'https://tracker.example.org';

const segur: ExportIncident = {
  id: 5,
  date: '2025-02-23',
  dateEnd: null,
  datePrecision: 'day',
  type: 'armed_clash',
  title: 'Armed clash in Ségur-Savien',
  summary: 'A Kenyan officer was shot.\nHe died in hospital.',
  status: 'draft',
  grade: 'confirmed',
  placeName: 'Ségur-Savien',
  placeKey: 'segur-savien',
  placeKind: 'neighbourhood',
  placePrecision: 'neighbourhood',
  placeText: null,
  commune: 'Saint-Marc',
  department: 'Artibonite',
  lat: 19.165,
  lng: -72.628,
  radiusM: 2000,
  casualties: reconcileClaims([
    { reportId: 3, kind: 'killed', affiliation: 'mss', country: 'Kenya', count: 1 },
    { reportId: 4, kind: 'killed', affiliation: 'mss', country: 'Kenya', count: 1 },
    { reportId: 5, kind: 'killed', affiliation: 'mss', country: 'Kenya', count: 2 },
    { reportId: 3, kind: 'killed', affiliation: 'gang', country: null, count: 1 },
  ]),
  victims: [{ name: 'Samuel Tompoi Kaetuai', age: 26, kind: 'killed', affiliation: 'mss', country: 'Kenya' }],
  actors: [
    { role: 'perpetrator', key: 'g9', name: 'G9', type: 'coalition', country: null, reportId: 3 },
    { role: 'target', key: 'mss', name: 'MSS', type: 'international_force', country: 'Kenya', reportId: 3 },
    { role: 'perpetrator', key: 'g9', name: 'G9', type: 'coalition', country: null, reportId: 4 },
    { role: 'target', key: 'mss', name: 'MSS', type: 'international_force', country: 'Kenya', reportId: 4 },
    {
      role: 'perpetrator',
      key: 'unnamed-gang',
      name: 'gang',
      type: 'armed_group',
      country: null,
      reportId: 5,
    },
  ],
  sources: [
    {
      reportId: 3,
      title: 'Kenyan officer killed',
      outlet: 'Example News',
      url: null,
      publishedAt: '2025-02-24',
    },
    { reportId: 4, title: 'Officer dies', outlet: null, url: 'https://example.org/a', publishedAt: null },
    {
      reportId: 5,
      title: 'Gains against gangs',
      outlet: 'Example News',
      url: null,
      publishedAt: '2025-03-27',
    },
  ],
};

/** The row as a spreadsheet reads it: header → cell. */
function read(incident: ExportIncident): Record<string, string> {
  const line = csvRow(incident, { baseUrl: BASE });
  expect(line.endsWith('\r\n')).toBe(true);
  expect(line.slice(0, -2)).not.toMatch(/[\r\n]/);
  const cells = cellsOf(line.slice(0, -2));
  const header = CSV_COLUMNS.map(([h]) => h);
  expect(cells).toHaveLength(header.length);
  return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
}

describe('the CSV export', () => {
  it('gives what a manager pastes into a spreadsheet: summary, link, outlets, publication dates', () => {
    const row = read(segur);
    expect(row.link).toBe(`${BASE}/incidents/5`);
    // One incident, one line: the summary's line break becomes a space.
    expect(row.summary).toBe('A Kenyan officer was shot. He died in hospital.');
    expect(row.outlets).toBe('Example News');
    expect(row.published_dates).toBe('2025-02-24 | 2025-03-27');
    expect(row.source_titles).toBe('Kenyan officer killed | Officer dies | Gains against gangs');
  });

  it('leaves no separator around a missing value', () => {
    const row = read(segur);
    expect(row.source_urls).toBe('https://example.org/a');
    const none = read({
      ...segur,
      sources: [{ ...(segur.sources[0] as ExportIncident['sources'][0]), outlet: null, publishedAt: null }],
    });
    expect([none.outlets, none.published_dates, none.source_urls]).toEqual(['', '', '']);
  });

  it('gives low, best and high per side, the MSS country and the named victims', () => {
    const row = read(segur);
    expect([row.killed_mss_low, row.killed_mss_best, row.killed_mss_high]).toEqual(['1', '1', '2']);
    expect([row.killed_gang_low, row.killed_gang_best, row.killed_gang_high]).toEqual(['1', '1', '1']);
    expect([row.killed_low, row.killed_best, row.killed_high]).toEqual(['2', '2', '3']);
    expect(row.injured_police_best).toBe('0');
    expect(row.mss_country).toBe('Kenya');
    expect(row.named_victims).toBe('Samuel Tompoi Kaetuai (26, MSS (Kenya), killed)');
  });

  it("gives who did it and who was hit in ACLED's columns: the most named first, the others associated", () => {
    const row = read(segur);
    expect(row.actor1).toBe('G9 an Fanmi e Alye');
    // Another perpetrator one source names, then the coalition G9 belonged to on the day.
    expect(row.assoc_actor_1).toBe('Gang members (not named); Viv Ansanm');
    expect(row.inter1).toBe('Political militia');
    expect([row.actor2, row.assoc_actor_2, row.inter2]).toEqual([
      'Multinational Security Support (MSS) (Kenya)',
      '',
      'External/Other forces',
    ]);
    expect(row.interaction).toBe('Political militia-External/Other forces');
    const unopposed = read({ ...segur, actors: segur.actors.filter((a) => a.role === 'target') });
    expect([unopposed.actor1, unopposed.interaction]).toEqual(['', 'External/Other forces only']);
  });

  it('has a HXL tag for every column', () => {
    const [names, tags] = csvHeader(true).trim().split('\r\n');
    expect(tags?.split(',')).toHaveLength(names?.split(',').length ?? 0);
    expect(new Set(tags?.split(',')).size).toBe(tags?.split(',').length);
  });
});

describe('the GeoJSON export', () => {
  it('carries the same summary, link, outlets and victims', () => {
    const { properties } = JSON.parse(geoJsonFeature(segur, { baseUrl: BASE }));
    expect(properties).toMatchObject({
      link: `${BASE}/incidents/5`,
      summary: segur.summary,
      victims: segur.victims,
    });
    expect(properties.sources[0]).toMatchObject({ outlet: 'Example News', publishedAt: '2025-02-24' });
  });
});

describe('the file name', () => {
  it('says which incidents the file holds', () => {
    const day = '2026-12-05';
    expect(exportFileName({}, 'csv', day)).toBe('haiti-incidents_2026-12-05.csv');
    expect(exportFileName({ place: 'artibonite' }, 'csv', day)).toBe(
      'haiti-incidents_place-artibonite_2026-12-05.csv',
    );
    expect(
      exportFileName(
        {
          from: '2025-04-01',
          to: '2025-04-30',
          type: ['gunfire', 'arrest'],
          affiliation: 'mss',
          kind: 'killed',
          status: 'reviewed',
          confirmed: true,
          q: 'Pétion-Ville "market" / 50%',
        },
        'geojson',
        day,
      ),
    ).toBe(
      'haiti-incidents_from-2025-04-01_to-2025-04-30_type-gunfire+arrest_affiliation-mss_kind-killed_status-reviewed_confirmed_search-petion-ville-market-50_2026-12-05.geojson',
    );
  });
});

describe('links in an export', () => {
  it('point where the reader reached the app, not where Next thinks it runs', () => {
    const at = (headers: Record<string, string>) =>
      requestOrigin(new Request('http://localhost:3211/api/export/incidents.csv', { headers }));
    expect(at({ host: '127.0.0.1:3211' })).toBe('http://127.0.0.1:3211');
    expect(
      at({ host: '10.0.0.5:3000', 'x-forwarded-host': 'tracker.example.org', 'x-forwarded-proto': 'https' }),
    ).toBe('https://tracker.example.org');
    expect(at({ host: 'evil.example/<script>' })).toBe('http://localhost:3211');
  });
});
