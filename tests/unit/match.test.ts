import { describe, expect, it } from 'vitest';
import { dateInterval, scoreMatch } from '@/lib/incidents/match';
import {
  AIRPORT,
  civiliansInjured,
  civiliansKilled,
  DELMAS,
  GENERAL_HOSPITAL,
  gangKilled,
  HAITI,
  kenyanInjured,
  kenyanKilled,
  OUEST,
  PAP,
  PONT_SONDE,
  SAINT_MARC,
  SEGUR,
  subject,
  TABARRE,
  TELESCO,
  victims,
} from './helpers/match-subjects';

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

  it('joins a back-reference by month to the day’s event in the same commune outside the capital, civilians counted alike', () => {
    const stored = subject({ placeChain: SAINT_MARC, type: 'attack', casualties: [victims('killed', 12)] });
    const later = subject({
      date: '2025-02-01',
      datePrecision: 'month',
      placeChain: SAINT_MARC,
      type: 'attack',
      casualties: [victims('killed', 12)],
    });
    expect(scoreMatch(later, stored)).not.toBeNull();
    // Not when the counts differ (another attack that month), nor in the capital, where many are told.
    expect(scoreMatch({ ...later, casualties: [victims('killed', 3)] }, stored)).toBeNull();
    const inTabarre = { placeChain: TABARRE, commune: 'tabarre' };
    expect(scoreMatch({ ...later, ...inTabarre }, { ...stored, ...inTabarre })).toBeNull();
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

  it('never identifies by an unknown place: a Kenyan officer’s death vs an attack in the capital that day', () => {
    const capitalAttack = subject({
      type: 'attack',
      placeChain: PAP,
      casualties: [...civiliansKilled, ...kenyanInjured],
    });
    expect(
      scoreMatch(subject({ type: 'killing', placeChain: [], casualties: kenyanKilled }), capitalAttack),
    ).toBeNull();
    // The same victims do identify: the officer killed in that attack.
    expect(
      scoreMatch(
        subject({ type: 'killing', placeChain: [], casualties: kenyanKilled }),
        subject({ type: 'attack', placeChain: PAP, casualties: kenyanKilled }),
      ),
    ).not.toBeNull();
  });

  it('never lets a place known only at country or department level contain the other', () => {
    const capitalAttack = subject({ type: 'attack', placeChain: PAP });
    for (const wide of [HAITI, OUEST]) {
      expect(
        scoreMatch(subject({ type: 'attack', placeChain: wide, casualties: kenyanKilled }), capitalAttack),
      ).toBeNull();
      expect(scoreMatch(subject({ type: 'attack', placeChain: wide }), capitalAttack)).toBeNull();
    }
  });

  it('never merges incidents in different communes, even on the same day with the same victims', () => {
    const saintMarc = subject({ type: 'attack', placeChain: SAINT_MARC, casualties: civiliansKilled });
    expect(
      scoreMatch(subject({ type: 'attack', placeChain: TABARRE, casualties: civiliansKilled }), saintMarc),
    ).toBeNull();
    expect(
      scoreMatch(
        subject({ type: 'attack', placeChain: AIRPORT, casualties: kenyanKilled }),
        subject({ type: 'attack', placeChain: GENERAL_HOSPITAL, casualties: kenyanKilled }),
      ),
    ).toBeNull();
    // Two sites whose chains share the department only are in different communes, whatever the chain length.
    expect(
      scoreMatch(
        subject({ placeChain: [...AIRPORT.slice(0, 1), ...DELMAS], commune: 'delmas' }),
        subject({ placeChain: AIRPORT }),
      ),
    ).toBeNull();
  });

  it('keeps apart same-day incidents in one commune with different victims', () => {
    const ambulance = subject({ type: 'killing', placeChain: PAP, casualties: civiliansKilled });
    expect(
      scoreMatch(subject({ type: 'attack', placeChain: PAP, casualties: civiliansInjured }), ambulance),
    ).toBeNull();
    // A report without victims is not enough either: the capital sees several incidents a day.
    expect(scoreMatch(subject({ type: 'killing', placeChain: PAP }), ambulance)).toBeNull();
    // The same victims in the same commune that day, or the same site, tie them.
    expect(
      scoreMatch(subject({ type: 'attack', placeChain: PAP, casualties: civiliansKilled }), ambulance),
    ).not.toBeNull();
    expect(
      scoreMatch(
        subject({ type: 'attack', placeChain: GENERAL_HOSPITAL, casualties: civiliansInjured }),
        subject({ type: 'attack', placeChain: GENERAL_HOSPITAL, casualties: civiliansKilled }),
      ),
    ).not.toBeNull();
  });

  it('keeps apart civilians and gang members killed in one commune with nothing else tying them', () => {
    const gang = subject({ type: 'armed_clash', placeChain: PAP, casualties: gangKilled });
    expect(
      scoreMatch(subject({ type: 'armed_clash', placeChain: PAP, casualties: civiliansKilled }), gang),
    ).toBeNull();
    // The same site the same day: one clash counted from both sides.
    expect(
      scoreMatch(
        subject({ type: 'armed_clash', placeChain: GENERAL_HOSPITAL, casualties: civiliansKilled }),
        subject({ type: 'armed_clash', placeChain: GENERAL_HOSPITAL, casualties: gangKilled }),
      ),
    ).not.toBeNull();
  });

  it('never merges a kidnapping with gunfire, but may with an attack told of the same site', () => {
    const kidnapping = subject({ type: 'kidnapping', placeChain: AIRPORT });
    expect(scoreMatch(subject({ type: 'gunfire', placeChain: AIRPORT }), kidnapping)).toBeNull();
    expect(scoreMatch(subject({ type: 'attack', placeChain: AIRPORT }), kidnapping)).not.toBeNull();
  });

  it('compares week and month intervals for what they are, not as a same day', () => {
    const day = subject({ date: '2025-02-12', type: 'attack', placeChain: PAP, casualties: civiliansKilled });
    const week = { date: '2025-02-10', datePrecision: 'week' as const };
    const month = { date: '2025-02-01', datePrecision: 'month' as const };
    expect(
      scoreMatch(subject({ ...week, type: 'attack', placeChain: PAP, casualties: civiliansKilled }), day)
        ?.reasons,
    ).toContain('dates overlap at the precision reported');
    // A month in the capital holds many killings of civilians.
    expect(
      scoreMatch(subject({ ...month, type: 'attack', placeChain: PAP, casualties: civiliansKilled }), day),
    ).toBeNull();
    // At one site, or with a Kenyan officer killed, a month-old back-reference still joins.
    const atSite = { type: 'attack', placeChain: GENERAL_HOSPITAL, casualties: civiliansKilled };
    expect(scoreMatch(subject({ ...month, ...atSite }), subject({ ...day, ...atSite }))).not.toBeNull();
    expect(
      scoreMatch(
        subject({ ...month, placeChain: [], casualties: kenyanKilled }),
        subject({ ...day, casualties: kenyanKilled }),
      ),
    ).not.toBeNull();
  });
});
