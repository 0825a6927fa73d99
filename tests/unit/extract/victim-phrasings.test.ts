import { describe, expect, it } from 'vitest';
import { casualtyLines as casualties } from '../helpers/casualty-lines';

describe('a victim described by what they were sent to do', () => {
  it('counts the officer, not the gangs they were sent to fight', () => {
    expect(
      casualties(
        'A Kenyan police officer deployed to Haiti to fight gangs was killed on Sunday in the Artibonite.',
      ),
    ).toEqual(['killed/mss/Kenya/1']);
    expect(
      casualties(
        'A Kenyan police officer deployed to Haiti to help fight the gangs died on Sunday in the Artibonite.',
      ),
    ).toEqual(['killed/mss/Kenya/1']);
  });

  it('finds the subject before a purpose clause in reported speech', () => {
    expect(
      casualties(
        "Kenyan authorities said Sunday that one of their officers sent to Haiti to help control the country's gangs died after being wounded during an operation in the Artibonite.",
      ),
    ).toEqual(['killed/mss/Kenya/1']);
  });

  it('reads « pour combattre » the same way in French', () => {
    expect(
      casualties(
        "Un policier kényan déployé en Haïti pour combattre les gangs a été tué dimanche dans l'Artibonite.",
      ),
    ).toEqual(['killed/mss/Kenya/1']);
    expect(
      casualties(
        "Les autorités kenyanes ont déclaré dimanche qu'un de leurs officiers envoyés en Haïti pour aider à contrôler les gangs du pays est décédé après avoir été blessé lors d'une opération dans l'Artibonite.",
      ),
    ).toEqual(['killed/mss/Kenya/1']);
  });

  it('leaves a place or a people after "to" alone', () => {
    expect(casualties('Two officers sent to Delmas were wounded on Monday.')).toEqual(['injured/police/-/2']);
    expect(casualties('Two gang members who tried to rob a bank were killed on Monday in Delmas.')).toEqual([
      'killed/gang/-/2',
    ]);
  });
});
describe('wounds that proved fatal', () => {
  it('counts one dead, not one dead and one wounded', () => {
    expect(
      casualties(
        "Un officier kényan est décédé après avoir été blessé lors d'une opération à Savien dimanche.",
      ),
    ).toEqual(['killed/mss/Kenya/1']);
  });

  it('keeps the wounded who did not die', () => {
    expect(casualties('Two officers were wounded and one died in Delmas on Monday.')).toContain(
      'injured/police/-/2',
    );
  });
});
describe('an attack that left people with wounds', () => {
  it('counts the people between "left" and "with … wounds"', () => {
    expect(casualties('The attack in Delmas on Tuesday left six people with gunshot wounds.')).toEqual([
      'injured/civilian/-/6',
    ]);
    expect(
      casualties('The shooting in Delmas on Tuesday left two police officers with serious injuries.'),
    ).toEqual(['injured/police/-/2']);
  });

  it('reads past an aside between the people and their wounds', () => {
    expect(
      casualties(
        'The attack in Delmas on Tuesday also left at least six other people, several of them journalists, with gunshot wounds.',
      ),
    ).toEqual(['injured/civilian/-/6']);
  });

  it('counts the people a hospital treated or received for wounds, not its other patients', () => {
    expect(
      casualties('Hospital staff in Mirebalais treated 14 people for gunshot wounds on Monday.'),
    ).toEqual(['injured/civilian/-/14']);
    expect(casualties('The hospital in Delmas received 12 people with gunshot wounds on Tuesday.')).toEqual([
      'injured/civilian/-/12',
    ]);
    expect(
      casualties('Doctors in Delmas said they were treating 9 people with gunshot wounds on Tuesday.'),
    ).toEqual(['injured/civilian/-/9']);
    expect(casualties('The clinic in Delmas treated 30 patients for cholera on Tuesday.')).toEqual([]);
  });

  it('counts nobody who merely left a place', () => {
    expect(casualties('He left the hospital with minor injuries on Tuesday.')).toEqual([]);
  });
});
describe('French phrasings of a toll', () => {
  it('reads the object after a day told between the verb and it', () => {
    expect(casualties('Des bandits ont tué lundi deux personnes à Ganthier.')).toEqual([
      'killed/civilian/-/2',
    ]);
    expect(casualties('Des bandits ont tué ce dimanche trois policiers à Tabarre.')).toEqual([
      'killed/police/-/3',
    ]);
    expect(casualties('Des bandits ont enlevé lundi deux commerçants à Ganthier.')).toEqual([
      'missing/civilian/-/2',
    ]);
  });

  it('counts « membres » and « éléments » of a side', () => {
    expect(casualties('Trois membres du gang de Brooklyn ont été tués lundi à Cité Soleil.')).toEqual([
      'killed/gang/-/3',
    ]);
    expect(casualties('Trois éléments de la PNH ont été blessés jeudi à Delmas.')).toEqual([
      'injured/police/-/3',
    ]);
    expect(casualties("Cinq membres d'une même famille ont été tués lundi à Carrefour.")).toEqual([
      'killed/civilian/-/5',
    ]);
  });

  it('splits « dont un policier » out of the people killed', () => {
    expect(casualties('Au moins cinq personnes ont été tuées lundi à Solino, dont un policier.')).toEqual([
      'killed/civilian/-/4',
      'killed/police/-/1',
    ]);
    expect(
      casualties('Au moins cinq personnes ont été tuées lundi à Solino, parmi lesquelles deux policiers.'),
    ).toEqual(['killed/civilian/-/3', 'killed/police/-/2']);
  });

  it('keeps the wounded counted after « dont … » apart from that subset', () => {
    // The subset is of the dead it follows: three officers and three others killed, four wounded.
    expect(
      casualties(
        'Le bilan fait état de six morts, dont trois policiers, et de quatre blessés, lundi à Solino.',
      ),
    ).toEqual(['injured/unknown/-/4', 'killed/police/-/3', 'killed/unknown/-/3']);
  });

  it('reads no ransom as hostages', () => {
    expect(
      casualties(
        'Les ravisseurs réclament 500 000 dollars américains pour la libération des deux otages enlevés lundi à Tabarre.',
      ),
    ).toEqual(['missing/civilian/-/2']);
  });
});
describe('numbers of people', () => {
  it('reads "half a dozen" as six', () => {
    expect(casualties('Half a dozen police officers were wounded on Monday in Delmas.')).toEqual([
      'injured/police/-/6',
    ]);
  });

  it('splits "among them" out like "including"', () => {
    expect(
      casualties('Gunmen killed 12 people on Monday in Solino, among them three police officers.'),
    ).toEqual(['killed/civilian/-/9', 'killed/police/-/3']);
  });
});
describe('who told a toll, and tolls denied', () => {
  it('does not give the victims the side of the one who counted them', () => {
    expect(casualties('Lundi à Carrefour, la police a recensé six morts.')).toEqual(['killed/unknown/-/6']);
    expect(
      casualties(
        'Une dizaine de personnes ont été tuées lundi à Carrefour selon des habitants, tandis que la police évoque six morts.',
      ),
    ).not.toContain('killed/police/-/6');
  });

  it('counts no victims a statement denies, or says there were none of', () => {
    expect(casualties('La PNH a démenti la mort de dix policiers lundi à Tabarre.')).toEqual([]);
    expect(casualties("Aucun policier n'a été blessé lundi à Tabarre.")).toEqual([]);
  });
});
describe('ways of killing, wounding and taking people', () => {
  it.each([
    ['Three people were burned alive in Delmas on Monday.', 'killed/civilian/-/3'],
    ['Two men were hacked to death in Carrefour on Monday.', 'killed/civilian/-/2'],
    ['A vendor was beaten to death in Carrefour on Monday.', 'killed/civilian/-/1'],
    ['Trois personnes ont été brûlées vives lundi à Delmas.', 'killed/civilian/-/3'],
    ['Les bandits ont brûlé vifs deux hommes lundi à Delmas.', 'killed/civilian/-/2'],
    ["Quatre personnes ont péri lundi dans l'attaque des bandits à Carrefour.", 'killed/civilian/-/4'],
    ['A girl was hit in the leg by a stray bullet in Delmas on Monday.', 'injured/civilian/-/1'],
    [
      'Five people were treated for gunshot wounds after the attack in Delmas on Monday.',
      'injured/civilian/-/5',
    ],
    ['Une fillette a été touchée à la jambe par une balle lundi à Delmas.', 'injured/civilian/-/1'],
    ['Deux passants ont été atteints par balle lundi à Delmas.', 'injured/civilian/-/2'],
    ['Gunmen took 15 people hostage in Kenscoff on Monday.', 'missing/civilian/-/15'],
  ])('%s → %s', (text, expected) => {
    expect(casualties(text)).toEqual([expected]);
  });

  it('counts nobody hit by anything but violence', () => {
    expect(casualties('The attack hit the town of Mirebalais on Monday.')).toEqual([]);
    expect(casualties('La ville a été touchée par la crise lundi.')).toEqual([]);
  });
});
describe('a victim described in asides', () => {
  it('never takes an age for a count, and reads the description for a side', () => {
    expect(
      casualties('Jean Pierre, 34, a motorcycle taxi driver, was shot dead on Monday in Delmas.'),
    ).toEqual(['killed/civilian/-/1']);
    expect(
      casualties('Jean Pierre, 34 ans, chauffeur de taxi-moto, a été tué par balle lundi à Delmas.'),
    ).toEqual(['killed/civilian/-/1']);
    expect(
      casualties(
        'Wilner Jean, a police officer assigned to the Cabaret station, was killed on Sunday in Delmas.',
      ),
    ).toEqual(['killed/police/-/1']);
    expect(
      casualties('Un policier de 32 ans, affecté au commissariat de Cabaret, a été tué dimanche à Delmas.'),
    ).toEqual(['killed/police/-/1']);
  });

  it('keeps the count before a « dont » aside', () => {
    expect(
      casualties(
        'Selon un bilan partiel, une dizaine de personnes, dont deux enfants, ont été tuées lundi à Delmas.',
      ),
    ).toEqual(['killed/civilian/-/10']);
  });
});
describe('people named by their title, after the verb too', () => {
  it('reads a hyphenated first name as one name ("Pastor Jean-Claude Pierre")', () => {
    expect(casualties('Gunmen killed Pastor Jean-Claude Pierre in Delmas on Monday.')).toEqual([
      'killed/civilian/-/1',
    ]);
  });

  it("gives the title's side to a named victim wherever the sentence names them", () => {
    expect(casualties('Gunmen killed Father Jean Pierre in Delmas on Monday.')).toEqual([
      'killed/civilian/-/1',
    ]);
    expect(casualties('Gang members killed Inspector Jean Pierre in Delmas on Monday.')).toEqual([
      'killed/police/-/1',
    ]);
  });

  it('counts a name, its age and a relative of theirs as two people, never the age', () => {
    for (const text of [
      'Gunmen killed Pastor Jean Pierre and his wife in Delmas on Monday.',
      'Gunmen shot and killed Pastor Jean-Claude Pierre, 58, and his son Marc, 22, in Delmas on Monday.',
      'Pastor Jean Pierre, 58, and his wife were killed in Delmas on Monday.',
    ])
      expect(casualties(text)).toEqual(['killed/civilian/-/2']);
    expect(casualties('Gunmen killed Pastor Jean Pierre, 58, in Delmas on Monday.')).toEqual([
      'killed/civilian/-/1',
    ]);
  });
});
describe('tolls wire copy and French reports tell in passing', () => {
  it('reads "three people killed Tuesday morning": a bare day after the verb is when, not whom', () => {
    expect(casualties('A student was among three people killed Tuesday morning in Delmas.')).toEqual([
      'killed/civilian/-/3',
    ]);
  });

  it('counts "a group of 11 people" by the people in it', () => {
    expect(casualties('Gunmen abducted a group of 11 people in Tabarre on Monday.')).toEqual([
      'missing/civilian/-/11',
    ]);
    expect(casualties('Gunmen killed a group of five farmers in Liancourt on Monday.')).toEqual([
      'killed/civilian/-/5',
    ]);
  });

  it('reads « avoir » before a participle as its auxiliary: « la police affirme avoir tué deux bandits »', () => {
    expect(casualties('La police affirme avoir tué deux bandits lundi à Delmas.')).toEqual([
      'killed/gang/-/2',
    ]);
  });
});

describe('the wounded taken to hospital', () => {
  it('reads "were taken to hospital with gunshot wounds" as the people hurt', () => {
    expect(
      casualties(
        'Three people were taken to hospital with gunshot wounds after gunmen opened fire in Delmas on Monday.',
      ),
    ).toEqual(['injured/civilian/-/3']);
    expect(
      casualties(
        'Two officers were rushed to hospital with serious injuries after an ambush in Tabarre on Monday.',
      ),
    ).toEqual(['injured/police/-/2']);
  });
});
