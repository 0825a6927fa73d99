/**
 * Whose dead: guards, a force's own losses, the people gangs killed beside the gangs' own dead,
 * and breakdowns that list several sides.
 */
import { describe, expect, it } from 'vitest';
import { casualtyLines as casualties } from '../helpers/casualty-lines';

describe('guards', () => {
  it('counts guards as civilians, and prison guards as police (the prison service is a PNH directorate)', () => {
    expect(
      casualties(
        'Gunmen stormed a hospital in Kenscoff on Monday night, killing a security guard and a patient.',
      ),
    ).toEqual(['killed/civilian/-/2']);
    expect(casualties('Gunmen killed two prison guards in Mirebalais on Monday.')).toEqual([
      'killed/police/-/2',
    ]);
    expect(casualties('Des bandits ont tué deux gardiens de prison lundi à Mirebalais.')).toEqual([
      'killed/police/-/2',
    ]);
  });
});

describe('"one of their own"', () => {
  it('gives the people lost the side of the sentence’s first people, not of its teller', () => {
    expect(
      casualties(
        'Police said officers had killed six gang members in Solino on Monday and lost one of their own, SWAT officer Jacques Alcide.',
      ),
    ).toEqual(['killed/gang/-/6', 'killed/police/-/1']);
    expect(casualties('Police said gangs lost three of their own in Delmas on Monday.')).toEqual([
      'killed/gang/-/3',
    ]);
  });
});

describe('the people gangs killed, beside the gangs’ dead', () => {
  it('does not take the gang members the police killed out of the people the gangs killed', () => {
    expect(
      casualties('Gangs killed two people in Delmas on Monday, and police killed three gang members.'),
    ).toEqual(['killed/civilian/-/2', 'killed/gang/-/3']);
    expect(
      casualties(
        'Gangs killed more than 50 people in Cabaret in three days of attacks last week. Police said officers killed three of the assailants.',
      ),
    ).toEqual(['killed/civilian/-/50', 'killed/gang/-/3']);
    expect(
      casualties(
        'Vingt personnes ont été tuées par des bandits lundi à Cabaret. La police a abattu cinq bandits.',
      ),
    ).toEqual(['killed/civilian/-/20', 'killed/gang/-/5']);
  });

  it('still reads a count of people the gangs did not kill as the sides told after it', () => {
    expect(
      casualties(
        'At least eight people were killed in clashes in Delmas on Monday. Police said five gang members and three officers died.',
      ),
    ).toEqual(['killed/gang/-/5', 'killed/police/-/3']);
  });
});

describe('a breakdown that lists several sides', () => {
  it('gives each side of the list its count, and the people the rest', () => {
    expect(
      casualties(
        'At least 12 people were killed in Delmas on Monday, including nine gang members and three police officers.',
      ),
    ).toEqual(['killed/gang/-/9', 'killed/police/-/3']);
    expect(
      casualties(
        'At least 15 people were killed in Delmas on Monday, including nine gang members, two children and three police officers.',
      ),
    ).toEqual(['killed/civilian/-/3', 'killed/gang/-/9', 'killed/police/-/3']);
    expect(
      casualties('Au moins 10 personnes ont été tuées lundi à Delmas, dont deux policiers et trois bandits.'),
    ).toEqual(['killed/civilian/-/5', 'killed/gang/-/3', 'killed/police/-/2']);
  });

  it('reads each item by its own words, not the next item’s', () => {
    expect(
      casualties(
        'At least 12 people were killed in Delmas on Monday, including two children and three police officers.',
      ),
    ).toEqual(['killed/civilian/-/9', 'killed/police/-/3']);
  });
});

describe('colleagues', () => {
  it('puts "his colleagues" on the side of the victim told before them', () => {
    expect(
      casualties('A journalist was killed in Delmas on Monday. Two of his colleagues were wounded.'),
    ).toEqual(['injured/civilian/-/2', 'killed/civilian/-/1']);
    expect(
      casualties(
        "Un agent de la Police nationale d'Haïti, identifié comme Wilguens Dérisier, a été tué lundi à Gonaïves. Deux de ses collègues ont été blessés.",
      ),
    ).toEqual(['injured/police/-/2', 'killed/police/-/1']);
  });
});

