/** Events told without the words incidents.test.ts covers: operations, vague tolls, and what those rules must not read. */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const PUBLISHED = '2025-05-14'; // a Wednesday
const read = (text: string, publishedAt: string | null = PUBLISHED) =>
  readReport(text, { publishedAt, gazetteer: GAZETTEER });

describe('a security operation told before its toll', () => {
  it('is the event the toll belongs to, with its day and place', () => {
    for (const text of [
      'Police carried out a major operation in Bel-Air on Thursday with MSS support. At least eight suspected gang members were killed, police said.',
      'La PNH a lancé une vaste opération jeudi à Bel-Air. Au moins huit bandits ont été tués.',
    ]) {
      const [incident, ...rest] = read(text).incidents;
      expect(rest).toEqual([]);
      expect(incident).toMatchObject({ type: 'armed_clash', date: '2025-05-08', datePrecision: 'day' });
      expect(incident?.place?.name).toBe('Bel Air');
      expect(incident?.casualties.map((c) => [c.kind, c.count, c.affiliation])).toEqual([
        ['killed', 8, 'gang'],
      ]);
    }
  });

  it('« ont fait irruption » is an attack', () => {
    const [incident] = read(
      'Des individus armés ont fait irruption dans la nuit de dimanche à lundi à Tabarre 36. Bilan : deux morts et trois blessés.',
    ).incidents;
    expect(incident).toMatchObject({ type: 'attack', date: '2025-05-11' });
  });

  it('tells no event of operations in general, nor of one expected', () => {
    expect(
      read('The mission has carried out joint operations with the police in Port-au-Prince since June 2024.')
        .incidents,
    ).toEqual([]);
    expect(
      read('The GSF is expected to launch its offensive in the Artibonite in October.').incidents,
    ).toEqual([]);
    expect(read('Gangs are preparing to attack Mirebalais, residents said on Monday.').incidents).toEqual([]);
  });
});

describe('an attack told with a vague toll and no day', () => {
  it('is an event whose toll is not counted, at the place attacked', () => {
    for (const text of [
      'Dozens of people were killed in the attack on Pont-Sondé, witnesses said.',
      "Des dizaines de personnes ont été tuées lors de l'attaque contre Pont-Sondé, selon des témoins.",
    ]) {
      const [incident, ...rest] = read(text).incidents;
      expect(rest).toEqual([]);
      expect(incident).toMatchObject({ type: 'attack', casualties: [] });
      expect(incident?.place?.name).toBe('Pont-Sondé');
      expect(incident?.flags?.map((f) => f.code)).toContain('toll_uncounted');
    }
  });

  it('stays a figure where the sentence sums attacks up', () => {
    expect(read('Dozens of people have been killed in attacks on Pont-Sondé.').incidents).toEqual([]);
    expect(read('Dozens of people were killed in gang attacks in Haiti.').incidents).toEqual([]);
  });
});

describe('what the new event rules must not read (a review of them)', () => {
  it('an operation is the frame of what happened in it, and an armed event only beside armed men or forces', () => {
    expect(
      read('Police carried out an operation in Delmas on Monday and arrested five suspects.').incidents,
    ).toEqual([expect.objectContaining({ type: 'arrest' })]);
    expect(read('La Croix-Rouge a lancé une opération de secours lundi à Cabaret.').incidents).toEqual([]);
    expect(read('The government launched a crackdown on corruption in Delmas on Monday.').incidents).toEqual(
      [],
    );
    expect(
      read('Des journalistes ont fait irruption lundi dans la salle de conférence à Delmas.').incidents,
    ).toEqual([]);
  });

  it('a vague toll of an attack recalled with a year, or in the pluperfect, is no new event', () => {
    expect(
      read('Dozens of people were killed in the La Saline massacre in 2018, a case still unresolved.')
        .incidents,
    ).toEqual([]);
    expect(
      read("Des dizaines de personnes avaient été tuées lors de l'attaque contre Pont-Sondé.").incidents,
    ).toEqual([]);
  });
});

