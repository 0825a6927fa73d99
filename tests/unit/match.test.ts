import { describe, expect, it } from 'vitest';
import { dateInterval, type MatchSubject, scoreMatch } from '@/lib/incidents/match';
import { scoreUndatedMatch, type UndatedSubject } from '@/lib/incidents/match-undated';

const PONT_SONDE = ['pont-sonde', 'saint-marc', 'artibonite', 'haiti'];
const SEGUR = ['segur-savien', ...PONT_SONDE];
const TELESCO = ['telesco', ...PONT_SONDE];
const SAINT_MARC = ['saint-marc', 'artibonite', 'haiti'];
const TABARRE = ['tabarre', 'ouest', 'haiti'];
const DELMAS = ['delmas', 'ouest', 'haiti'];
const PAP = ['port-au-prince', 'ouest', 'haiti'];
const GENERAL_HOSPITAL = ['hopital-general', 'port-au-prince', 'ouest', 'haiti'];
const AIRPORT = ['aeroport-toussaint-louverture', 'tabarre', 'ouest', 'haiti'];
const DROUILLARD = ['drouillard', 'cite-soleil', 'ouest', 'haiti'];
const BEL_AIR = ['bel-air', 'port-au-prince', 'ouest', 'haiti'];
const PETITE_RIVIERE = ['petite-riviere-de-lartibonite', 'dessalines', 'artibonite', 'haiti'];
const OUEST = ['ouest', 'haiti'];
const HAITI = ['haiti'];
const COMMUNES = new Set([
  'saint-marc',
  'tabarre',
  'delmas',
  'port-au-prince',
  'cite-soleil',
  'petite-riviere-de-lartibonite',
]);

const kenyanKilled = [{ kind: 'killed' as const, affiliation: 'mss', country: 'Kenya' }];
const kenyanInjured = [{ kind: 'injured' as const, affiliation: 'mss', country: 'Kenya' }];
const civiliansKilled = [{ kind: 'killed' as const, affiliation: 'civilian', country: null }];
const civiliansInjured = [{ kind: 'injured' as const, affiliation: 'civilian', country: null }];
const gangKilled = [{ kind: 'killed' as const, affiliation: 'gang', country: null }];
/** Counted victims: n of a side and kind. */
const victims = (kind: 'killed' | 'injured' | 'missing', count: number, affiliation = 'civilian') => ({
  kind,
  count,
  affiliation,
  country: null,
});

