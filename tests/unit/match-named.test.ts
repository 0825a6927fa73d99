import { describe, expect, it } from 'vitest';
import { type MatchSubject, scoreMatch } from '@/lib/incidents/match';
import { scoreUndatedMatch, type UndatedSubject } from '@/lib/incidents/match-undated';
import { findVictimNames } from '@/lib/incidents/victim-names';

const KENSCOFF = { placeChain: ['kenscoff', 'ouest', 'haiti'], commune: 'kenscoff' };
const ORPHANAGE = { placeChain: ['an-orphanage', 'kenscoff', 'ouest', 'haiti'], commune: 'kenscoff' };
const SAINT_MARC = { placeChain: ['saint-marc', 'artibonite', 'haiti'], commune: 'saint-marc' };
const HAITI = { placeChain: ['haiti'], commune: null };
const OUEST = { placeChain: ['ouest', 'haiti'], commune: null };
const UNKNOWN = { placeChain: [], commune: null };
const HOSPITAL = {
  placeChain: ['a-hospital', 'port-au-prince', 'ouest', 'haiti'],
  commune: 'port-au-prince',
};
const PAP = { placeChain: ['port-au-prince', 'ouest', 'haiti'], commune: 'port-au-prince' };

const group = (kind: 'killed' | 'injured' | 'missing', count: number, affiliation = 'civilian') => ({
  kind,
  count,
  affiliation,
  country: null,
});

function subject(overrides: Partial<MatchSubject>): MatchSubject {
  return {
    date: '2025-08-03',
    dateEnd: null,
    datePrecision: 'day',
    type: 'kidnapping',
    ...KENSCOFF,
    casualties: [],
    ...overrides,
  };
}

describe('scoreMatch: the same named victim', () => {
  const stored = subject({
    date: '2025-08-02',
    dateEnd: '2025-08-03',
    datePrecision: 'week',
    casualties: [group('missing', 8)],
    victimNames: ['clara vantongeren'],
  });

  it('joins a report that places the kidnapping only in "Haiti", a department, or nowhere', () => {
    for (const place of [HAITI, OUEST, UNKNOWN]) {
      const later = subject({
        ...place,
        casualties: [group('missing', 7)],
        victimNames: ['clara vantongeren'],
      });
      expect(scoreMatch(later, stored)?.reasons).toContain('the same named victim (Clara Vantongeren)');
      // Without the name, a vague place and a toll that differs identify nothing.
      expect(scoreMatch({ ...later, victimNames: [] }, stored)).toBeNull();
    }
  });

  it('needs the dates to agree within a month', () => {
    const named = { ...HAITI, victimNames: ['clara vantongeren'] };
    expect(scoreMatch(subject({ ...named, date: '2025-09-03' }), stored)).toBeNull();
    expect(scoreMatch(subject({ ...named, date: '2025-01-01', datePrecision: 'year' }), stored)).toBeNull();
  });

  it('takes a surname alone only where the commune agrees', () => {
    const surname = { victimNames: ['vantongeren'], casualties: [group('missing', 3)] };
    // "Joseph" is half of Haiti: a surname with only "Haiti" for a place is no one in particular.
    expect(scoreMatch(subject({ ...HAITI, ...surname }), stored)).toBeNull();
    expect(scoreMatch(subject({ ...KENSCOFF, ...surname }), stored)?.reasons).toContain(
      'the same named victim (Clara Vantongeren)',
    );
  });

  it('never merges different communes, even with the same name', () => {
    expect(scoreMatch(subject({ ...SAINT_MARC, victimNames: ['clara vantongeren'] }), stored)).toBeNull();
  });

  it('keeps apart two kidnappings the same day in one commune whose reports name different victims', () => {
    const one = subject({ casualties: [group('missing', 1)], victimNames: ['clara vantongeren'] });
    const other = subject({ casualties: [group('missing', 1)], victimNames: ['rose pelletan'] });
    expect(scoreMatch(other, one)).toBeNull();
    // Unnamed, the same day, commune, type and victims would join them.
    expect(scoreMatch({ ...other, victimNames: [] }, one)).not.toBeNull();
    // A report naming one of eight hostages may be telling the same group as one naming another.
    const eight = [group('missing', 8)];
    expect(scoreMatch({ ...other, casualties: eight }, { ...one, casualties: eight })).not.toBeNull();
  });

  it('is not tied by a speaker both reports quote', () => {
    const texts = [
      'Gunmen kidnapped two aid workers in Kenscoff, spokesman Anselme Corvil said.',
      'Three people were kidnapped near a school, Anselme Corvil told reporters.',
    ];
    const [a, b] = texts.map((t) => findVictimNames(t));
    expect(a).toEqual([]);
    const first = subject({ ...KENSCOFF, casualties: [group('missing', 2)], victimNames: a });
    const second = subject({ ...HAITI, casualties: [group('missing', 3)], victimNames: b });
    expect(scoreMatch(second, first)).toBeNull();
  });
});

