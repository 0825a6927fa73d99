/** scoreUndatedMatch: an incident told with a weekday and no date against a stored one (match-undated.ts). */
import { describe, expect, it } from 'vitest';
import type { MatchSubject } from '@/lib/incidents/match';
import { scoreUndatedMatch, type UndatedSubject } from '@/lib/incidents/match-undated';
import {
  COMMUNES,
  civiliansKilled,
  DELMAS,
  GENERAL_HOSPITAL,
  gangKilled,
  HAITI,
  OUEST,
  PAP,
  PETITE_RIVIERE,
  subject,
  victims,
} from './helpers/match-subjects';

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
