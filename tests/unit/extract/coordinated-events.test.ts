/** One sentence, two events joined by "and": each at its own place or day, each its own toll. */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

// 2025-06-11 is a Wednesday: Monday is 06-09, Saturday 06-07, Sunday 06-08.
const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
const rows = (text: string) =>
  read(text).incidents.map((i) => [
    i.date,
    i.place?.name ?? null,
    i.casualties.map((c) => [c.kind, c.count, c.affiliation]),
  ]);

describe('two scenes apart in one sentence', () => {
  it('reads each clause as its own event, on the day the sentence gives once', () => {
    expect(
      rows('On Monday, gunmen killed three people in Solino and six people were killed in Carrefour.'),
    ).toEqual([
      ['2025-06-09', 'Solino', [['killed', 3, 'civilian']]],
      ['2025-06-09', 'Carrefour', [['killed', 6, 'civilian']]],
    ]);
    expect(
      rows('Two police officers were killed in Liancourt and three injured in Pont-Sondé on Tuesday.'),
    ).toEqual([
      ['2025-06-10', 'Liancourt', [['killed', 2, 'police']]],
      ['2025-06-10', 'Pont-Sondé', [['injured', 3, 'unknown']]],
    ]);
  });
  it('gives "three others" in the second clause the side of the first', () => {
    expect(rows('Four people died in Solino and three others died in Bel-Air.').map((r) => r[2])).toEqual([
      [['killed', 4, 'civilian']],
      [['killed', 3, 'civilian']],
    ]);
  });
  it('dates a clause that names no day by the event its sibling clause joined', () => {
    const text =
      'Seven people were killed on Monday in attacks in the capital, police said. Four died in Solino and three in Bel-Air.';
    expect(rows(text).map((r) => r[0])).toEqual(['2025-06-09', '2025-06-09']);
  });
  it('keeps one event where one scene holds the other', () => {
    expect(
      rows('Gunmen killed three people in Port-au-Prince on Monday, and two people were wounded in Solino.'),
    ).toHaveLength(1);
  });
});

describe('a count whose verb is left out', () => {
  it('is told by the verb before it, at its own place and day', () => {
    expect(
      rows('Eight people were killed in Solino on Saturday and six in Delmas on Sunday, police said.'),
    ).toEqual([
      ['2025-06-07', 'Solino', [['killed', 8, 'civilian']]],
      ['2025-06-08', 'Delmas', [['killed', 6, 'civilian']]],
    ]);
    expect(rows('Gangs killed four people in Solino and three in Bel-Air on Monday.')).toEqual([
      ['2025-06-09', 'Solino', [['killed', 4, 'civilian']]],
      ['2025-06-09', 'Bel Air', [['killed', 3, 'civilian']]],
    ]);
    expect(rows('Quatre personnes ont été tuées à Solino samedi et six à Delmas dimanche.')).toEqual([
      ['2025-06-07', 'Solino', [['killed', 4, 'civilian']]],
      ['2025-06-08', 'Delmas', [['killed', 6, 'civilian']]],
    ]);
    expect(
      rows('Eight people were killed on Saturday and six on Sunday in Solino.').map((r) => r[0]),
    ).toEqual(['2025-06-07', '2025-06-08']);
  });
  it('is not read in the parts of a toll already told', () => {
    for (const text of [
      'Gunmen killed 12 people, including eight in Solino and four in Bel-Air, on Monday.',
      'Les bandits ont tué 12 personnes, dont huit à Solino et quatre à Bel-Air, lundi.',
      'Twelve people were killed on Monday, eight in Solino and four in Bel-Air.',
    ])
      expect(
        read(text).incidents.flatMap((i) => i.casualties.map((c) => c.count)),
        text,
      ).toEqual([12]);
  });
  it('needs its own place or day after the number', () => {
    for (const text of [
      'Eight people were killed and six were wounded in Solino on Monday.',
      'Police killed two suspects and 3 of their weapons were seized in Solino on Monday.',
    ])
      expect(read(text).incidents, text).toHaveLength(1);
  });
});

describe('a toll told first as a sum, then event by event', () => {
  it('keeps the events and makes the lead their figure, never a third event', () => {
    for (const text of [
      'A wave of gang attacks across the Port-au-Prince area over the weekend left at least eight people dead, police said. On Saturday, gunmen killed five people in Gressier. On Sunday, three people were killed in Cabaret.',
      'Des attaques de gangs ont fait au moins huit morts ce week-end dans la région de Port-au-Prince. Samedi, des hommes armés ont tué cinq personnes à Gressier. Dimanche, trois personnes ont été tuées à Cabaret.',
    ]) {
      const draft = read(text);
      expect(
        draft.incidents.map((i) => [i.place?.name, i.casualties.map((c) => c.count)]),
        text,
      ).toEqual([
        ['Gressier', [5]],
        ['Cabaret', [3]],
      ]);
      expect(draft.figures.map((f) => [f.metric, f.value, f.periodStart, f.periodEnd])).toEqual([
        ['killed', 8, '2025-06-07', '2025-06-08'],
      ]);
    }
  });
  it('keeps the lead an event when the others do not make its number', () => {
    const text =
      'A wave of gang attacks across the Port-au-Prince area over the weekend left at least 12 people dead, police said. On Saturday, gunmen killed five people in Gressier. On Sunday, three people were killed in Cabaret.';
    expect(read(text).incidents).toHaveLength(3);
  });
});