describe('the dead told again, and what an operation achieved', () => {
  it('does not count "Among the victims were four farmers who were shot" as four more wounded', () => {
    expect(
      casualties(
        'Gunmen killed at least 11 people in Pont-Sondé on Monday. Among the victims were four farmers who were shot in their rice fields.',
      ),
    ).toEqual(['killed/civilian/-/11']);
    expect(
      casualties('Gunmen attacked Pont-Sondé on Monday. Four farmers were shot in their fields.'),
    ).toEqual(['injured/civilian/-/4']);
  });

  it('reads « a permis de neutraliser une dizaine de bandits » as gang dead, but not a threat to kill', () => {
    expect(
      casualties(
        'Une opération de la police lundi à Cabaret a permis de neutraliser une dizaine de bandits.',
      ),
    ).toEqual(['killed/gang/-/10']);
    expect(casualties('Les policiers ont réussi à abattre deux bandits lundi à Cabaret.')).toEqual([
      'killed/gang/-/2',
    ]);
    expect(casualties('Des bandits menacent de tuer deux policiers à Cabaret.')).toEqual([]);
  });
});

describe('the victims listed after the toll', () => {
  it('reads "Among those killed were …", "Those killed included …", « Parmi les morts figurent … » by side', () => {
    expect(
      casualties(
        'Gunmen killed at least 25 people in Mirebalais on Wednesday. Among those killed were two police officers and a Catholic nun, Sister Évelyne Charles, 71.',
      ),
    ).toEqual(['killed/civilian/-/23', 'killed/police/-/2']);
    expect(
      casualties(
        'Gunmen killed at least 25 people in Mirebalais on Wednesday. Those killed included two police officers.',
      ),
    ).toEqual(['killed/civilian/-/23', 'killed/police/-/2']);
    expect(
      casualties(
        'Au moins 14 personnes ont été tuées mardi à Mirebalais. Parmi les tués, on compte deux policiers.',
      ),
    ).toEqual(['killed/civilian/-/12', 'killed/police/-/2']);
  });
});

describe('a bare count after "and"', () => {
  it('counts its own people, of the side of the count before it', () => {
    expect(
      casualties(
        "Douze personnes ont été blessées et cinq sont portées disparues après l'attaque de jeudi à Cabaret.",
      ),
    ).toEqual(['injured/civilian/-/12', 'missing/civilian/-/5']);
    expect(
      casualties(
        "Douze autres personnes ont été blessées et cinq, dont deux adolescentes, sont portées disparues après l'attaque de jeudi à Cabaret.",
      ),
    ).toEqual(['injured/civilian/-/12', 'missing/civilian/-/5']);
    expect(casualties('Two officers were killed and three wounded in Cabaret on Thursday.')).toEqual([
      'injured/police/-/3',
      'killed/police/-/2',
    ]);
  });
});

describe('"Among the victims were …"', () => {
  it('lists the dead of a killing, by side', () => {
    expect(
      casualties(
        'Gangs killed six people in Cabaret on Monday. Among the victims were three police officers.',
      ),
    ).toEqual(['killed/civilian/-/3', 'killed/police/-/3']);
    expect(
      casualties(
        'Des bandits ont tué six personnes lundi à Cabaret. Parmi les victimes figurent trois policiers.',
      ),
    ).toEqual(['killed/civilian/-/3', 'killed/police/-/3']);
  });

  it('lists the wounded of an event that killed no one', () => {
    expect(
      casualties(
        'Gangs wounded six people in Cabaret on Monday. Among the victims were three police officers.',
      ),
    ).toEqual(['injured/civilian/-/3', 'injured/police/-/3']);
  });
});
