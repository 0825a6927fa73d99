/**
 * What reports tell after an attack, and where it belongs: the wounded taken to a named hospital in
 * another town, the missing "still unaccounted for Sunday night", the attackers who "also took away" a
 * young man, a police official who tells it from another town; and the Kreyòl words for these
 * (« de lòt moun te blese », « te mennen ale »). Short texts of our own (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { incidentLines as incidents } from '../helpers/incident-lines';

describe('the aftermath of one attack', () => {
  it('keeps the quote of a police official in another town with the attack, not as a scene of its own', () => {
    expect(
      incidents(
        'Gunmen opened fire on a passenger bus on National Road 2 near Fonds-des-Nègres on Thursday, killing three people. "The attackers blocked the road with a truck and fired on the bus," a police official in Miragoâne told AFP. The driver was among the dead.',
        '2026-03-06',
      ),
    ).toEqual(['2026-03-05 Fonds-des-Nègres: killed/civilian/3']);
  });

  it('reads people "still unaccounted for Sunday night" as the attack’s missing, not a Sunday event', () => {
    expect(
      incidents(
        'Gang members swept into Furcy before dawn on Saturday, killing six people. Three other people were wounded, and two residents were still unaccounted for Sunday night.',
        '2025-11-17',
      ),
    ).toEqual(['2025-11-15 Furcy: killed/civilian/6 injured/civilian/3 missing/civilian/2']);
  });

  it('gives the wounded taken to a hospital named before its town to the attack (« lopital Saint-Michel nan Jacmel »)', () => {
    expect(
      incidents(
        'Omwen twa moun pèdi lavi yo, samdi 22 novanm 2025 la, lè yon gwoup bandi te anvayi lokalite Seguin, nan komin Marigot. Bandi yo te rive bò 6è nan maten, yo t ap tire nan tout direksyon. Yo boule yon douzèn kay, yo piye boutik. De lòt moun te blese, yo te transpòte yo lopital Saint-Michel nan Jacmel.',
        '2025-11-23',
      ),
    ).toEqual(['2025-11-22 Marigot: killed/civilian/3 injured/civilian/2']);
  });

  it('keeps the dead taken to a morgue named in full in French, then its town, with the attack', () => {
    expect(
      incidents(
        "Deux agents de la PNH ont perdu la vie mardi soir lors d'une attaque contre le commissariat de Cabaret. Les corps des deux policiers ont été transportés à la morgue de l'Hôpital de l'Université d'État d'Haïti (HUEH), à Port-au-Prince, selon un proche de l'une des victimes.",
        '2026-01-22',
      ),
    ).toEqual(['2026-01-20 Cabaret: killed/police/2']);
  });

  it('gives "Another officer was shot in the arm", told next, to the attack in which an officer went missing', () => {
    expect(
      incidents(
        'A Kenyan police officer serving with the MSS is missing after gang members opened fire on a team near Pont-Sondé on Tuesday. Another officer was shot in the arm and is receiving treatment.',
        '2025-03-27',
      ),
    ).toEqual(['2025-03-25 Pont-Sondé: missing/mss/1 injured/mss/1']);
  });

  it('keeps "Family members on Thursday identified the missing officer as …" with the attack, not a Thursday event', () => {
    expect(
      incidents(
        'A Kenyan police officer is missing after gang members opened fire on a team near Pont-Sondé on Tuesday. Family members on Thursday identified the missing officer as Constable Benedict Kabiru.',
        '2025-03-27',
      ),
    ).toEqual(['2025-03-25 Pont-Sondé: missing/mss/1']);
    expect(
      incidents(
        'Un policier kényan a été tué mardi près de Pont-Sondé. Jeudi, le policier tué a été identifié comme étant Benedict Kabiru.',
        '2025-03-27',
      ),
    ).toEqual(['2025-03-25 Pont-Sondé: killed/mss/1']);
  });

  it('gives the wounded "taken to the hospital in Hinche on Sunday morning" to the night’s attack, not a Sunday event', () => {
    expect(
      incidents(
        'Des individus lourdement armés ont fait irruption à Boucan-Carré dans la nuit de samedi à dimanche, tuant au moins neuf personnes. Quatre blessés ont pu être transportés à l’hôpital Sainte-Thérèse de Hinche dimanche matin.',
        '2025-11-16',
      ),
    ).toEqual(['2025-11-15 Boucan-Carré: killed/civilian/9 injured/unknown/4']);
    expect(
      incidents(
        'Gunmen stormed Boucan-Carré overnight Saturday, killing at least nine people. Four wounded were taken to the Sainte-Thérèse hospital in Hinche on Sunday morning.',
        '2025-11-17',
      ),
    ).toEqual(['2025-11-15 Boucan-Carré: killed/civilian/9 injured/unknown/4']);
  });

  it('gives a kidnapping told after a quote (« te mennen ale », "also kidnapped") to the same attack', () => {
    expect(
      incidents(
        'At least three people were killed on Saturday when gunmen raided the commune of Marigot. "We never knew such a thing here," a farmer said. The gunmen also kidnapped a 19-year-old man.',
        '2025-11-23',
      ),
    ).toEqual(['2025-11-22 Marigot: killed/civilian/3 missing/civilian/1']);
    expect(
      incidents(
        'Omwen twa moun pèdi lavi yo, samdi 22 novanm 2025 la, lè yon gwoup bandi te anvayi lokalite Seguin, nan komin Marigot. « Nou pa t janm konnen bagay konsa isit la. Se jaden nou, se bèt nou, se tout lavi nou yo pran », yon peyizan 58 an te di, ak dlo nan je. Bandi yo te mennen ale tou yon jèn gason 19 an. Jiska dimanch swa, fanmi l pa t gen okenn nouvèl li.',
        '2025-11-23',
      ),
    ).toEqual(['2025-11-22 Marigot: killed/civilian/3 missing/civilian/1']);
  });
});

describe('the wounded a clinic received, and a killing told with its day', () => {
  it('gives the wounded a nurse at a health centre in another town says arrived overnight to the attack', () => {
    expect(
      incidents(
        'Gang members attacked Labodrie, in the commune of Cabaret, on Thursday afternoon, killing more than 40 people. A nurse at a health center in Arcahaie told reporters that at least a dozen people with gunshot and machete wounds had arrived overnight.',
        '2025-09-13',
      ),
    ).toEqual(['2025-09-11 Cabaret: killed/civilian/40 injured/civilian/12']);
  });

  it('reads "the killing last weekend of a gang leader" as that one death', () => {
    expect(
      incidents(
        'Residents said the attack was revenge for the killing last weekend of a Cabaret gang leader known as "Vlad," who was shot in Arcahaie during a police operation.',
        '2025-09-13',
      ),
    ).toEqual(['2025-09-06 Arcahaie: killed/gang/1']);
  });
});

describe('a Kreyòl report of an attack outside a hospital', () => {
  it('reads « louvri zam sou » as opening fire on the day told, and « omwen sèt lòt jounalis blese »', () => {
    const draft = readReport(
      'Bandi yo te louvri zam sou jounalis ak polisye ki te rasanble devan Lopital Inivèsite Leta d Ayiti (HUEH), nan sant vil Pòtoprens, madi 24 desanm 2024 la. Dapre Kolektif Medya an Liy, omwen sèt lòt jounalis blese.',
      { publishedAt: '2024-12-26', gazetteer: GAZETTEER },
    );
    expect(draft.incidents.map((i) => [i.date, i.place?.name, i.casualties.map((c) => c.count)])).toEqual([
      ['2024-12-24', 'General Hospital', [7]],
    ]);
    // The day is the attack's own, not assumed from the report.
    expect(draft.incidents[0]?.flags?.map((f) => f.code)).not.toContain('date_assumed');
  });
});

describe('Kreyòl numbers before people', () => {
  it('reads « de » and « sèt » as two and seven before a Kreyòl word for people, never the French « de »', () => {
    expect(
      incidents('Samdi 22 novanm 2025, bandi yo atake komin Marigot. De moun te blese.', '2025-11-23'),
    ).toEqual(['2025-11-22 Marigot: injured/civilian/2']);
    expect(
      incidents('Samdi 22 novanm 2025, bandi yo atake komin Marigot. Sèt polisye te blese.', '2025-11-23'),
    ).toEqual(['2025-11-22 Marigot: injured/police/7']);
    expect(
      incidents(
        "Le bilan de l'attaque de samedi dans la commune de Marigot fait état de deux morts.",
        '2025-11-23',
      ),
    ).toEqual(['2025-11-22 Marigot: killed/unknown/2']);
  });
});
