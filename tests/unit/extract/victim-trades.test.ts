/**
 * Victims named by their trade, name or grade, one more of those just told, and people taken, told
 * by a gerund.
 */
import { describe, expect, it } from 'vitest';
import { casualtyLines as casualties } from '../helpers/casualty-lines';

describe('civilians named by what they do', () => {
  it('counts bodyguards, guards, traders, protesters and their French names as civilians', () => {
    expect(casualties('Two of his bodyguards were also killed in Pétion-Ville on Monday.')).toEqual([
      'killed/civilian/-/2',
    ]);
    expect(casualties('Gunmen shot dead three motorcyclists in Delmas on Monday.')).toEqual([
      'killed/civilian/-/3',
    ]);
    expect(casualties('Des bandits ont tué deux vigiles et trois manifestants lundi à Delmas.')).toEqual([
      'killed/civilian/-/5',
    ]);
  });
});
describe('victims named by trade, name and grade', () => {
  it('counts physicians, radio hosts, « cultivateurs » and "bus passengers"', () => {
    expect(casualties('A physician and two nurses were kidnapped on Saturday in Pétion-Ville.')).toEqual([
      'missing/civilian/-/3',
    ]);
    expect(
      casualties('Radio host Dieudonné Saint-Cyr, 52, was shot dead in Delmas on Tuesday morning.'),
    ).toEqual(['killed/civilian/-/1']);
    expect(casualties('Dimanche, à Verrettes, deux cultivateurs ont été abattus.')).toEqual([
      'killed/civilian/-/2',
    ]);
    expect(casualties('Fifteen bus passengers were abducted on Thursday in Cabaret.')).toEqual([
      'missing/civilian/-/15',
    ]);
  });
  it('reads a name set off by commas after the person noun as theirs, the noun giving the side', () => {
    expect(casualties('Un policier, Marc Joseph, a été tué dimanche à Delmas 30.')).toEqual([
      'killed/police/-/1',
    ]);
    expect(casualties('A police officer, Marc Joseph, 31, was shot dead in Delmas on Sunday.')).toEqual([
      'killed/police/-/1',
    ]);
  });
  it('reads « l’agent 2 » before a name as a grade, not two people', () => {
    expect(
      casualties('L’agent 2 Jean Ricot Dorsainvil, 29 ans, a été tué dimanche soir à Delmas 30.'),
    ).toEqual(['killed/police/-/1']);
  });
});
describe('one more of the victims just told', () => {
  it('reads "wounding a third", "a fourth is missing" as one more on the same side', () => {
    expect(
      casualties(
        'Gunmen opened fire on a police convoy near Cabaret on Monday, killing two officers and wounding a third.',
      ),
    ).toEqual(['injured/police/-/1', 'killed/police/-/2']);
    expect(
      casualties(
        'Three police officers were killed and a fourth is missing after gang members ambushed their patrol in Tabarre on Tuesday.',
      ),
    ).toEqual(['killed/police/-/3', 'missing/police/-/1']);
  });
  it('makes "a third officer later died" the third dead of the event, and "another six" six more', () => {
    expect(
      casualties('Two officers were killed in Cabaret on Monday. A third officer later died of his wounds.'),
    ).toEqual(['killed/police/-/3']);
    expect(casualties('Gunmen killed another six people in Verrettes on Monday.')).toEqual([
      'killed/civilian/-/6',
    ]);
  });
  it('reads « ont péri » in strikes and raids', () => {
    expect(
      casualties('Dix civils, dont quatre enfants, ont également péri lors de ces frappes jeudi à Cabaret.'),
    ).toEqual(['killed/civilian/-/10']);
  });
});
describe('people taken, told by a gerund', () => {
  it('reads "…, abducting 15 passengers" and "kidnapping two nurses and a doctor"', () => {
    expect(
      casualties(
        'Gunmen seized a bus bound for Port-au-Prince in Cabaret on Thursday, abducting 15 passengers.',
      ),
    ).toEqual(['missing/civilian/-/15']);
    expect(
      casualties('Gangs stormed the clinic on Monday in Delmas, kidnapping two nurses and a doctor.'),
    ).toEqual(['missing/civilian/-/3']);
    expect(casualties('Kidnapping remains a major threat in Delmas.')).toEqual([]);
  });
});

describe('a list of people with an age (and a trade) between its items', () => {
  it('counts the person before the age and whoever follows the "and"', () => {
    expect(
      casualties(
        "Le curé de la paroisse Saint-Joseph d'Arcahaie, le père Gérald Fils-Aimé, 58 ans, et trois fidèles ont été enlevés lundi à Arcahaie.",
      ),
    ).toEqual(['missing/civilian/-/4']);
    expect(
      casualties(
        'Deux hommes, identifiés comme Jean-Robert Sanon, 45 ans, chauffeur, et son cousin Ernst Sanon, 38 ans, ont été tués lundi à Saint-Marc.',
      ),
    ).toEqual(['killed/civilian/-/2']);
    expect(casualties('A nurse, 34, and two patients were killed in Delmas on Monday.')).toEqual([
      'killed/civilian/-/3',
    ]);
  });

  it('reads a hyphenated name as one person, but a hyphenated town alone as no one', () => {
    expect(casualties('Jean-Robert Sanon was shot dead in Saint-Marc on Monday.')).toEqual([
      'killed/unknown/-/1',
    ]);
    expect(casualties('The massacre of Pont-Sondé on Monday killed 70 people.')).toEqual([
      'killed/civilian/-/70',
    ]);
  });
});
