/**
 * Numbers written the ways reports write them: an age in words ("a ten-year-old girl") is no count,
 * digits in brackets repeat the number before them (« vingt-trois (23) personnes »), and a police
 * "bilan" lists its dead with adjectives between noun and participle.
 */
import { describe, expect, it } from 'vitest';
import { casualtyLines as casualties } from '../helpers/casualty-lines';

describe('an age written in words', () => {
  it('is no count of victims', () => {
    expect(casualties('Gunmen killed a ten-year-old girl in Delmas on Monday.')).toEqual([
      'killed/civilian/-/1',
    ]);
    expect(casualties('Gunmen killed two men and a ten-year-old girl in Delmas on Monday.')).toEqual([
      'killed/civilian/-/3',
    ]);
    expect(casualties('A six-month-old baby was killed in Delmas on Monday.')).toEqual([
      'killed/civilian/-/1',
    ]);
    expect(casualties('Gunmen killed a six-month-old baby and three adults in Delmas on Monday.')).toEqual([
      'killed/civilian/-/4',
    ]);
  });
});

describe('digits in brackets after a number in words', () => {
  it('are the same count, not another', () => {
    expect(
      casualties('Le 8 mars 2025, à Liancourt, au moins vingt-trois (23) personnes ont été tuées.'),
    ).toEqual(['killed/civilian/-/23']);
    expect(casualties('Gunmen killed three (3) people in Delmas on Monday.')).toEqual([
      'killed/civilian/-/3',
    ]);
    expect(casualties('Lundi à Cabaret, sept (7) policiers ont été blessés et deux (2) tués.')).toEqual([
      'injured/police/-/7',
      'killed/police/-/2',
    ]);
  });
});

describe('a police bilan', () => {
  it('reads « trois (3) bandits armés abattus » and « la neutralisation d’au moins 8 bandits » as gang dead', () => {
    expect(
      casualties(
        'Lundi à Solino, la PNH a fait le bilan suivant : trois (3) bandits armés abattus ; deux (2) individus appréhendés.',
      ),
    ).toEqual(['killed/gang/-/3']);
    expect(
      casualties(
        "Mardi, une opération de la PNH à Solino s'est soldée par la neutralisation d'au moins 8 bandits.",
      ),
    ).toEqual(['killed/gang/-/8']);
    expect(casualties('La neutralisation de la menace à Solino mardi a pris du temps.')).toEqual([]);
  });
});
