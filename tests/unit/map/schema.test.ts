import { describe, expect, it } from 'vitest';
import { parseMapParams, parsePlaceIncidentsParams } from '@/lib/map/schema';
import { INITIAL_VIEW } from '@/lib/map/views';

const issues = (record: Record<string, string | string[]>) => {
  const parsed = parseMapParams(record);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('map parameters', () => {
  it('take the shared filters with a bbox and a zoom', () => {
    const parsed = parseMapParams({
      bbox: '-72.8, 18.4, -72.1, 19.2',
      zoom: '10',
      type: 'ambush,attack',
      place: 'artibonite',
    });
    expect(parsed).toEqual({
      success: true,
      filters: { type: ['ambush', 'attack'], place: 'artibonite' },
      view: { bbox: [-72.8, 18.4, -72.1, 19.2], zoom: 10 },
    });
  });

  it('default to the view the Map page opens on', () => {
    expect(parseMapParams({})).toMatchObject({ success: true, view: INITIAL_VIEW });
    expect(parseMapParams({ bbox: '', zoom: '' })).toMatchObject({ success: true, view: INITIAL_VIEW });
  });

  it.each([
    [{ bbox: '1,2,3' }, 'bbox: must be four numbers: west,south,east,north'],
    [{ bbox: 'a,b,c,d' }, 'bbox: must be four numbers: west,south,east,north'],
    [{ bbox: '1e2,0,1,1' }, 'bbox: must be four numbers: west,south,east,north'],
    [{ bbox: ['1,2,3,4', '1,2,3,5'] }, 'bbox: must be four numbers: west,south,east,north'],
    [{ bbox: '-72,18,-73,19' }, 'bbox: west must be less than east'],
    [{ bbox: '-73,19,-72,18' }, 'bbox: south must be less than north'],
    [{ bbox: '-200,18,-72,19' }, 'bbox: west and east must be longitudes between -180 and 180'],
    [{ bbox: '-73,-95,-72,19' }, 'bbox: south and north must be latitudes between -90 and 90'],
    [{ zoom: '20' }, 'zoom: must be at most 19'],
    [{ zoom: '-1' }, 'zoom: must be a whole number from 0 to 19'],
    [{ zoom: '9.5' }, 'zoom: must be a whole number from 0 to 19'],
    [{ zoom: 'far' }, 'zoom: must be a whole number from 0 to 19'],
  ])('reject %j with a clear message', (record, message) => {
    expect(issues(record)).toEqual([message]);
  });

  it('report bad filters alongside bad view parameters', () => {
    expect(issues({ from: '2025-03-01', to: '2025-02-01', bbox: '-73,18,-72,19' })).toEqual([
      'from: must not be after "to"',
    ]);
    expect(issues({ zoom: '30', type: 'picnic' }).sort()).toEqual([
      'type.0: is not a known incident type',
      'zoom: must be at most 19',
    ]);
  });
});

describe('place list parameters', () => {
  const placeIssues = (record: Record<string, string | string[]>) => {
    const parsed = parsePlaceIncidentsParams(record);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('take a place key, the shared filters and the cursor of the previous page', () => {
    expect(
      parsePlaceIncidentsParams({
        key: 'delmas',
        type: 'gunfire',
        confirmed: '1',
        cursor: '2025-03-01_12',
        zoom: '9',
      }),
    ).toEqual({
      success: true,
      key: 'delmas',
      cursor: '2025-03-01_12',
      filters: { type: ['gunfire'], confirmed: true },
    });
    expect(parsePlaceIncidentsParams({ key: 'delmas', cursor: '' })).toMatchObject({ cursor: undefined });
  });

  it.each([
    [{}, 'key: give the key of one place (key=…)'],
    [{ key: '' }, 'key: give the key of one place (key=…)'],
    [{ key: 'Delmas 32' }, 'key: is not a place key'],
    [{ key: ['delmas', 'tabarre'] }, 'key: give the key of one place (key=…)'],
    [
      { key: 'delmas', cursor: 'tomorrow' },
      'cursor: is not a cursor this list gave (pass nextCursor as it came)',
    ],
  ])('reject %j with a clear message', (record, message) => {
    expect(placeIssues(record)).toEqual([message]);
  });
});
