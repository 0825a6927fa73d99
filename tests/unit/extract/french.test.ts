/**
 * French and Kreyòl reports read through the same pipeline as English ones (issue 13). Every text
 * here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { findDateMentions } from '@/lib/extract/dates';
import { tokenize } from '@/lib/extract/tokens';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { PUBLISHED, readFr, tolls } from '../helpers/french-read';

const dates = (text: string, ref: string | null = PUBLISHED) =>
  findDateMentions(text, 0, ref, tokenize(text)).map((d) => ({
    text: d.text,
    date: d.date,
    dateEnd: d.dateEnd,
    precision: d.precision,
    role: d.role,
  }));

describe('French and Kreyòl dates', () => {
  it.each([
    ['hier soir', '2024-12-17', 'day'],
    ["aujourd'hui", '2024-12-18', 'day'],
    ['avant-hier', '2024-12-16', 'day'],
    ['la semaine dernière', '2024-12-09', 'week'],
    ['le mois dernier', '2024-11-01', 'month'],
    ['ce vendredi', '2024-12-13', 'day'],
    ['lundi dernier', '2024-12-16', 'day'],
    ['mardi', '2024-12-17', 'day'],
    ['yè', '2024-12-17', 'day'],
    ['jodi a', '2024-12-18', 'day'],
    ['lendi', '2024-12-16', 'day'],
  ])('"%s" → %s (%s)', (text, date, precision) => {
    expect(dates(`Les faits se sont produits ${text} à Delmas.`)[0]).toMatchObject({ date, precision });
  });

  it('dates a night from one day into the next to the first day', () => {
    expect(dates('dans la nuit de samedi à dimanche')).toEqual([
      expect.objectContaining({ date: '2024-12-14', precision: 'day' }),
    ]);
    expect(dates('durant la nuit du mercredi 2 au jeudi 3 octobre 2024')).toEqual([
      expect.objectContaining({ date: '2024-10-02', dateEnd: null, precision: 'day' }),
    ]);
  });

  it('reads "entre le … et le …" as a span and "depuis le début de l\'année" as since', () => {
    expect(dates('entre le mardi 10 et le mercredi 11 décembre')[0]).toMatchObject({
      date: '2024-12-10',
      dateEnd: '2024-12-11',
      precision: 'week',
    });
    expect(dates("depuis le début de l'année")[0]).toMatchObject({ date: '2024-01-01', role: 'since' });
  });

  it('keeps the weekday of an undated French report, and never reads a surname as a day', () => {
    expect(dates('mardi', null)[0]).toMatchObject({ date: null });
    expect(dates('selon Jean Lundi, porte-parole')).toEqual([]);
    expect(dates('Dimanche said the gangs had attacked.')).toEqual([]);
  });
});

describe('French and Kreyòl numbers and casualties', () => {
  it.each([
    ['Au moins 11 personnes ont été tuées mardi à Delmas.', ['killed 11 civilian at_least']],
    ['Mardi, des bandits ont tué vingt-huit habitants à Delmas.', ['killed 28 civilian']],
    ['L’attaque de mardi à Delmas a fait plus de 20 blessés.', ['injured 20 unknown at_least']],
    ['Mardi à Delmas, trois policiers ont été blessés par balles.', ['injured 3 police']],
    ['Une dizaine de personnes ont perdu la vie mardi à Delmas.', ['killed 10 civilian about']],
    ['Mardi à Delmas, la police a abattu 12 bandits.', ['killed 12 gang']],
    ['Mardi, un policier kényan a été porté disparu à Delmas.', ['missing 1 mss']],
    ['Mardi, des hommes armés ont enlevé 1 500 personnes à Delmas.', ['missing 1500 civilian']],
    [
      'Mardi, des bandits ont attaqué Delmas, tuant au moins trois policiers et blessant cinq habitants.',
      ['killed 3 police at_least', 'injured 5 civilian'],
    ],
    [
      'Mardi à Delmas, au moins deux journalistes et un policier ont été tués lors d’une attaque.',
      ['killed 2 civilian at_least', 'killed 1 police'],
    ],
  ])('%s', (text, expected) => {
    expect(tolls(text)).toEqual(expected);
  });

  it('reads "la mort de" and "le massacre de" as the people after them', () => {
    expect(tolls('Mardi à Delmas, l’attaque a entraîné la mort d’au moins 11 personnes.')).toEqual([
      'killed 11 civilian at_least',
    ]);
  });
});
describe('one person named by a French phrase', () => {
  it.each([
    ['Jeudi à Liancourt, le policier a été tué par des bandits.', 'killed 1 police'],
    ['Jeudi à Liancourt, l’agent de police Jean Pierre a été tué.', 'killed 1 police'],
    // The auxiliary "avait" / "a" is the verb group, not the English article.
    ['Jeudi à Liancourt, l’officier de police kényan Paul Kiprono avait été tué.', 'killed 1 mss'],
    ['Jeudi à Liancourt, des bandits ont tué l’officier de police.', 'killed 1 police'],
    // "de la PNH" is the officers' force, not their head noun; "UN" is no article.
    ['Jeudi à Liancourt, trois agents de la PNH ont été blessés.', 'injured 3 police'],
  ])('%s', (text, toll) => {
    expect(tolls(text)).toEqual([toll]);
  });
});
describe('a death after an evacuation, and a unit’s past', () => {
  it('reads "est décédé des suites de ses blessures" as a death, placed by the sentence beside it, not an evacuation', () => {
    const [incident, ...rest] = readFr(
      'Un policier kényan a été évacué par avion et est décédé des suites de ses blessures, a indiqué la mission. ' +
        'L’incident s’est produit dans le département de l’Artibonite.',
    ).incidents;
    expect(rest).toEqual([]);
    expect(incident?.type).toBe('killing');
    expect(incident?.place?.key).toBe('artibonite');
    expect(incident?.casualties.map((c) => `${c.kind} ${c.count}`)).toEqual(['killed 1']);
  });

  it.each([
    'L’escadron Recce, qui était intervenu lors des attaques des shebab au Kenya, est arrivé à Port-au-Prince ce mardi.',
    'The Recce squad, which had fought attacks by al-Shabab in Kenya, arrived in Port-au-Prince on Tuesday.',
  ])('tells no event for what a unit had done before: %s', (text) => {
    expect(readFr(text).incidents).toEqual([]);
  });
});
describe('bodies found', () => {
  it('"les corps de six hommes", "six corps" are dead; "un corps de 200 policiers" is not', () => {
    expect(tolls('Les corps de six hommes ont été retrouvés dimanche à Carrefour-Feuilles.')).toEqual([
      'killed 6 civilian',
    ]);
    expect(tolls('La police a découvert six corps dimanche à Carrefour-Feuilles.')).toEqual([
      'killed 6 unknown',
    ]);
    expect(tolls('Un corps de 200 policiers kényans est arrivé dimanche à Port-au-Prince.')).toEqual([]);
  });
});
describe('more French and Kreyòl tolls', () => {
  it.each([
    [
      'Lundi, à Cabaret, les gangs ont incendié plusieurs maisons et tué quatre personnes.',
      ['killed 4 civilian'],
    ],
    [
      'Lundi à Delmas, deux policiers ont été tués et trois autres blessés.',
      ['killed 2 police', 'injured 3 police'],
    ],
    [
      'Lundi à Delmas, deux policiers ont été tués et trois autres ont été blessés.',
      ['killed 2 police', 'injured 3 police'],
    ],
    ['Le corps sans vie d’un policier a été retrouvé lundi à Tabarre.', ['killed 1 police']],
    ['Yè, bandi yo touye 5 moun nan Kafou.', ['killed 5 civilian']],
  ])('%s', (text, expected) => {
    expect(tolls(text)).toEqual(expected);
  });
});
describe('came out of it wounded', () => {
  it('"sont sortis blessés", "se sont retrouvés blessés": the people before are wounded', () => {
    expect(
      tolls(
        'Mardi à Delmas, deux policiers ont été tués par des bandits. Neuf autres personnes dont sept journalistes sont sortis blessés.',
      ),
    ).toEqual(['killed 2 police', 'injured 9 civilian']);
    expect(
      tolls('Lundi à Carrefour, trois passants se sont retrouvés blessés lors d’une fusillade entre gangs.'),
    ).toEqual(['injured 3 civilian']);
  });
});
describe('a running total of victims', () => {
  it('"portant le total des victimes à 20" is a toll, not the strength of a force', () => {
    const draft = readFr(
      'Les policiers kényans de la mission ont patrouillé à Saint-Marc. Neuf blessés sont décédés à l’hôpital, portant le total des victimes à 20.',
      '2024-10-03',
    );
    expect(draft.deployments).toEqual([]);
  });
});
describe('one officer told twice', () => {
  it('"l’agent" is the Kenyan officer already told of, and "un officier de police" the Kenyan one named later', () => {
    expect(
      tolls(
        'Mardi à Delmas, un policier kényan de la MMAS a été blessé et a succombé à ses blessures. L’agent a été blessé par balle.',
      ),
    ).toEqual(['killed 1 mss']);
    expect(
      tolls(
        'Mardi à Liancourt, des bandits ont tué un officier de police. Cette attaque a coûté la vie à un jeune officier de police kényan.',
      ),
    ).toEqual(['killed 1 mss']);
  });
});
describe('French relatives, lists, gunshot wounds and announcements', () => {
  const read = (text: string) => readReport(text, { publishedAt: PUBLISHED, gazetteer: GAZETTEER });
  const toll = (text: string) =>
    read(text).incidents.flatMap((i) => i.casualties.map((c) => [c.kind, c.count, c.affiliation]));

  it('« un policier et sa femme », « un pasteur, son fils et trois voisins »: every person counts', () => {
    expect(
      toll('Un policier et sa femme ont été assassinés à leur domicile à Pétion-Ville dimanche soir.'),
    ).toEqual([
      ['killed', 1, 'police'],
      ['killed', 1, 'civilian'],
    ]);
    expect(toll('Des bandits ont tué un pasteur, son fils et trois voisins à Kenscoff lundi.')).toEqual([
      ['killed', 5, 'civilian'],
    ]);
  });

  it('a capitalised « Son », « Yon » that opens the sentence is still one person', () => {
    expect(toll('Son fils a été tué à Kenscoff mardi.')).toEqual([['killed', 1, 'civilian']]);
    expect(toll('Yon polisye mouri nan Kenscoff madi.')).toEqual([['killed', 1, 'police']]);
  });

  it('« blessés par balle » is gunfire', () => {
    expect(
      read('Trois policiers kényans ont été blessés par balle lors d’une patrouille à Delmas mardi.')
        .incidents,
    ).toEqual([expect.objectContaining({ type: 'gunfire', date: '2024-12-17' })]);
  });

  it('« Mardi, la police a annoncé … » is the day of the telling; « …, a annoncé la police » keeps the event’s', () => {
    expect(dates('Mardi, la police a annoncé que cinq bandits avaient été neutralisés.')).toEqual([
      expect.objectContaining({ date: '2024-12-17', role: 'report' }),
    ]);
    expect(dates('Mardi, des bandits ont tué cinq personnes, a annoncé la police.')).toEqual([
      expect.objectContaining({ date: '2024-12-17', role: 'point' }),
    ]);
  });
});
