import { describe, expect, it } from 'vitest';
import type { ReconciledFigure } from '@/lib/incidents/reconcile';
import { type FeedIncident, incidentEntry } from '@/lib/saved-searches/feed-entries';

const figure = (f: Partial<ReconciledFigure>): ReconciledFigure => ({
  kind: 'killed',
  affiliation: 'police',
  country: null,
  low: 2,
  best: 2,
  high: 2,
  sources: 1,
  agreeing: 1,
  disputed: false,
  bySource: [],
  ...f,
});

const incident: FeedIncident = {
  id: 12,
  date: '2025-08-01',
  dateEnd: null,
  datePrecision: 'month',
  type: 'ambush',
  title: 'Ambush near Pont-Sondé',
  status: 'draft',
  grade: 'fair',
  place: { key: 'pont-sonde', name: 'Pont-Sondé', kind: 'neighbourhood', path: '/haiti/', radiusM: 2000 },
  placeText: null,
  placePrecision: 'neighbourhood',
  sourceCount: 2,
  casualties: [
    figure({}),
    figure({
      kind: 'injured',
      affiliation: 'mss',
      country: 'Kenya',
      low: 1,
      best: 2,
      high: 3,
      disputed: true,
    }),
  ],
  disputed: true,
  summary: '  Gunmen ambushed a patrol.  ',
  createdAt: '2026-12-05T10:00:00.000+00:00',
  updatedAt: '2026-12-06T08:30:00.000+00:00',
};

describe('an incident as an Atom entry', () => {
  it('says when and where at the precision known, the casualties per side, and its sources', () => {
    const entry = incidentEntry(incident, 'https://tracker.example.org');
    expect(entry.summary).toBe(
      [
        'August 2025 (month only) · Pont-Sondé (neighbourhood, within about 2 km)',
        'Haitian National Police: 2 killed; MSS (Kenya): 1–3 injured (best 2) · 2 sources, which disagree · draft, not yet reviewed',
        'Gunmen ambushed a patrol.',
      ].join('\n'),
    );
  });

  it('links the incident page and dates the entry in RFC 3339', () => {
    expect(incidentEntry(incident, 'https://tracker.example.org')).toMatchObject({
      id: 'tag:tracker.example.org,2026:incidents/12',
      link: 'https://tracker.example.org/incidents/12',
      published: '2026-12-05T10:00:00.000Z',
      updated: '2026-12-06T08:30:00.000Z',
      categories: ['Ambush'],
    });
  });

  it('names a place the gazetteer lacks as the source wrote it', () => {
    const unplaced = {
      ...incident,
      place: null,
      placeText: 'Kafou Fèy',
      placePrecision: 'commune',
      casualties: [],
    };
    expect(incidentEntry(unplaced, 'http://localhost:3000').summary.split('\n').slice(0, 2)).toEqual([
      'August 2025 (month only) · Kafou Fèy (commune)',
      'no casualties reported · 2 sources, which disagree · draft, not yet reviewed',
    ]);
  });
});
