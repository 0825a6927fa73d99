/**
 * A toll broken down in its own sentence, and other tellers' counts of one of its parts: the
 * breakdown is the sentence's, the other counts are rivals of that part, never subtracted from the
 * whole. Short texts of our own (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

// 2025-06-11 is a Wednesday.
const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
const tolls = (text: string) =>
  read(text).incidents.map((i) =>
    i.casualties.map(
      (c) => `${c.kind}/${c.affiliation}/${c.count}${c.attribution ? ` [${c.attribution}]` : ''}`,
    ),
  );

describe('a breakdown in the toll’s own sentence', () => {
  it('reads ", two of them police officers" as two officers among the dead', () => {
    expect(
      tolls(
        'Gangs stormed Mirebalais on Monday. At least 10 people had been killed, two of them police officers.',
      ),
    ).toEqual([['killed/civilian/8', 'killed/police/2']]);
  });

  it('keeps another teller’s count of that part as its rival, not as more of the whole', () => {
    expect(
      tolls(
        'Gangs stormed Mirebalais on Monday. The deputy mayor said by phone Monday that at least 10 people had ' +
          'been killed, two of them police officers. A police union, SPNH-17, said three officers had died defending the station. ' +
          'The Kenya-led Multinational Security Support mission has some 1,000 police and soldiers in Haiti.',
      ),
    ).toEqual([
      ['killed/civilian/8', 'killed/police/2 [local authorities]', 'killed/police/3 [police union]'],
    ]);
  });

  it('gives a lead’s count the teller who gives the same count later', () => {
    expect(
      tolls(
        'Carrefour-Feuilles : au moins six morts, dont un policier, lundi.\n\n' +
          "Selon un bilan de la Police nationale d'Haïti (PNH), six personnes ont été tuées, dont un agent du " +
          'commissariat de Port-au-Prince, et quatre autres blessées. Le CARDH évoque pour sa part un bilan plus lourd : neuf morts.',
      ),
    ).toEqual([
      ['killed/civilian/5 [police]', 'killed/civilian/9 [CARDH]', 'killed/police/1', 'injured/civilian/4'],
    ]);
  });

  it('reads Kreyòl « pami yo » as « ladan yo »', () => {
    expect(tolls('Samdi nan Kabare, senk moun mouri, pami yo yon polisye.')).toEqual([
      ['killed/civilian/4', 'killed/police/1'],
    ]);
  });
});

describe('the day of a telling', () => {
  it('is not the event’s: "said by phone Monday that …" after an attack overnight Sunday into Monday', () => {
    const [incident, ...more] = read(
      'Gangs swept into the town of Mirebalais overnight Sunday into Monday. The deputy mayor said by phone ' +
        'Monday that at least 10 people had been killed.',
    ).incidents;
    expect(more).toEqual([]);
    expect([incident?.date, incident?.place?.name]).toEqual(['2025-06-08', 'Mirebalais']);
  });
});

describe('a toll told anew', () => {
  it('after more dead of the event, "bringing the toll to 20" is the event’s dead, on the day it was told', () => {
    expect(
      tolls(
        "Gunmen opened fire on two boats near Petite-Rivière de l'Artibonite on 9 June, killing 14 people. " +
          'On 10 June, divers pulled six more bodies from the river, bringing the death toll to 20.',
      ),
    ).toEqual([['killed/civilian/20']]);
    expect(
      tolls(
        'Lundi 9 juin, des bandits ont attaqué Gressier, tuant sept personnes. Mardi 10 juin, deux blessés ont ' +
          'succombé, portant le bilan à neuf morts.',
      ),
    ).toEqual([['killed/civilian/9']]);
    expect(
      read('On 10 June, divers pulled six more bodies from the river, bringing the toll to 20.').figures,
    ).toEqual([]);
  });

  it('is a running total where the sentence counts its own dead', () => {
    const report = read('Gunmen killed 12 people in Cabaret on Monday, raising the death toll to 112.');
    expect(report.incidents.map((i) => i.casualties.map((c) => c.count))).toEqual([[12]]);
    expect(report.figures.map((f) => f.value)).toEqual([112]);
  });
});

describe('others of the same force', () => {
  it('reads "two other officers" after a police inspector as police, whatever contingent the report is about', () => {
    expect(
      tolls(
        'The Jamaican contingent arrived in May. On Monday in Croix-des-Bouquets, a police inspector was killed ' +
          'and two other officers were wounded when gunmen ambushed their patrol.',
      ),
    ).toEqual([['killed/police/1', 'injured/police/2']]);
  });

  it('reads "two of his colleagues" as others than the officer who was hit and died', () => {
    expect(
      tolls(
        'A Kenyan police officer serving with the MSS mission was killed in an ambush near Savien on Sunday. ' +
          'He was hit in the neck and died before he could be evacuated. Two of his colleagues sustained gunshot wounds.',
      ),
    ).toEqual([['killed/mss/1', 'injured/mss/2']]);
  });
});

describe('tellers named by who they are', () => {
  it('keeps a priest’s count as a rival of the toll told anew', () => {
    expect(
      tolls(
        "Gunmen opened fire on two boats near Petite-Rivière de l'Artibonite on 9 June, killing 14 people. On 10 June, " +
          'the civil protection agency said divers had pulled six more bodies from the river, bringing the toll to 20. ' +
          'A Catholic priest in the town told the BBC he had personally counted 26 bodies.',
      ),
    ).toEqual([['killed/civilian/20 [civil protection]', 'killed/civilian/26 [church]']]);
  });

  it('reads a strike’s dead the government calls bandits and a group named by its acronym as rival counts', () => {
    expect(
      tolls(
        'Une frappe de drone menée samedi dans le quartier de La Saline a fait des victimes. Dans un communiqué, ' +
          'la Primature affirme que « neuf bandits » ont été « neutralisés ». Le Réseau citoyen pour la protection ' +
          'des droits (RCPD) avance un tout autre bilan : onze morts.',
      ),
    ).toEqual([['killed/gang/9 [government]', 'killed/gang/11 [RCPD]']]);
  });
});

describe('an event told months before', () => {
  it('is not the one "police said on Tuesday" they fought, though at the same place', () => {
    expect(
      read(
        'In October 2024 gang members killed at least 115 people in Pont-Sondé. On Tuesday, police said they had ' +
          'killed five gang members in an operation near Pont-Sondé.',
      ).incidents.map((i) => `${i.date} ${i.casualties.map((c) => `${c.affiliation}/${c.count}`).join(' ')}`),
    ).toEqual(['2024-10-01 civilian/115', '2025-06-04 gang/5']);
  });
});

describe('two tellers in one sentence, one with a breakdown', () => {
  it('keeps « une dizaine de morts » as a rival of the PNH’s six, one of them a police officer', () => {
    expect(
      tolls(
        'Jeudi, des hommes armés ont attaqué Lascahobas. Un membre du conseil municipal parle d’« une dizaine de ' +
          'morts », tandis que la Police nationale d’Haïti (PNH) fait état de six personnes tuées, dont un policier.',
      ),
    ).toEqual([['killed/civilian/10 [local authorities]', 'killed/civilian/5 [police]', 'killed/police/1']]);
  });
});

describe('the people a dash or a list names', () => {
  it('reads a sentence that opens with a day and a place, then a dash, as a sentence, not a dateline', () => {
    expect(
      tolls('On Monday in Kenscoff, four people were killed — a boy, his mother and a neighbor.'),
    ).toEqual([['killed/civilian/4']]);
  });

  it('breaks the dead down after a dash, past an age and "a member of the gang"', () => {
    expect(
      tolls(
        'On Tuesday in Solino, police said four people died in the incursion — a 16-year-old boy, his mother, ' +
          'an elderly neighbor and a member of the attacking gang.',
      ),
    ).toEqual([['killed/civilian/3', 'killed/gang/1']]);
  });

  it('reads a list past an acronym in brackets before "and"', () => {
    expect(
      tolls(
        'The dead include a police officer, a soldier of the Armed Forces of Haiti (FAd’H) and nine residents, officials said on Monday in Kenscoff.',
      ),
    ).toEqual([['killed/police/1', 'killed/army/1', 'killed/civilian/9']]);
  });
});

describe('a day the toll was told on', () => {
  it('is not the event’s: « Lundi, la mairie faisait état de sept morts » after a Sunday attack', () => {
    expect(
      read(
        "Le bilan de l'attaque perpétrée le dimanche 8 juin contre le centre-ville de Gressier s'est alourdi. " +
          'Lundi, la mairie de Gressier faisait état de sept morts.',
      ).incidents.map((i) => `${i.date} ${i.place?.name}: ${i.casualties.map((c) => c.count).join(' ')}`),
    ).toEqual(['2025-06-08 Gressier: 7']);
  });
});

describe('the same teller again', () => {
  it('gives « selon la même source » the teller of the sentence before, and reads « faisait état »', () => {
    expect(
      tolls(
        'Dimanche 8 juin, des gangs ont attaqué Gressier. Lundi, la mairie de Gressier faisait état de sept morts. ' +
          "Mardi, deux blessés évacués vers l'hôpital de Petit-Goâve ont succombé, portant le bilan à neuf morts selon " +
          'la même source. La Protection civile avance, pour sa part, le chiffre de douze morts.',
      ),
    ).toEqual([['killed/unknown/9 [local authorities]', 'killed/unknown/12 [civil protection]']]);
  });
});

describe('a wire’s police source and a rights group', () => {
  it('reads « dont huit membres présumés d’un gang et trois civils » told « de source policière » against the RNDDH’s count', () => {
    expect(
      tolls(
        'Au moins onze personnes, dont huit membres présumés d’un gang et trois civils, ont été tuées jeudi dans une frappe de drone à Bel-Air, a appris l’AFP de source policière. ' +
          'Le RNDDH fait état pour sa part de quatorze morts, dont cinq civils.',
      ),
    ).toEqual([['killed/civilian/3 [police]', 'killed/civilian/14 [RNDDH]', 'killed/gang/8']]);
  });
});

describe('the victims listed in the next sentence', () => {
  it('reads « Selon le Binuh, les victimes sont seize habitants, deux policiers et quatre assaillants » as the toll’s breakdown', () => {
    expect(
      tolls(
        'Au moins 22 personnes ont été tuées samedi lors d’une attaque contre Jean-Denis, a indiqué le Binuh. ' +
          'Selon le Binuh, les victimes sont seize habitants, deux policiers et quatre assaillants tués lors de l’échange de tirs.',
      ),
    ).toEqual([['killed/civilian/16', 'killed/police/2', 'killed/gang/4']]);
  });
});
