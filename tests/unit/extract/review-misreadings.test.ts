/**
 * What the reading rules of session 17 must not read: each case a review of them found (sentences
 * written to make a rule misfire), mended and kept here so it stays mended.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

// 2025-06-11 is a Wednesday.
const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
const counts = (text: string) => read(text).incidents.map((i) => i.casualties.map((c) => [c.kind, c.count]));

describe('a count whose verb is left out: never a street number, an age, or a count with a verb of its own', () => {
  it('reads no more victims in "Delmas 31 and 32", "aged 12 and 14", "… and six in Delmas were arrested"', () => {
    for (const [text, want] of [
      ['Gunmen killed eight people in Delmas 31 and 32 on Saturday, police said.', [[['killed', 8]]]],
      ['Des bandits ont tué huit personnes à Delmas 31 et 33 samedi, selon la PNH.', [[['killed', 8]]]],
      [
        'Gunmen shot dead two brothers aged 12 and 14 on Saturday in Solino, residents said.',
        [[['killed', 2]]],
      ],
      [
        'Police killed eight gang members in Solino on Saturday and six in Delmas were arrested.',
        [[['killed', 8]]],
      ],
      [
        'Eight people were killed in Solino on Saturday and 3,000 in Delmas have fled their homes.',
        [[['killed', 8]]],
      ],
      [
        'Twelve people were killed on Saturday: eight in Solino and four in Bel-Air, police said.',
        [[['killed', 12]]],
      ],
      [
        'Douze personnes ont été tuées samedi, soit huit à Solino et quatre à Bel-Air, selon la police.',
        [[['killed', 12]]],
      ],
      [
        'Twelve people were killed on Saturday, with eight in Solino and four in Bel-Air, police said.',
        [[['killed', 12]]],
      ],
    ] as const)
      expect(counts(text), text).toEqual(want);
  });
});

describe('sums and events', () => {
  it('keeps a running total since a day a sum when its count stands outside the when-clause', () => {
    for (const text of [
      'Since 31 March, when gangs overran Mirebalais, at least 40 people have been killed in the Centre department.',
      'Depuis le 31 mars, lorsque les gangs ont pris Mirebalais, plus de 40 personnes ont été tuées dans le département du Centre.',
    ])
      expect(read(text).incidents, text).toEqual([]);
  });
  it('reads "the first three months of this year" as a period, never a superlative\'s yardstick', () => {
    const draft = read(
      'In the first three months of this year, gangs killed 262 people in Cabaret, local officials said.',
    );
    expect(draft.incidents).toEqual([]);
    expect(draft.figures.map((f) => f.value)).toEqual([262]);
  });
  it("keeps one attack over a window of days an event, and a force's losses with the civilians told beside them", () => {
    expect(
      counts(
        'Over the past week, gunmen killed 12 worshippers in an attack on a church in Port-au-Prince, police said.',
      ),
    ).toEqual([[['killed', 12]]]);
    expect(
      counts('Police said three officers and 10 civilians were killed in the capital over the past week.'),
    ).toEqual([
      [
        ['killed', 3],
        ['killed', 10],
      ],
    ]);
  });
  it('never makes a lead toll of another side, or events told "separately", a sum of the events after it', () => {
    expect(
      counts(
        'Eight police officers were killed in Port-au-Prince over the weekend, the police union said. On Saturday, gunmen killed five people in Gressier. On Sunday, three people were killed in Cabaret.',
      ),
    ).toEqual([[['killed', 8]], [['killed', 5]], [['killed', 3]]]);
    expect(
      counts(
        'Clashes between police and gangs in Port-au-Prince on Monday and Tuesday left eight dead, police said. Separately, five people were killed in Léogâne on Monday and three in Cabaret on Tuesday.',
      ),
    ).toEqual([[['killed', 8]], [['killed', 5]], [['killed', 3]]]);
  });
});

describe('tolls of another event', () => {
  it('does not read "the death toll from the December massacre in Wharf Jérémie was 207" as Monday\'s toll', () => {
    expect(
      counts(
        'Gunmen killed five people in Cité Soleil on Monday, police said. The death toll from the December massacre in Wharf Jérémie was 207, according to the UN.',
      ),
    ).toEqual([[['killed', 5]]]);
  });
  it('reads "The death toll is 70, up from 20 on Saturday" as the event\'s toll, not a Saturday event', () => {
    expect(
      counts(
        'Gang members attacked Pont-Sondé on Sunday. The death toll is 70, up from 20 on Saturday, the mayor said.',
      ),
    ).toEqual([[['killed', 70]]]);
  });
  it("keeps an attack that resumed on another day, and an arrest, out of last week's event", () => {
    const draft = read(
      'At least 12 people were killed last week when gangs attacked Lascahobas. The assault resumed on Tuesday and two police officers were killed.',
    );
    expect(draft.incidents.map((i) => [i.date, i.casualties.map((c) => c.count)])).toEqual([
      ['2025-06-02', [12]],
      ['2025-06-10', [2]],
    ]);
  });
});

describe('one event at two places, and whose dead', () => {
  it('keeps « lors de la même attaque », "in the same attack" one event', () => {
    for (const text of [
      'Les bandits ont tué trois personnes à Solino et blessé cinq autres à Bel-Air lors de la même attaque lundi.',
      'Gunmen killed four people in Delmas 32 and wounded five others in neighbouring Pétion-Ville in the same attack on Monday.',
    ])
      expect(read(text).incidents, text).toHaveLength(1);
  });
  it('reads no side from « parmi les civils et les policiers », nor gang from "accused of supporting a rival gang"', () => {
    expect(
      read('L’attaque a fait 12 morts parmi les civils et les policiers lundi à Cabaret.').incidents[0]
        ?.casualties[0]?.affiliation,
    ).toBe('unknown');
    expect(
      read(
        'Gang members killed five residents of Liancourt on Monday they accused of supporting a rival gang.',
      ).incidents[0]?.casualties[0]?.affiliation,
    ).toBe('civilian');
  });
  it('reads "killed twenty and one police officer was wounded" as two statements, not 21 dead', () => {
    expect(
      counts(
        'Gang members killed twenty and one police officer was wounded in the attack on Cabaret on Monday.',
      ),
    ).toEqual([
      [
        ['killed', 20],
        ['injured', 1],
      ],
    ]);
  });
  it('takes no accident for violence: « ont péri dans l’explosion d’un camion-citerne »', () => {
    expect(
      read("Au moins 20 personnes ont péri dans l'explosion d'un camion-citerne à Miragoâne samedi.")
        .incidents,
    ).toEqual([]);
  });
});

describe('deaths told as before the event', () => {
  it('keeps "three Kenyan officers had died before Saturday\'s ambush" out of the ambush\'s toll', () => {
    const [ambush] = read(
      "A Kenyan police officer was killed and two others were wounded in an ambush near Liancourt on Saturday. Three Kenyan officers had died before Saturday's ambush.",
    ).incidents;
    expect(ambush?.casualties.map((c) => [c.kind, c.count])).toEqual([
      ['killed', 1],
      ['injured', 2],
    ]);
  });
});
