/**
 * What this session's rules must not read: the misfires a review of them found (about 300
 * sentences written to break them), each mended.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { casualtyLines as casualties } from '../helpers/casualty-lines';

const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
const dated = (text: string) =>
  read(text).incidents.map(
    (i) => `${i.date}/${i.datePrecision}: ${i.casualties.map((c) => c.count).join(' ')}`,
  );

describe('tolls', () => {
  it('keeps a first or initial toll that no newer one replaces, and reads the toll it is revised to', () => {
    expect(
      casualties(
        'Selon un premier bilan, au moins 12 personnes ont été tuées lundi lors d’une attaque à Cabaret.',
      ),
    ).toEqual(['killed/civilian/-/12']);
    expect(
      casualties('According to an initial toll, at least 20 people were killed in Kenscoff on Monday.'),
    ).toEqual(['killed/civilian/-/20']);
    expect(casualties('Le bilan initial de sept morts a été porté à onze lundi à Delmas.')).toEqual([
      'killed/unknown/-/11',
    ]);
    expect(
      casualties(
        'Gunmen attacked Delmas on Monday. Police said the toll had risen to 11, from a previous count of seven dead.',
      ),
    ).toEqual(['killed/unknown/-/11']);
  });

  it('does not read the gangs’ victims as kept apart from the gang dead where gangs are not the killers', () => {
    expect(
      casualties(
        'Gang violence killed 20 people in Cabaret last week, including six gang members killed by police.',
      ),
    ).toEqual(['killed/civilian/-/14', 'killed/gang/-/6']);
    expect(
      casualties(
        'Rival gangs killed at least 20 people in Cabaret on Monday; police said 14 gang members were among the dead.',
      ),
    ).toEqual(['killed/civilian/-/6', 'killed/gang/-/14']);
  });
});

describe('a month, a year', () => {
  it('keeps one event in a month an incident when it says where or how it happened', () => {
    expect(dated('In May, gang members executed 22 worshippers inside a church.')).toEqual([
      '2025-05-01/month: 22',
    ]);
    expect(dated('Gangs killed 30 people in a single night in May.')).toEqual(['2025-05-01/month: 30']);
  });

  it('dates nothing by "since the 2021 assassination" or "recalled the 2018 massacre"', () => {
    expect(
      dated(
        'Gangs, which have expanded since the 2021 assassination of President Jovenel Moïse, killed 12 people in Cabaret.',
      ),
    ).toEqual(['2025-06-01/month: 12']);
    expect(
      dated('Gunmen killed 12 people in Cabaret in an attack that recalled the 2018 massacre in La Saline.'),
    ).toEqual(['2025-06-01/month: 12']);
  });
});

describe('sides', () => {
  it('keeps a breakdown list to its own clause, and relatives as civilians', () => {
    expect(
      casualties(
        'At least 12 people were killed in Delmas on Monday, including two police officers, and three gang members were arrested.',
      ),
    ).toEqual(['killed/civilian/-/10', 'killed/police/-/2']);
    expect(
      casualties(
        'At least 15 people were killed in Delmas on Monday, including nine gang members and three officers’ relatives.',
      ),
    ).toEqual(['killed/civilian/-/6', 'killed/gang/-/9']);
    expect(
      casualties(
        'Gunmen killed five people in Delmas on Monday. Among those killed were the wife and two children of a police officer.',
      ),
    ).toEqual(['killed/civilian/-/5']);
  });

  it('gives "lost one of their own" the side of whoever lost', () => {
    expect(
      casualties(
        'Residents said gangs killed five people in Delmas on Monday and police lost one of their own.',
      ),
    ).toEqual(['killed/civilian/-/4', 'killed/police/-/1']);
    expect(
      casualties(
        'Gang members ambushed a police patrol in Delmas on Monday, and the unit lost one of its own.',
      ),
    ).toEqual(['killed/police/-/1']);
  });

  it('leaves soldiers the police tell of soldiers, and a mission’s officers the mission’s', () => {
    expect(casualties('Police said two soldiers were wounded in Mirebalais on Monday.')).toEqual([
      'injured/army/-/2',
    ]);
    expect(
      casualties(
        'The MSS said Kenyan officers came under fire in Delmas on Monday. Police said two officers were wounded.',
      ),
    ).toEqual(['injured/mss/Kenya/2']);
  });

  it('keeps « ses collègues » told in an event of their own civilians, and guards of a prison police', () => {
    expect(
      casualties(
        'Un enseignant a été tué lundi à Delmas. Deux de ses collègues ont été enlevés mardi à Pétion-Ville.',
      ),
    ).toEqual(['killed/civilian/-/1', 'missing/civilian/-/2']);
    expect(casualties('Gunmen killed two guards at the Croix-des-Bouquets prison on Monday.')).toEqual([
      'killed/police/-/2',
    ]);
    expect(casualties('Two members of the coast guard were wounded in Cap-Haïtien on Monday.')).toEqual([
      'injured/police/-/2',
    ]);
  });

  it('reads a dash aside that is the people, « identifiés comme des agents », and trades within a force', () => {
    expect(
      casualties('Three people — two police officers and a nurse — were killed in Delmas on Monday.'),
    ).toEqual(['killed/civilian/-/1', 'killed/police/-/2']);
    expect(
      casualties('Deux hommes, identifiés comme des agents de la PNH, ont été tués lundi à Delmas.'),
    ).toEqual(['killed/police/-/2']);
    expect(casualties('Two army engineers were wounded in Mirebalais on Monday.')).toEqual([
      'injured/army/-/2',
    ]);
  });
});

describe('cues', () => {
  it('keeps the wounded "Among the victims … shot in the legs" and a negated or thing-killing « neutraliser » out', () => {
    expect(
      casualties(
        'Gunmen opened fire on a tap-tap in Gressier on Monday. Among the victims were two children who were shot in the legs.',
      ),
    ).toEqual(['injured/civilian/-/2']);
    expect(
      casualties("L'opération de lundi à Cabaret n'a pas permis de neutraliser le chef de gang."),
    ).toEqual([]);
    expect(
      casualties("L'opération de lundi à Cabaret a permis de neutraliser deux engins explosifs."),
    ).toEqual([]);
    expect(
      casualties("La police compte trois blessés parmi ses agents après l'attaque de lundi à Delmas."),
    ).toEqual(['injured/police/-/3']);
  });

  it('keeps "In a separate incident, the driver …" apart from the event before it', () => {
    expect(
      read(
        'Gunmen abducted 11 people from a bus near Gressier on Thursday. In a separate incident, the driver of a water truck was shot dead.',
      ).incidents.length,
    ).toBe(2);
  });
});

describe('what the re-scored probe reports found', () => {
  it('joins a list of the dead to the event whose dead they are, whatever day the sentence names', () => {
    expect(
      read(
        'Des bandits ont tué huit personnes jeudi à Verrettes. Vendredi, quatre commerçants ont été enlevés à Verrettes. Parmi les morts figurent l’agent de la PNH Renel Dieujuste, 31 ans, selon le juge de paix, qui a procédé aux constats légaux vendredi matin.',
      ).incidents.map(
        (i) => `${i.date}: ${i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.count}`).join(' ')}`,
      ),
    ).toEqual(['2025-06-05: killed/civilian/7 killed/police/1', '2025-06-06: missing/civilian/4']);
  });

  it('reads the injured of "the families of the two injured officers" as the officers', () => {
    expect(
      casualties(
        'Two Kenyan officers were injured in Delmas on Saturday. Officials said the families of the two injured officers had been informed.',
      ),
    ).toEqual(['injured/mss/Kenya/2']);
  });
});

describe('a toll told for a place', () => {
  it('joins "a higher toll for Verrettes" to the Verrettes event, not to the event told just before', () => {
    expect(
      read(
        'In Verrettes, nine people died on Sunday when attackers set fire to houses. Police said officers killed five gang members in Petite-Rivière on Saturday. A local radio station reported a higher toll for Verrettes, putting the number of dead there at 13.',
      ).incidents.map(
        (i) => `${i.place?.name}: ${i.casualties.map((c) => `${c.affiliation}/${c.count}`).join(' ')}`,
      ),
    ).toEqual(['Verrettes: civilian/13', "Petite-Rivière-de-l'Artibonite: gang/5"]);
  });
});

describe('a part of a town', () => {
  it('places « à l’entrée sud de Saint-Marc », « aux abords de Cabaret », "the outskirts of Mirebalais" in the town', () => {
    for (const [text, town] of <Array<[string, string]>>[
      [
        "Rappelons que le 1er juin, HaïtiLibre signalait déjà des tirs nourris à l'entrée sud de Saint-Marc.",
        'Saint-Marc',
      ],
      ['Des bandits ont tué trois personnes aux abords de Cabaret lundi.', 'Cabaret'],
      ['Gunmen killed three people on the outskirts of Mirebalais on Monday.', 'Mirebalais'],
    ])
      expect(read(text).incidents.map((i) => i.place?.name)).toEqual([town]);
  });
});
