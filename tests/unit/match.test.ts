import { describe, expect, it } from 'vitest';
import { dateInterval, type MatchSubject, scoreMatch } from '@/lib/incidents/match';

const PONT_SONDE = ['pont-sonde', 'saint-marc', 'artibonite', 'haiti'];
const SEGUR = ['segur-savien', ...PONT_SONDE];
const TELESCO = ['telesco', ...PONT_SONDE];
const TABARRE = ['tabarre', 'ouest', 'haiti'];
const DELMAS = ['delmas', 'ouest', 'haiti'];
const PAP = ['port-au-prince', 'ouest', 'haiti'];

const kenyanKilled = [{ kind: 'killed' as const, affiliation: 'mss', country: 'Kenya' }];

function subject(overrides: Partial<MatchSubject>): MatchSubject {
  return {
    date: '2025-02-23',
    dateEnd: null,
    datePrecision: 'day',
    type: 'armed_clash',
    placeChain: SEGUR,
    casualties: [],
    ...overrides,
  };
}

describe('dateInterval', () => {
  it('spans the period its precision allows', () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    expect(dateInterval(subject({ date: '2025-02-01', datePrecision: 'month' }))).toEqual([
      day('2025-02-01'),
      day('2025-02-28'),
    ]);
    expect(dateInterval(subject({ date: '2024-02-01', datePrecision: 'month' }))[1]).toBe(day('2024-02-29'));
    expect(dateInterval(subject({ date: '2025-03-24', datePrecision: 'week' }))).toEqual([
      day('2025-03-24'),
      day('2025-03-30'),
    ]);
    expect(
      dateInterval(subject({ date: '2025-03-27', dateEnd: '2025-04-02', datePrecision: 'week' })),
    ).toEqual([day('2025-03-27'), day('2025-04-02')]);
    expect(dateInterval(subject({ date: '2025-01-01', datePrecision: 'year' }))[1]).toBe(day('2025-12-31'));
  });
});

describe('scoreMatch', () => {
  it('matches a month-precision mention with the dated event when the same side lost someone', () => {
    const stored = subject({ casualties: kenyanKilled });
    const later = subject({
      date: '2025-02-01',
      datePrecision: 'month',
      placeChain: [],
      type: 'killing',
      casualties: kenyanKilled,
    });
    expect(scoreMatch(later, stored)).not.toBeNull();
  });

  it('matches a place inside the stored place (Ségur-Savien within Pont-Sondé)', () => {
    const stored = subject({
      placeChain: PONT_SONDE,
      date: '2025-02-01',
      datePrecision: 'month',
      casualties: kenyanKilled,
    });
    const result = scoreMatch(subject({ casualties: kenyanKilled }), stored);
    expect(result?.reasons).toContain('one place lies within the other');
  });

  it('matches a week window that contains the stored day (a missing officer reported "last week")', () => {
    const missing = [{ kind: 'missing' as const, affiliation: 'mss', country: 'Kenya' }];
    const stored = subject({
      date: '2025-03-25',
      type: 'ambush',
      placeChain: PONT_SONDE,
      casualties: missing,
    });
    const later = subject({
      date: '2025-03-24',
      dateEnd: '2025-03-30',
      datePrecision: 'week',
      type: 'other',
      placeChain: [],
      casualties: missing,
    });
    expect(scoreMatch(later, stored)).not.toBeNull();
  });

  it('matches a later report that the missing officer is dead', () => {
    const stored = subject({
      date: '2025-03-25',
      type: 'ambush',
      placeChain: PONT_SONDE,
      casualties: [{ kind: 'missing', affiliation: 'mss', country: 'Kenya' }],
    });
    const later = subject({
      date: '2025-03-25',
      type: 'ambush',
      placeChain: PONT_SONDE,
      casualties: kenyanKilled,
    });
    expect(scoreMatch(later, stored)).not.toBeNull();
  });

  it('matches the same gunfire reported a day apart with no casualties', () => {
    const stored = subject({ date: '2025-08-04', type: 'gunfire', placeChain: TABARRE });
    expect(
      scoreMatch(subject({ date: '2025-08-05', type: 'gunfire', placeChain: TABARRE }), stored)?.reasons,
    ).toContain('dates one day apart');
  });

  it('never matches places in different communes or departments', () => {
    const stored = subject({ type: 'gunfire', placeChain: TABARRE, casualties: kenyanKilled });
    expect(
      scoreMatch(subject({ type: 'gunfire', placeChain: DELMAS, casualties: kenyanKilled }), stored),
    ).toBeNull();
    expect(
      scoreMatch(
        subject({ placeChain: PAP, casualties: kenyanKilled }),
        subject({ casualties: kenyanKilled }),
      ),
    ).toBeNull();
  });

  it('never matches dates that do not overlap', () => {
    const stored = subject({ date: '2025-03-25', casualties: kenyanKilled });
    expect(
      scoreMatch(
        subject({
          date: '2025-03-27',
          dateEnd: '2025-04-02',
          datePrecision: 'week',
          casualties: kenyanKilled,
        }),
        stored,
      ),
    ).toBeNull();
  });

  it('never merges an arrest with a killing', () => {
    expect(
      scoreMatch(
        subject({ type: 'arrest', placeChain: TABARRE }),
        subject({ type: 'killing', placeChain: TABARRE }),
      ),
    ).toBeNull();
  });

  it('does not merge two vague mentions on vagueness alone', () => {
    const stored = subject({ date: '2025-02-01', datePrecision: 'month', placeChain: [], type: 'attack' });
    const other = subject({
      date: '2025-02-10',
      placeChain: [],
      type: 'attack',
      casualties: [{ kind: 'killed', affiliation: 'civilian', country: null }],
    });
    expect(scoreMatch(other, stored)).toBeNull();
  });

  it('keeps apart neighbouring attacks on different sides', () => {
    const police = [{ kind: 'killed' as const, affiliation: 'police', country: null }];
    const civilians = [{ kind: 'killed' as const, affiliation: 'civilian', country: null }];
    const stored = subject({
      date: '2025-08-01',
      datePrecision: 'month',
      type: 'attack',
      placeChain: TELESCO,
      casualties: police,
    });
    expect(
      scoreMatch(
        subject({ date: '2025-08-03', type: 'attack', placeChain: SEGUR, casualties: civilians }),
        stored,
      ),
    ).toBeNull();
  });
});
