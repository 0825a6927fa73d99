import { describe, expect, it } from 'vitest';
import { type GradedSource, gradeIncident, independentSources } from '@/lib/incidents/grade';

let n = 0;
const source = (
  outlet: string | null,
  excerpt = `Sentence ${++n} about the attack in Cabaret on Monday.`,
  url: string | null = null,
): GradedSource => ({
  reportId: ++n,
  outlet,
  url,
  excerpt,
});
const grade = (
  sources: GradedSource[],
  options: { reviewed?: boolean; perpetrators?: Parameters<typeof gradeIncident>[0]['perpetrators'] } = {},
) =>
  gradeIncident({ sources, perpetrators: options.perpetrators ?? [], reviewed: options.reviewed ?? false })
    .grade;

describe('independent sources', () => {
  it('count syndicated copies of one wire story once, by wire or by the same sentences', () => {
    const wire =
      'Gunmen killed three people in Cabaret on Monday, police said, in the latest attack on the town.';
    expect(independentSources([source('AP'), source('Associated Press')])).toBe(1);
    expect(
      independentSources([source('The Spokesman-Review', wire), source('Stars and Stripes', wire)]),
    ).toBe(1);
    expect(independentSources([source('Le Nouvelliste'), source('Haiti Libre'), source('Haiti Libre')])).toBe(
      2,
    );
    expect(
      independentSources([
        source(null, undefined, 'https://www.example.org/a'),
        source(null, undefined, 'https://example.org/b'),
      ]),
    ).toBe(1);
  });
});

describe('an incident’s grade', () => {
  it('is confirmed by two independent sources or an official statement', () => {
    expect(grade([source('Le Nouvelliste'), source('Reuters')])).toBe('confirmed');
    expect(
      grade([source('Kenyans.co.ke', 'The MSS said in a statement that two officers were injured.')]),
    ).toBe('confirmed');
    expect(grade([source('Police nationale d’Haïti')])).toBe('confirmed');
    expect(
      grade([source('Le National', 'Selon un communiqué de la PNH, deux policiers ont été blessés.')]),
    ).toBe('confirmed');
  });

  it('is fair on one credible source, or copies of one story', () => {
    expect(grade([source('Haiti Libre')])).toBe('fair');
    expect(grade([source('AP'), source('AP')])).toBe('fair');
  });

  it('is weak on one source of unknown origin until an editor reviews it, or on social media alone', () => {
    expect(grade([source(null)])).toBe('weak');
    expect(grade([source(null)], { reviewed: true })).toBe('fair');
    expect(grade([source(null, undefined, 'https://x.com/someone/status/1')])).toBe('weak');
    expect(grade([source('A page', undefined, 'https://www.facebook.com/page/posts/1')])).toBe('weak');
  });

  it('is contested when sources blame different armed groups, whatever their number', () => {
    const perpetrators = [
      { key: 'gran-grif', name: 'Gran Grif', type: 'armed_group', reportIds: [1] },
      { key: null, name: 'Savien gang', type: 'armed_group', reportIds: [2] },
    ];
    expect(grade([source('Le Nouvelliste'), source('Reuters')], { perpetrators })).toBe('contested');
    // One source naming two groups together, or two naming the same one, is no disagreement.
    const together = perpetrators.map((p) => ({ ...p, reportIds: [1] }));
    expect(grade([source('Le Nouvelliste'), source('Reuters')], { perpetrators: together })).toBe(
      'confirmed',
    );
    const unnamed = [
      { key: 'unnamed-gang', name: 'Gang members (not named)', type: 'armed_group', reportIds: [2] },
      perpetrators[0] as (typeof perpetrators)[number],
    ];
    expect(grade([source('Le Nouvelliste'), source('Reuters')], { perpetrators: unnamed })).toBe('confirmed');
  });

  it('is contested when a source says it did not happen, however many others report it', () => {
    const official = source('Haitian National Police');
    expect(grade([source('Le Nouvelliste'), source('Reuters'), official])).toBe('confirmed');
    expect(grade([source('Le Nouvelliste'), source('Reuters'), { ...official, denies: true }])).toBe(
      'contested',
    );
  });
});
