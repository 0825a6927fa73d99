import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const casualties = (text: string) =>
  readReport(text, { publishedAt: '2025-04-01', gazetteer: GAZETTEER }).incidents.flatMap((i) =>
    i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.country ?? '-'}/${c.count}`).sort(),
  );

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
    expect(
      casualties(
        'Le bilan fait état de six morts, dont trois policiers, et de quatre blessés, lundi à Solino.',
      ),
    ).toEqual(['injured/unknown/-/4', 'killed/unknown/-/6']);
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

describe('what the rules above must not read (a review of them)', () => {
  it('keeps the victims a purpose clause names as its object when they have a participle of their own', () => {
    expect(
      casualties('The gang demanded a ransom to release the seven people kidnapped on Monday in Tabarre.'),
    ).toEqual(['missing/civilian/-/7']);
    expect(
      casualties(
        'Hundreds of residents marched on Tuesday to demand justice for the 12 people killed on Monday in Cabaret.',
      ),
    ).toEqual(['killed/civilian/-/12']);
  });

  it('reads « dont » counts as counts, and « dont » meaning "whose" as no subset', () => {
    expect(
      casualties('Au moins 30 personnes ont été tuées lundi à Cabaret, dont une dizaine de policiers.'),
    ).toEqual(['killed/civilian/-/20', 'killed/police/-/10']);
    expect(
      casualties(
        'Dix personnes ont été tuées lundi à Solino, un quartier dont deux policiers sont originaires.',
      ),
    ).toEqual(['killed/civilian/-/10']);
    expect(
      casualties('Au moins 30 personnes ont été tuées lundi à Cabaret, dont deux agents de sécurité.'),
    ).toEqual(['killed/civilian/-/30']);
  });

  it('counts a family by its people, and members by what they belong to', () => {
    expect(casualties('Une famille de cinq personnes a été tuée lundi à Cabaret.')).toEqual([
      'killed/civilian/-/5',
    ]);
    expect(casualties("Deux membres d'un parti politique ont été tués lundi à Delmas.")).toEqual([
      'killed/civilian/-/2',
    ]);
    expect(casualties('Six membres ont été tués lundi à Delmas, selon le gang.')).toEqual([
      'killed/unknown/-/6',
    ]);
  });

  it('keeps a side named before the count, and a force counting its own ranks', () => {
    expect(casualties('Chez les policiers, on dénombre deux morts et trois blessés lundi à Delmas.')).toEqual(
      ['injured/police/-/3', 'killed/police/-/2'],
    );
    expect(casualties('Trois policiers ont été tués et trois blessés lundi à Delmas.')).toEqual([
      'injured/police/-/3',
      'killed/police/-/3',
    ]);
    expect(casualties('La police a dénombré lundi quatre blessés dans ses rangs à Delmas.')).toEqual([
      'injured/police/-/4',
    ]);
  });

  it('drops no toll for a denial or a "none" said of something else', () => {
    expect(
      casualties('Le gang a nié toute implication dans la mort de six personnes lundi à Cabaret.'),
    ).toEqual(['killed/civilian/-/6']);
    expect(
      casualties("Les autorités n'ont donné aucun détail sur les quatre policiers tués lundi à Cabaret."),
    ).toEqual(['killed/police/-/4']);
  });

  it('reads the wounded after the last "and" of what an attack left, and no vehicle as wounded', () => {
    expect(
      casualties("Monday's attack in Cabaret left 500 people displaced and six with gunshot wounds."),
    ).toEqual(['injured/unknown/-/6']);
    expect(
      casualties(
        'The attack in Delmas on Tuesday also left at least six other people, several of them journalists and one police officer, with gunshot wounds.',
      ),
    ).toEqual(['injured/civilian/-/6']);
    expect(casualties('Two police vehicles were hit in the crossfire in Delmas on Monday.')).toEqual([]);
  });

  it('counts no accident as a killing, and no hostage a sentence does not count', () => {
    expect(casualties('Trois enfants ont péri lundi dans un incendie à Delmas.')).toEqual([]);
    expect(
      casualties(
        'Four people were crushed to death in a stampede at a food distribution in Delmas on Monday.',
      ),
    ).toEqual([]);
    expect(
      casualties('It took police two days to free a hostage held in Croix-des-Bouquets on Monday.'),
    ).toEqual([]);
  });
});

describe('what the rules above must not read (a second review)', () => {
  it('takes no day of the month for a count', () => {
    expect(casualties('Des bandits ont tué lundi 9 juin deux personnes à Carrefour.')).toEqual([
      'killed/civilian/-/2',
    ]);
    expect(casualties('Le gang a tué ce lundi 9 juin 2025 cinq personnes à Kenscoff.')).toEqual([
      'killed/civilian/-/5',
    ]);
  });

  it('reads no figure of speech as hostages or wounds', () => {
    expect(
      casualties('Gangs that hold 3 million people hostage in the capital attacked Kenscoff on Monday.'),
    ).toEqual([]);
    expect(
      casualties(
        'A Spirit Airlines flight from Fort Lauderdale was hit by bullets on Monday as it approached Delmas.',
      ),
    ).toEqual([]);
  });

  it('takes a side from an aside only from the person it opens with', () => {
    expect(
      casualties('Paul Henry, identified by police as a gang member, was killed on Monday in Delmas.'),
    ).toEqual(['killed/unknown/-/1']);
    expect(
      casualties('Jacques Remy, a critic of gang leader Barbecue, was shot dead on Monday in Delmas.'),
    ).toEqual(['killed/unknown/-/1']);
  });

  it('reads members of an armed group as gang members, and no thing of theirs as a subset', () => {
    expect(casualties('Two members of Viv Ansanm were killed by police on Monday in Delmas.')).toEqual([
      'killed/gang/-/2',
    ]);
    expect(
      casualties(
        'Les bandits ont tué dix personnes lundi à Cabaret et incendié plusieurs bâtiments, dont un commissariat de police.',
      ),
    ).toEqual(['killed/civilian/-/10']);
  });

  it('keeps the antecedent of "who" after a purpose clause, and a force’s own dead', () => {
    expect(
      casualties(
        'The gang used the road to ambush two police officers, who were killed on Monday near Cabaret.',
      ),
    ).toEqual(['killed/police/-/2']);
    expect(casualties("La police dit avoir eu deux morts lors de l'embuscade de lundi à Cabaret.")).toEqual([
      'killed/police/-/2',
    ]);
  });
});

describe('what the rules above must not read (a third review)', () => {
  it('keeps a year’s toll a figure beside a day-dated attack', () => {
    expect(
      casualties(
        'Monday’s attack in Mirebalais follows the killing of 115 people in the town in 2024, according to the UN.',
      ),
    ).toEqual([]);
  });

  it('splits officers "who …" and "off-duty officers" out of the dead', () => {
    expect(
      casualties(
        'Gunmen killed 15 people in Pont-Sondé on Monday, including a police officer who was visiting his family.',
      ),
    ).toEqual(['killed/civilian/-/14', 'killed/police/-/1']);
    expect(
      casualties('Gangs killed 9 people in Mirebalais on Monday, including three off-duty police officers.'),
    ).toEqual(['killed/civilian/-/6', 'killed/police/-/3']);
  });

  it('reads members of the army or a police unit as theirs', () => {
    expect(casualties("Deux membres de l'armée haïtienne ont été tués lundi à Mirebalais.")).toEqual([
      'killed/army/-/2',
    ]);
    expect(
      casualties('Two members of the UDMO were killed in an ambush in Petite-Rivière on Monday.'),
    ).toEqual(['killed/police/-/2']);
  });

  it('keeps every person an attack left wounded, and a force’s dead « parmi les agents »', () => {
    expect(
      casualties('The ambush in Kenscoff on Monday left two officers and a journalist with gunshot wounds.'),
    ).toEqual(['injured/civilian/-/1', 'injured/police/-/2']);
    expect(
      casualties(
        "La police dénombre deux morts et trois blessés parmi les agents, après l'attaque de lundi contre le commissariat de Delmas.",
      ),
    ).toEqual(['injured/police/-/3', 'killed/police/-/2']);
  });
});
