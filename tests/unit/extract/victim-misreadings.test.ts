/** Misreadings three reviews found in the victim-phrasing rules (victim-phrasings.test.ts): each must stay mended. */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { casualtyLines as casualties } from '../helpers/casualty-lines';

describe('what the victim rules must not read (a review of them)', () => {
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
      // "six" after "and": six of the people counted before it.
    ).toEqual(['injured/civilian/-/6']);
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

describe('what the victim rules must not read (a second review)', () => {
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

describe('what the victim rules must not read (a third review)', () => {
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

  it('reads members of an armed group as gang members, and of a church group as civilians', () => {
    expect(casualties("Deux membres d'un groupe armé ont été tués lundi à Delmas.")).toEqual([
      'killed/gang/-/2',
    ]);
    expect(casualties('Two members of a church group were killed in Delmas on Monday.')).toEqual([
      'killed/civilian/-/2',
    ]);
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

describe('"them" after the subject\'s own harm', () => {
  it('is never the people who did the harm ("officers returned fire, killing five of them")', () => {
    expect(casualties('Officers returned fire in Martissant on Monday, killing five of them.')).toEqual([
      'killed/unknown/-/5',
    ]);
    expect(
      casualties('Gang members attacked the convoy in Martissant on Monday, killing two of them.'),
    ).toEqual(['killed/unknown/-/2']);
    // The people named after the subject, and the passive, still give "them" its side.
    expect(
      casualties('Police clashed with gang members in Martissant on Monday, killing five of them.'),
    ).toEqual(['killed/gang/-/5']);
    expect(casualties('Five officers were killed in Martissant on Monday, two of them Kenyan.')).toEqual([
      'killed/police/-/5',
    ]);
  });
});

describe('what the rules of session 16 must not read (a review of them)', () => {
  it('keeps the day of a count told in a side clause « depuis janvier » or "since 2021"', () => {
    expect(
      casualties(
        'Quatre policiers ont été tués lundi à Cabaret, le bilan le plus lourd pour la PNH depuis janvier.',
      ),
    ).toEqual(['killed/police/-/4']);
    expect(
      casualties('Les gangs, qui contrôlent Cabaret depuis 2021, ont tué deux policiers lundi.'),
    ).toEqual(['killed/police/-/2']);
  });

  it('reads the object after a day that follows the verb, and a name that is a month', () => {
    expect(casualties('Gang members killed Saturday at least 12 people in Cabaret.')).toEqual([
      'killed/civilian/-/12',
    ]);
    expect(casualties('Gunmen wounded Monday two police officers in Delmas.')).toEqual([
      'injured/police/-/2',
    ]);
    expect(casualties('Gunmen killed June Baptiste, a market vendor, in Delmas on Monday.')).toHaveLength(1);
  });

  it('keeps "them" with the people shot when the verb has no object of its own', () => {
    expect(
      casualties(
        'Five officers shot during the ambush in Cabaret on Monday were rushed to hospital, where two of them died.',
      ),
    ).toEqual(['killed/police/-/2']);
  });

  it("counts no victims of a deed one is accused or arrested for « d'avoir tué »", () => {
    expect(casualties("Un policier accusé d'avoir tué trois civils à Delmas a été arrêté lundi.")).toEqual(
      [],
    );
  });
});

describe('soldiers and titles (a second review)', () => {
  it('reads "the gang\'s soldiers" as gang members and "wounded Pastor X" as the pastor wounded', () => {
    expect(casualties("Gang members killed three of the gang's soldiers in Delmas on Monday.")).toEqual([
      'killed/gang/-/3',
    ]);
    expect(casualties('Gunmen wounded Pastor Jean Pierre in Delmas on Monday.')).toEqual([
      'injured/civilian/-/1',
    ]);
  });
});

describe('people the text says belonged to a gang', () => {
  it('reads "four men they accused of belonging to the Grand Ravine gang" as gang dead, never the next sentence\'s police', () => {
    const draft = readReport(
      'Residents of Carrefour-Feuilles killed four men they accused of belonging to the Grand Ravine gang on Thursday. A police officer who tried to intervene was injured by a thrown rock, police said.',
      { publishedAt: '2025-06-11', gazetteer: GAZETTEER },
    );
    expect(draft.incidents.flatMap((i) => i.casualties.map((c) => [c.kind, c.count, c.affiliation]))).toEqual(
      [
        ['killed', 4, 'gang'],
        ['injured', 1, 'police'],
      ],
    );
  });
  it('takes « au gang Grand Ravine » as the gang, not the place of the lynching', () => {
    const [incident] = readReport(
      "Des habitants ont lynché trois hommes accusés d'appartenir au gang Grand Ravine jeudi à Carrefour-Feuilles.",
      { publishedAt: '2025-06-11', gazetteer: GAZETTEER },
    ).incidents;
    expect([incident?.place?.name, incident?.casualties.map((c) => [c.count, c.affiliation])]).toEqual([
      'Carrefour-Feuilles',
      [[3, 'gang']],
    ]);
  });
});