function subject(overrides: Partial<MatchSubject>): MatchSubject {
  const placeChain = overrides.placeChain ?? SEGUR;
  return {
    date: '2025-02-23',
    dateEnd: null,
    datePrecision: 'day',
    type: 'armed_clash',
    placeChain,
    commune: placeChain.find((k) => COMMUNES.has(k)) ?? null,
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

describe('scoreMatch: "Port-au-Prince" as the capital', () => {
  const ambulance = [victims('killed', 2), victims('injured', 3)];

  it('joins a report placed only in "Port-au-Prince" to the same event in another commune of the capital, on the same day and victims counted alike', () => {
    const stored = subject({ type: 'attack', placeChain: DROUILLARD, casualties: ambulance });
    const result = scoreMatch(subject({ type: 'attack', placeChain: PAP, casualties: ambulance }), stored);
    expect(result?.reasons).toContain('“Port-au-Prince” may mean the capital’s other communes');
    expect(
      scoreMatch(subject({ type: 'gunfire', placeChain: AIRPORT, casualties: [victims('injured', 1)] }), {
        ...subject({ type: 'attack', placeChain: PAP, casualties: [victims('injured', 1)] }),
      }),
    ).not.toBeNull();
  });

  it('never identifies by "Port-au-Prince" alone: no victims, other counts, or another day keep them apart', () => {
    const delmas = subject({ type: 'attack', placeChain: DELMAS, casualties: ambulance });
    expect(scoreMatch(subject({ type: 'attack', placeChain: PAP }), delmas)).toBeNull();
    expect(
      scoreMatch(subject({ type: 'attack', placeChain: PAP, casualties: [victims('killed', 5)] }), delmas),
    ).toBeNull();
    expect(
      scoreMatch(
        subject({ date: '2025-02-20', type: 'attack', placeChain: PAP, casualties: ambulance }),
        delmas,
      ),
    ).toBeNull();
  });

  it('still never merges two named communes, nor a neighbourhood of Port-au-Prince with another commune', () => {
    const delmas = subject({ type: 'attack', placeChain: DELMAS, casualties: ambulance });
    expect(
      scoreMatch(subject({ type: 'attack', placeChain: TABARRE, casualties: ambulance }), delmas),
    ).toBeNull();
    expect(
      scoreMatch(subject({ type: 'attack', placeChain: BEL_AIR, casualties: ambulance }), delmas),
    ).toBeNull();
    expect(
      scoreMatch(
        subject({ type: 'attack', placeChain: PAP, casualties: ambulance }),
        subject({ type: 'attack', placeChain: SAINT_MARC, casualties: ambulance }),
      ),
    ).toBeNull();
  });

  it('in the capital, the same side hurt the same day is no tie without a shared count; elsewhere it still is', () => {
    // A plane hit by gunfire (1 injured) and an ambulance attack (2 killed, 3 injured), one day, one commune.
    const plane = subject({ type: 'gunfire', placeChain: PAP, casualties: [victims('injured', 1)] });
    expect(scoreMatch(subject({ type: 'attack', placeChain: PAP, casualties: ambulance }), plane)).toBeNull();
    expect(
      scoreMatch(subject({ type: 'attack', placeChain: PAP, casualties: [victims('injured', 1)] }), plane),
    ).not.toBeNull();
    // Competing tolls of one event (10 and 12 killed) are counted alike.
    expect(
      scoreMatch(
        subject({ type: 'attack', placeChain: DROUILLARD, casualties: [victims('killed', 12)] }),
        subject({ type: 'attack', placeChain: DROUILLARD, casualties: [victims('killed', 10)] }),
      ),
    ).not.toBeNull();
    // In a provincial commune an early and a later toll of one attack still join.
    expect(
      scoreMatch(
        subject({ type: 'attack', placeChain: PETITE_RIVIERE, casualties: [victims('killed', 15)] }),
        subject({ type: 'attack', placeChain: PETITE_RIVIERE, casualties: [victims('killed', 20)] }),
      ),
    ).not.toBeNull();
  });
});

describe('scoreMatch: one event typed differently by outlets', () => {
  it('joins attack, gunfire and armed clash the same day at the same place with the same victims', () => {
    const tolls = [victims('killed', 2), victims('injured', 1, 'police')];
    for (const [a, b] of [
      ['attack', 'gunfire'],
      ['gunfire', 'armed_clash'],
      ['armed_clash', 'attack'],
    ] as const) {
      const stored = subject({ type: a, placeChain: PETITE_RIVIERE, casualties: tolls });
      expect(
        scoreMatch(subject({ type: b, placeChain: PETITE_RIVIERE, casualties: tolls }), stored),
      ).not.toBeNull();
      expect(
        scoreMatch(subject({ type: b, placeChain: PAP, casualties: tolls }), {
          ...stored,
          placeChain: PAP,
          commune: 'port-au-prince',
        }),
      ).not.toBeNull();
    }
  });

  it('lets a kidnapping be told as an attack, never as gunfire or a clash', () => {
    const taken = [victims('missing', 8)];
    const kidnapping = subject({ type: 'kidnapping', placeChain: PETITE_RIVIERE, casualties: taken });
    expect(
      scoreMatch(subject({ type: 'attack', placeChain: PETITE_RIVIERE, casualties: taken }), kidnapping),
    ).not.toBeNull();
    for (const type of ['gunfire', 'armed_clash', 'killing']) {
      expect(
        scoreMatch(subject({ type, placeChain: PETITE_RIVIERE, casualties: taken }), kidnapping),
      ).toBeNull();
    }
  });
});

describe('an ongoing attack told from its first day', () => {
  const base = { type: 'attack', placeChain: PETITE_RIVIERE, commune: 'petite-riviere-de-lartibonite' };
  it('joins the report of that day when victims are counted in at most one of them (outside the capital)', () => {
    const day = subject({ ...base, date: '2025-04-24', casualties: [victims('killed', 4)] });
    const siege = subject({ ...base, date: '2025-04-24', dateEnd: '2025-04-30', datePrecision: 'week' });
    expect(scoreMatch(siege, day)?.reasons).toContain('one starts on the other’s day');
  });

  it('not when the week starts on another day, nor for another type', () => {
    const day = subject({ ...base, date: '2025-04-24' });
    const later = subject({ ...base, date: '2025-04-25', dateEnd: '2025-04-30', datePrecision: 'week' });
    expect(scoreMatch(later, day)).toBeNull();
    const kidnap = subject({
      ...base,
      type: 'kidnapping',
      date: '2025-04-24',
      dateEnd: '2025-04-30',
      datePrecision: 'week',
    });
    expect(scoreMatch(kidnap, day)).toBeNull();
  });
});

describe('scoreUndatedMatch', () => {
  const TUESDAY = '2025-03-11';
  const undated = (overrides: Partial<UndatedSubject>): UndatedSubject => {
    const placeChain = overrides.placeChain ?? GENERAL_HOSPITAL;
    return {
      type: 'attack',
      placeChain,
      commune: placeChain.find((k) => COMMUNES.has(k)) ?? null,
      casualties: [],
      weekday: 2,
      ...overrides,
    };
  };
  const stored = (overrides: Partial<MatchSubject>) =>
    subject({ date: TUESDAY, type: 'attack', placeChain: GENERAL_HOSPITAL, ...overrides });

  it('joins "on Tuesday" to the stored Tuesday incident at the same site with the same victims', () => {
    const toll = [victims('killed', 3)];
    expect(scoreUndatedMatch(undated({ casualties: toll }), stored({ casualties: toll }))?.reasons).toContain(
      'on the weekday the report names',
    );
  });

  it('a site and a weekday alone are not enough: a site is attacked on many Tuesdays', () => {
    expect(scoreUndatedMatch(undated({}), stored({}))).toBeNull();
    expect(
      scoreUndatedMatch(
        undated({ casualties: [victims('injured', 1, 'mss')] }),
        stored({ casualties: [victims('injured', 7)] }),
      ),
    ).toBeNull();
  });

  it('needs the weekday named to be the stored day, to the day', () => {
    expect(scoreUndatedMatch(undated({ weekday: 3 }), stored({}))).toBeNull();
    expect(scoreUndatedMatch(undated({}), stored({ date: '2025-03-10', datePrecision: 'week' }))).toBeNull();
  });

  it('in a commune, needs the same victims counted alike, not just the weekday and the commune', () => {
    const tolls = [victims('killed', 3), victims('killed', 1, 'police')];
    const commune = { placeChain: PETITE_RIVIERE, commune: 'petite-riviere-de-lartibonite' };
    expect(scoreUndatedMatch(undated({ ...commune }), stored({ ...commune, casualties: tolls }))).toBeNull();
    expect(
      scoreUndatedMatch(
        undated({ ...commune, casualties: [victims('killed', 4)] }),
        stored({ ...commune, casualties: tolls }),
      ),
    ).toBeNull();
    expect(
      scoreUndatedMatch(
        undated({ ...commune, casualties: tolls }),
        stored({ ...commune, casualties: tolls }),
      ),
    ).not.toBeNull();
  });

  it('never joins on "Port-au-Prince" against another commune, nor on an unknown or wide place', () => {
    const tolls = [victims('killed', 2)];
    expect(
      scoreUndatedMatch(
        undated({ placeChain: PAP, casualties: tolls }),
        stored({ placeChain: DELMAS, casualties: tolls }),
      ),
    ).toBeNull();
    for (const placeChain of [[], HAITI, OUEST]) {
      expect(
        scoreUndatedMatch(undated({ placeChain, casualties: tolls }), stored({ casualties: tolls })),
      ).toBeNull();
    }
  });

  it('at one site, victims on other sides keep them apart', () => {
    expect(
      scoreUndatedMatch(undated({ casualties: civiliansKilled }), stored({ casualties: gangKilled })),
    ).toBeNull();
  });

  it('with no weekday named, needs both the same site and the same victims counted alike', () => {
    const tolls = [victims('missing', 8)];
    expect(scoreUndatedMatch(undated({ weekday: null }), stored({}))).toBeNull();
    expect(
      scoreUndatedMatch(
        undated({ weekday: null, casualties: tolls }),
        stored({ date: '2025-01-05', casualties: tolls }),
      )?.strength,
    ).toBe(2);
  });
});
