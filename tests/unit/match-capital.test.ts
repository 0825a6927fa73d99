/** scoreMatch where many events meet: the capital's communes, one event typed differently by outlets, an attack told from its first day. */
import { describe, expect, it } from 'vitest';
import { scoreMatch } from '@/lib/incidents/match';
import {
  AIRPORT,
  BEL_AIR,
  DELMAS,
  DROUILLARD,
  PAP,
  PETITE_RIVIERE,
  SAINT_MARC,
  subject,
  TABARRE,
  victims,
} from './helpers/match-subjects';

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
