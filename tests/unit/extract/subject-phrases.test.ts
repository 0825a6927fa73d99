/**
 * The people a verb is about, found past what stands between: a relative clause ("A Haitian police
 * officer who was travelling with the patrol was killed"), an acronym in brackets ("(JDF)"), an
 * aside the participle opens (« quatre policiers, tués le 2 juin, … »), a trade's modifier
 * ("radio journalist"), and killings told by how ("beat to death", « lapidé à mort »).
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { casualtyLines as casualties } from '../helpers/casualty-lines';

describe('the subject before a relative clause', () => {
  it('is the person before "who"', () => {
    expect(
      casualties(
        'A Haitian police officer who was travelling with the patrol was killed in the exchange of fire in Delmas on Monday.',
      ),
    ).toEqual(['killed/police/-/1']);
    expect(casualties('Two residents who had fled the fighting were shot dead in Delmas on Monday.')).toEqual(
      ['killed/civilian/-/2'],
    );
  });
});

describe('the subject before a reduced relative', () => {
  it('is the person before « soupçonné d’être … »', () => {
    expect(
      casualties(
        "Dimanche, un jeune homme soupçonné d'être un informateur des gangs de Grand Ravine avait été lapidé à mort à Rivière Froide.",
      ),
    ).toEqual(['killed/civilian/-/1']);
  });
});

describe('a police communiqué’s names and moods', () => {
  it('reads « , l’agent 2 Ronald Michel, » as an aside and « ait été blessé » as a passive, but not a possibility', () => {
    expect(
      casualties(
        "La PNH déplore qu'un de ses agents, l'agent 2 Ronald Michel, ait été blessé par balle dimanche à Croix-des-Missions.",
      ),
    ).toEqual(['injured/police/-/1']);
    expect(
      casualties(
        "Un agent de la PNH, l'agent 2 Ronald Michel, a été blessé par balle dimanche à Croix-des-Missions.",
      ),
    ).toEqual(['injured/police/-/1']);
    expect(casualties('Il est possible que trois policiers aient été tués dimanche à Delmas.')).toEqual([]);
  });
});

describe('words inside or beside the phrase', () => {
  it('reads past an acronym in brackets and a trade’s modifier', () => {
    expect(
      casualties(
        'A Jamaica Defence Force (JDF) soldier was shot and injured on Sunday during an operation in Delmas.',
      ),
    ).toEqual(['injured/mss/Jamaica/1']);
    expect(casualties('Two Haitian National Police (PNH) officers were killed in Delmas on Monday.')).toEqual(
      ['killed/police/-/2'],
    );
    expect(
      casualties(
        'The murder of radio journalist Jean-Marc Pierre on Tuesday in Carrefour shocked the press.',
      ),
    ).toEqual(['killed/civilian/-/1']);
  });

  it('reads the people before the comma of an aside the participle opens', () => {
    expect(
      casualties(
        "Les funérailles de quatre policiers, tués le 2 juin lors d'une embuscade à Tabarre, ont été chantées mardi.",
      ),
    ).toEqual(['killed/police/-/4']);
    expect(
      casualties('Four police officers, killed on June 2 in an ambush in Tabarre, were buried on Tuesday.'),
    ).toEqual(['killed/police/-/4']);
  });
});

describe('killings told by how', () => {
  it('reads "beat to death", « lapidé à mort », « battu à mort », and an « ambulancier »', () => {
    expect(
      casualties(
        'On Saturday, in Delmas 33, a crowd beat to death two men accused of ferrying weapons to a gang.',
      ),
    ).toEqual(['killed/civilian/-/2']);
    expect(casualties('Dimanche, un jeune homme a été lapidé à mort à Rivière Froide.')).toEqual([
      'killed/civilian/-/1',
    ]);
    expect(casualties('Des habitants ont battu à mort deux bandits lundi à Delmas.')).toEqual([
      'killed/gang/-/2',
    ]);
    expect(casualties('Lundi, un ambulancier a été tué par balle à Delmas 33.')).toEqual([
      'killed/civilian/-/1',
    ]);
  });
});

describe('whose people an attack hit', () => {
  it('gives "…, wounding two officers" the side of the unit the attack targeted', () => {
    expect(
      casualties('Gunmen ambushed a Kenyan patrol near Pont-Sondé on Sunday, wounding two officers.'),
    ).toEqual(['injured/mss/Kenya/2']);
    expect(
      casualties('Gunmen attacked a police station in Mirebalais on Sunday, killing two officers.'),
    ).toEqual(['killed/police/-/2']);
  });

  it('reads "whom a police source described as members of the Brooklyn gang" as gang members', () => {
    expect(
      casualties(
        'Police raided Cité Soleil on Monday, killing four people whom a police source described as members of the Brooklyn gang.',
      ),
    ).toEqual(['killed/gang/-/4']);
  });
});

describe('a sentence setting the event beside another', () => {
  it('makes no new event of "The ambush came three days after a contingent landed", nor of the statement’s day', () => {
    const read = (text: string) =>
      readReport(text, { publishedAt: '2025-04-01', gazetteer: GAZETTEER }).incidents.map(
        (i) => `${i.date} ${i.place?.name}`,
      );
    expect(
      read(
        'Gunmen ambushed a Kenyan patrol near Pont-Sondé on Sunday, wounding two officers. The ambush came three days after a fresh contingent of 217 Kenyan officers landed in Port-au-Prince on Friday.',
      ),
    ).toEqual(['2025-03-30 Pont-Sondé']);
    expect(
      read(
        'Gunmen ambushed a Kenyan patrol near Pont-Sondé on Sunday, wounding two officers. In a statement released in Nairobi on Tuesday, the spokesperson said the officers sustained gunshot wounds and were airlifted to a hospital in Port-au-Prince.',
      ),
    ).toEqual(['2025-03-30 Pont-Sondé']);
  });
});

describe('killings told by a phrasal verb, and trades named by two nouns', () => {
  it('reads "was gunned down" and "gunned down three people" as killed, the people before or after', () => {
    expect(casualties('A police officer was gunned down in Delmas 75 on Tuesday morning.')).toEqual([
      'killed/police/-/1',
    ]);
    expect(casualties('Gunmen gunned down three vendors on Monday in Carrefour.')).toEqual([
      'killed/civilian/-/3',
    ]);
    expect(casualties('Three men were mowed down by gunmen on Monday in Carrefour.')).toEqual([
      'killed/civilian/-/3',
    ]);
  });

  it('reads « sont tombés sous les balles des bandits » as killed', () => {
    expect(casualties('Trois personnes sont tombées sous les balles des bandits mardi à Carrefour.')).toEqual(
      ['killed/civilian/-/3'],
    );
  });

  it('reads "three bus drivers" and "three motorcycle taxi drivers" after a count word as the drivers', () => {
    expect(casualties('Gunmen killed three bus drivers on Monday in Carrefour.')).toEqual([
      'killed/civilian/-/3',
    ]);
    expect(casualties('Gunmen killed three motorcycle taxi drivers on Monday in Carrefour.')).toEqual([
      'killed/civilian/-/3',
    ]);
  });
});

describe('one more of the people just told, in French', () => {
  it('reads « et un troisième a été blessé », « et un autre » as one person, not the clause’s subject again', () => {
    expect(casualties('Deux policiers ont été tués et un troisième a été blessé mardi à Cabaret.')).toEqual([
      'injured/police/-/1',
      'killed/police/-/2',
    ]);
    expect(casualties('Deux policiers ont été tués et un autre a été blessé mardi à Cabaret.')).toEqual([
      'injured/police/-/1',
      'killed/police/-/2',
    ]);
  });
});

describe('a list whose last item has a demonym and a trade before its noun', () => {
  it('reads "Two other Kenyan officers and a Haitian army soldier were wounded …, the GSF said" as both', () => {
    expect(
      casualties(
        'A Kenyan officer was killed on Sunday when gang members ambushed a convoy near Ségur-Savien. Two other Kenyan officers and a Haitian army soldier were wounded in the attack, the GSF said in a statement on Monday.',
      ),
    ).toEqual(['injured/army/-/1', 'injured/mss/Kenya/2', 'killed/mss/Kenya/1']);
  });
});
