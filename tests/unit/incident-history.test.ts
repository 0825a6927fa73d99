import { describe, expect, it } from 'vitest';
import { describeHistoryEntry, type HistoryView } from '@/lib/incidents/history';

const PLACES: Record<number, string> = { 12: 'Delmas', 40: 'Pétion-Ville' };
const placeName = (id: number) => PLACES[id];

const entry = (action: string, before: unknown, after: unknown) => ({ action, before, after });
const text = (view: HistoryView) =>
  view.lines.map((parts) => parts.map((p) => (typeof p === 'string' ? p : p.text)).join(''));
const links = (view: HistoryView) =>
  view.lines.flatMap((parts) => parts.flatMap((p) => (typeof p === 'string' ? [] : [p.incidentId])));

const claim = {
  reportId: 3,
  kind: 'killed',
  count: 3,
  hedge: 'exact',
  affiliation: 'police',
  country: null,
};

describe('an incident’s history in words', () => {
  it('names places, types and statuses instead of ids and codes', () => {
    const view = describeHistoryEntry(
      entry(
        'update',
        { title: 'Gunfire', locationId: 12, type: 'gunfire', status: 'draft' },
        { title: 'Attack on Delmas 32', locationId: 40, type: 'attack', status: 'reviewed' },
      ),
      { placeName },
    );
    expect(text(view)).toEqual([
      'Title: Gunfire → Attack on Delmas 32',
      'Place: Delmas → Pétion-Ville',
      'Type: Gunfire → Attack',
      'Review status: Draft → Reviewed',
    ]);
  });

  it('shows an emptied field as a dash, and a place no longer in the gazetteer by its number', () => {
    const view = describeHistoryEntry(
      entry('update', { locationId: 12, placeText: null }, { locationId: null, placeText: 'Delmas 32' }),
      { placeName },
    );
    expect(text(view)).toEqual(['Place: Delmas → —', 'Place as written: — → Delmas 32']);
    expect(
      text(describeHistoryEntry(entry('update', { locationId: 99 }, { locationId: 12 }), { placeName })),
    ).toEqual(['Place: place #99 → Delmas']);
  });

  it('leaves out fields that did not change, and reads stored dates as days', () => {
    const view = describeHistoryEntry(
      entry(
        'refine',
        { date: '2025-03-01T00:00:00.000+00:00', dateEnd: null, datePrecision: 'month' },
        { date: '2025-03-05', dateEnd: null, datePrecision: 'day' },
      ),
      { placeName },
    );
    expect(text(view)).toEqual(['Date: 2025-03-01 → 2025-03-05', 'Date precision: month → day']);
  });

  it('tells a claim by what it counts, and an edited claim by what changed', () => {
    expect(
      text(
        describeHistoryEntry(
          entry('claim_add', undefined, { ...claim, count: 2, kind: 'injured', affiliation: 'civilian' }),
          { placeName },
        ),
      ),
    ).toEqual(['2 Civilians injured, from report #3']);
    expect(
      text(
        describeHistoryEntry(
          entry(
            'claim_delete',
            { ...claim, hedge: 'at_least', affiliation: 'mss', country: 'Kenya' },
            undefined,
          ),
          { placeName },
        ),
      ),
    ).toEqual(['at least 3 MSS (Kenya) killed, from report #3']);
    const edited = text(
      describeHistoryEntry(entry('claim_edit', claim, { ...claim, count: 5 }), { placeName }),
    );
    expect(edited).toEqual(['3 Haitian National Police killed, from report #3', 'Count: 3 → 5']);
  });

  it('links the incidents a merge, a split or a merged-away incident names, with no raw data', () => {
    const merge = describeHistoryEntry(
      entry('merge', undefined, { merged: [4, 7], sourcesMoved: 2, claimsMoved: 3 }),
      {
        placeName,
      },
    );
    expect(text(merge)).toEqual(['Merged in #4, #7: 2 sources and 3 claims moved here']);
    expect(links(merge)).toEqual([4, 7]);

    const into = describeHistoryEntry(entry('merged_into', undefined, { into: 5, sources: [1, 2] }), {
      placeName,
    });
    expect(text(into)).toEqual(['Merged into #5, with its sources (reports #1, #2)']);
    expect(links(into)).toEqual([5]);

    const split = describeHistoryEntry(
      entry('split', undefined, { into: 9, reportIds: [8], claimsMoved: 1 }),
      {
        placeName,
      },
    );
    expect(text(split)).toEqual(['Report #8 and 1 claim moved to a new incident, #9']);
    expect(links(split)).toEqual([9]);

    const created = describeHistoryEntry(
      entry('create', undefined, { splitFrom: 3, reportIds: [8], claimsMoved: 1 }),
      {
        placeName,
      },
    );
    expect(text(created)).toEqual(['Split off from #3, with report #8 and 1 claim']);
  });

  it('says why an incident was deleted, which report the reader added, and never shows braces', () => {
    expect(
      text(
        describeHistoryEntry(entry('delete', { deleted: false }, { deleted: true, reason: 'duplicate' }), {
          placeName,
        }),
      ),
    ).toEqual(['Reason: duplicate']);
    const added = describeHistoryEntry(
      entry('add_source', undefined, {
        reportId: 9,
        match: {
          incidentId: 4,
          title: 'Attack',
          date: '2025-02-23',
          score: 0.9,
          reasons: ['same day', 'same place'],
        },
      }),
      { placeName },
    );
    expect(text(added)).toEqual(['Report #9, matched on same day, same place']);
    expect(added.action).toBe('source added by the reader');
    const unknown = describeHistoryEntry(
      entry('something_new', { a: { b: 1 } }, { list: [1, 2], note: 'x' }),
      {
        placeName,
      },
    );
    expect(text(unknown).join(' ')).not.toMatch(/[{}[\]]/);
  });

  it('keeps a hand-made incident’s creation to one word', () => {
    const view = describeHistoryEntry(entry('create', undefined, { title: 'x', summary: 'y' }), {
      placeName,
    });
    expect(view).toEqual({ action: 'created', lines: [] });
  });
});