describe('scoreUndatedMatch: a yearless date, a named victim, a weekday at one site', () => {
  const undated = (overrides: Partial<UndatedSubject>): UndatedSubject => ({
    type: 'kidnapping',
    ...KENSCOFF,
    casualties: [],
    weekday: null,
    monthDay: '08-03',
    ...overrides,
  });
  const stored = subject({
    date: '2025-08-02',
    dateEnd: '2025-08-03',
    datePrecision: 'week',
    casualties: [group('missing', 8)],
    victimNames: ['clara vantongeren'],
  });

  it('joins "Aug. 3" to the stored kidnapping holding that day, through the victim it names', () => {
    const named = undated({
      casualties: [group('missing', 7, 'unknown')],
      victimNames: ['clara vantongeren'],
    });
    expect(scoreUndatedMatch(named, stored)?.reasons).toEqual(
      expect.arrayContaining([
        'on the month and day the report names',
        'the same named victim (Clara Vantongeren)',
      ]),
    );
    // Placed only in "Haiti", the full name still ties them.
    expect(scoreUndatedMatch({ ...named, ...HAITI }, stored)).not.toBeNull();
  });

  it('needs the stored interval to hold the month and day, and some strong identity', () => {
    const named = undated({ victimNames: ['clara vantongeren'] });
    expect(scoreUndatedMatch({ ...named, monthDay: '08-05' }, stored)).toBeNull();
    expect(
      scoreUndatedMatch(named, { ...stored, date: '2024-08-03', dateEnd: null, datePrecision: 'day' }),
    ).not.toBeNull();
    // The same commune and type on that day are not enough.
    expect(scoreUndatedMatch(undated({ casualties: [group('missing', 3)] }), stored)).toBeNull();
    // The same victims counted alike, or the same site with the same side hurt, are.
    expect(scoreUndatedMatch(undated({ casualties: [group('missing', 8)] }), stored)).not.toBeNull();
    expect(
      scoreUndatedMatch(undated({ ...ORPHANAGE, casualties: [group('missing', 3)] }), {
        ...stored,
        ...ORPHANAGE,
      }),
    ).not.toBeNull();
  });

  it('joins an early toll "on Tuesday" to the stored attack at the same site with the same sides hurt', () => {
    const attack = subject({
      date: '2025-03-11',
      type: 'attack',
      ...HOSPITAL,
      casualties: [group('killed', 2), group('injured', 7), group('killed', 1, 'police')],
    });
    const early = undated({
      type: 'attack',
      ...HOSPITAL,
      monthDay: null,
      weekday: 2,
      casualties: [group('killed', 4), group('killed', 1, 'police')],
    });
    expect(scoreUndatedMatch(early, attack)).not.toBeNull();
    // Another side hurt, another weekday, another type, or only the commune: apart.
    expect(scoreUndatedMatch({ ...early, casualties: [group('killed', 4)] }, attack)).toBeNull();
    expect(scoreUndatedMatch({ ...early, weekday: 3 }, attack)).toBeNull();
    expect(scoreUndatedMatch({ ...early, type: 'gunfire' }, attack)).toBeNull();
    expect(scoreUndatedMatch({ ...early, ...PAP }, attack)).toBeNull();
  });
});
