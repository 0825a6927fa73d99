/**
 * French places, competing tolls from named sources and French deployments, read through the same
 * pipeline as English reports. Every text here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readFr, tolls } from '../helpers/french-read';

describe('French places and undated French reports', () => {
  it('places an event "dans l’Artibonite", the article elided', () => {
    expect(readFr('Jeudi, un policier a été tué dans l’Artibonite.').incidents[0]?.place?.key).toBe(
      'artibonite',
    );
  });

  it('places a massacre "contre la population civile de X" at X, not at the gang’s home', () => {
    const incident = readFr(
      'Le gang de Liancourt a perpétré un massacre contre la population civile de Pont-Sondé mardi, faisant au moins 11 morts.',
    ).incidents[0];
    expect(incident?.place?.key).toBe('pont-sonde');
  });

  it('dates "la nuit du mercredi au jeudi 3 octobre 2024" to the Wednesday, and "ce vendredi" after it', () => {
    const draft = readFr(
      'Des bandits ont attaqué Pont-Sondé dans la nuit du mercredi au jeudi 3 octobre 2024, faisant 20 morts. ' +
        'Un témoin intervenait à la radio ce vendredi.',
      null,
    );
    expect(draft.incidents[0]).toMatchObject({ date: '2024-10-02', datePrecision: 'day' });
    expect(draft.publishedAtEstimated).toBe(true);
  });
});
describe('French places named as the event or listed together', () => {
  it('places "le massacre de Pont-Sondé" at Pont-Sondé, so a large toll there is an incident', () => {
    const draft = readFr('Le bilan du massacre de Pont-Sondé, survenu mardi, s’élève à 115 morts.');
    expect(draft.incidents[0]?.place?.key).toBe('pont-sonde');
    expect(draft.incidents[0]?.casualties[0]).toMatchObject({ kind: 'killed', count: 115 });
  });

  it('takes the place named first when an attack targets several places side by side', () => {
    const incident = readFr(
      'Mardi, des bandits ont tenté de s’emparer de Pétion-ville et des quartiers de Canapé-Vert et Delmas 33, faisant 3 morts.',
    ).incidents[0];
    expect(incident?.place?.key).toBe('petion-ville');
  });
});
describe('the attackers between the attack and « contre »', () => {
  it('places « une attaque d’individus armés contre la localité de X » at X, not at the dateline', () => {
    const incident = readFr(
      'Saint-Marc (AFP) - Trois personnes ont été tuées dans la nuit de dimanche à lundi lors d’une attaque d’individus armés contre la localité de Liancourt, a indiqué la police.',
    ).incidents[0];
    expect(incident?.place?.key).toBe('liancourt');
  });

  it('places "an assault by gang members against Cabaret" at Cabaret', () => {
    const incident = readFr(
      'PORT-AU-PRINCE (Reuters) - Four people were killed on Sunday in an assault by gang members against Cabaret, police said.',
    ).incidents[0];
    expect(incident?.place?.key).toBe('cabaret');
  });
});
describe('competing tolls from named sources', () => {
  it('keeps both, attributed, the one the report leads with first (French)', () => {
    const incident = readFr(
      'Mardi, au moins 12 bandits ont été tués à Delmas lors d’une opération, a indiqué le porte-parole de la PNH. ' +
        'Le RNDDH a pour sa part fait état d’une vingtaine de bandits tués.',
    ).incidents[0];
    expect(incident?.casualties.map((c) => [c.count, c.attribution])).toEqual([
      [12, 'police'],
      [20, 'RNDDH'],
    ]);
    expect(incident?.flags?.map((f) => f.code)).toContain('competing_tolls');
  });

  it('adds no attribution when only one source is quoted', () => {
    const incident = readFr('Mardi, au moins 12 bandits ont été tués à Delmas, a indiqué la PNH.')
      .incidents[0];
    expect(incident?.casualties[0]?.attribution).toBeUndefined();
  });
});
describe('French deployments', () => {
  it('reads an arrival of Kenyan police named after the noun, and a running total', () => {
    const draft = readFr(
      'Un nouveau contingent de 200 policiers kényans a atterri en Haïti ce mardi 16 juillet 2024, portant le nombre à 600.',
      '2024-07-16',
    );
    expect(draft.deployments.map((d) => [d.country, d.personnel, d.kind])).toEqual([
      ['Kenya', 200, 'arrival'],
      ['Kenya', 600, 'strength'],
    ]);
  });
});

describe('« le 14 courant » and a wound told as an aside', () => {
  it('dates « Le samedi 14 courant » to the 14th of the report’s month', () => {
    const incident = readFr(
      'Le samedi 14 courant, une opération policière a été menée à Solino, où au moins 5 bandits ont été neutralisés.',
    ).incidents[0];
    expect(incident).toMatchObject({ date: '2024-12-14', datePrecision: 'day' });
  });

  it('counts « Un policier haïtien, touché par balle au bras, a été transporté à l’hôpital » as wounded, and not « …, atteint d’une balle, est mort »', () => {
    expect(
      tolls(
        'Mardi, à Delmas 30, un policier haïtien, touché par balle au bras, a été transporté à l’hôpital, tandis qu’un agent kényan a été légèrement blessé.',
      ),
    ).toEqual(['injured 1 police', 'injured 1 mss']);
    expect(
      tolls('Mardi, à Delmas 30, un policier haïtien, atteint d’une balle à la tête, est mort sur le coup.'),
    ).toEqual(['killed 1 police']);
  });
});

describe('a prison break', () => {
  it('reads detainees killed (« détenus ») and « un agent pénitentiaire » wounded in the clause after them', () => {
    expect(
      tolls(
        'Mardi, à la prison civile de Jacmel, trois détenus ont été tués par balle alors qu’ils tentaient de s’évader, et un agent pénitentiaire a été blessé à la main.',
      ),
    ).toEqual(['killed 3 civilian', 'injured 1 police']);
  });
});

describe('an operation over several days in two neighbourhoods', () => {
  it('keeps the wounded of one of its days, at one of its scenes, in the operation', () => {
    const draft = readFr(
      'Une opération policière menée du dimanche 15 au mardi 17 décembre à Bel-Air et à Delmas 2 s’est soldée par la mort d’au moins 9 bandits, selon la PNH. ' +
        'Deux policiers ont été blessés par balle lors des affrontements de lundi à Delmas 2.',
    );
    expect(
      draft.incidents.map((i) => [
        i.date,
        i.dateEnd,
        i.casualties.map((c) => `${c.kind} ${c.count} ${c.affiliation}`),
      ]),
    ).toEqual([['2024-12-15', '2024-12-17', ['killed 9 gang', 'injured 2 police']]]);
  });
});

describe('a bus attacked on a route, its wounded and the people taken', () => {
  const text =
    "Au moins sept passagers ont été tués et une quinzaine d'autres blessés ce jeudi 5 mars lorsque des hommes armés ont ouvert le feu sur un autobus reliant Port-au-Prince à la ville des Cayes, à hauteur de Martissant. " +
    'Selon des témoins, les assaillants, postés sur les hauteurs de Fontamara, ont criblé de balles le véhicule. ' +
    'Le chauffeur et deux passagères ont été emmenés par les bandits, ont rapporté des rescapés.';

  it('reads « une quinzaine d’autres blessés » after the dead, and « le chauffeur et deux passagères » taken', () => {
    expect(
      readFr(text, '2026-03-06').incidents.map((i) =>
        i.casualties.map((c) => `${c.kind} ${c.count} ${c.affiliation}`),
      ),
    ).toEqual([['killed 7 civilian', 'injured 15 civilian', 'missing 3 civilian']]);
  });

  it('places it on the road at Martissant: neither a far end of the route nor where the gunmen stood', () => {
    expect(readFr(text, '2026-03-06').incidents.map((i) => i.place?.key)).toEqual(['martissant']);
  });
});

describe('wounds that killed, told in French', () => {
  const lines = (text: string) =>
    readFr(text, '2025-02-24').incidents.map((i) =>
      i.casualties.map((c) => `${c.kind} ${c.count} ${c.affiliation}`),
    );

  it('reads « mortellement atteint par balle », « mortellement atteinte par une balle perdue » as killed', () => {
    expect(
      lines(
        'Un policier kényan a été mortellement atteint par balle le dimanche 23 février 2025 à Ségur-Savien.',
      ),
    ).toEqual([['killed 1 mss']]);
    expect(
      lines(
        'Dimanche, des bandits ont attaqué le sous-commissariat de Cayes-Jacmel. Une marchande qui rentrait chez elle a également été mortellement atteinte par une balle perdue.',
      ),
    ).toEqual([['killed 1 civilian']]);
  });

  it('reads « il n’a pas survécu à ses blessures » as the wounded officer’s death', () => {
    expect(
      lines(
        'Un policier kényan a été blessé dimanche à Ségur-Savien. Évacué par hélicoptère, il n’a pas survécu à ses blessures.',
      ),
    ).toEqual([['killed 1 mss']]);
  });
});