describe('what the new event rules must not read (a second review)', () => {
  it('"due to" tells the cause, not a hypothesis; an operation for something else is no armed event', () => {
    expect(
      read(
        'Traffic on Route Nationale 1 was halted on Monday due to heavy fighting between police and gangs near Cabaret.',
      ).incidents,
    ).toEqual([expect.objectContaining({ type: 'armed_clash' })]);
    expect(read('Police launched an operation to distribute food in Cabaret on Monday.').incidents).toEqual(
      [],
    );
    expect(read('La police a mené une opération de contrôle routier lundi à Delmas.').incidents).toEqual([]);
  });

  it('attacks told in the plural are no single event', () => {
    expect(
      read(
        'The Gran Grif gang is notorious in the Artibonite. Scores of people were killed in its attacks on Liancourt and Pont-Sondé.',
      ).incidents,
    ).toEqual([]);
  });
});

describe('an operation for something else, told later in the sentence', () => {
  it('is no armed event', () => {
    expect(
      read(
        'The police launched a major operation in downtown Port-au-Prince on Monday to clear barricades erected by protesters.',
      ).incidents,
    ).toEqual([]);
  });
});

describe('the missing told right after the event', () => {
  it("are the event's own when they are on its side and the sentence names no day or place of its own", () => {
    const draft = read(
      'At least 10 people were killed and 12 injured in an attack on Mirebalais on Monday. Five people are still missing, the mayor said.',
    );
    expect(draft.incidents.map((i) => i.casualties.map((c) => [c.kind, c.count]))).toEqual([
      [
        ['killed', 10],
        ['injured', 12],
        ['missing', 5],
      ],
    ]);
  });
  it('are another event when they are of another side, or the sentence names its own place', () => {
    for (const text of [
      'At least 10 people were killed in an attack on Mirebalais on Monday. A Kenyan officer remains missing after a patrol.',
      'At least 10 people were killed in an attack on Mirebalais on Monday. Five people were kidnapped in Tabarre.',
    ])
      expect(read(text).incidents, text).toHaveLength(2);
  });
});

describe('a sentence that goes on telling the event', () => {
  // PUBLISHED is a Wednesday (2025-05-14): "last week" is 05-05..05-11.
  it('dates "The assault began on Wednesday" to the Wednesday of the week the event was told in', () => {
    const draft = read(
      'At least 25 people were killed last week when gangs attacked Lascahobas. The assault began on Wednesday and continued into Thursday.',
    );
    expect(draft.incidents.map((i) => [i.date, i.casualties.map((c) => c.count)])).toEqual([
      ['2025-05-07', [25]],
    ]);
  });
  it('joins "The attacks began on Saturday and lasted until Monday" to the attacks, from Saturday to Monday', () => {
    const draft = read(
      'Gunmen attacked Arcahaie, killing more than 50 people, officials said Tuesday. The attacks began on Saturday and lasted until Monday.',
    );
    expect(draft.incidents.map((i) => [i.date, i.dateEnd, i.casualties.map((c) => c.count)])).toEqual([
      ['2025-05-10', '2025-05-12', [50]],
    ]);
  });
  it('keeps attacks told at another place on another day apart', () => {
    const draft = read(
      'Gangs attacked Cabaret on Monday, killing six people. The attacks resumed in Arcahaie on Thursday.',
    );
    expect(draft.incidents).toHaveLength(2);
  });
});

describe('a toll in a clause that names its event', () => {
  it('keeps "Dozens of people were killed in the fighting" on the event just told, uncounted, as well as a figure', () => {
    const draft = read(
      'Gang members launched a new assault on Solino on Tuesday. Dozens of people were killed in the fighting, residents said.',
    );
    expect(draft.incidents).toHaveLength(1);
    expect(draft.incidents[0]?.flags?.map((f) => f.code)).toContain('toll_uncounted');
  });
  it('dates "since 31 March, when … two officers were killed" to that day, an event, not a sum since then', () => {
    const draft = read(
      'The police have not returned to Mirebalais since 31 March, when the station was torched and at least two officers were killed.',
    );
    expect(draft.incidents.map((i) => [i.date, i.casualties.map((c) => [c.count, c.affiliation])])).toEqual([
      ['2025-03-31', [[2, 'police']]],
    ]);
    // The count before the date is still a sum since then.
    expect(
      read('Gangs have killed 40 officers since January, when the new chief took office.').incidents,
    ).toEqual([]);
  });
});
