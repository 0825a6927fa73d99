/**
 * Spans bounded or listed by days ("between 1 April and 31 May", "on 2 and 5 June") and windows of
 * days up to the report ("over the past week").
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

describe('a span bounded by two days', () => {
  const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
  it('"between 1 April and 31 May 2025", « entre le 1er avril et le 31 mai » is the period of a count, never its last day', () => {
    for (const text of [
      'Between 1 April and 31 May 2025, BINUH documented at least 1,340 people killed and 520 injured in gang-related violence across the country.',
      'From April 1 to May 31, at least 1,340 people were killed in Haiti, the UN said.',
      'Entre le 1er avril et le 31 mai 2025, au moins 1 340 personnes ont été tuées en Haïti.',
    ]) {
      const draft = read(text);
      expect(draft.incidents, text).toEqual([]);
      expect(draft.figures[0], text).toMatchObject({
        value: 1340,
        periodStart: '2025-04-01',
        periodEnd: '2025-05-31',
      });
    }
  });
  it('"on 2 and 5 June", « les 3 et 4 juin », « jeudi et vendredi » are the days the event ran, not the last one', () => {
    for (const [text, from, to] of [
      ['Attacks on 2 and 5 June in Verrettes killed six people.', '2025-06-02', '2025-06-05'],
      ['Des bandits ont attaqué Verrettes les 3 et 4 juin, tuant six personnes.', '2025-06-03', '2025-06-04'],
      [
        'Des frappes de drones menées jeudi et vendredi à Cité Soleil ont fait 20 morts.',
        '2025-06-05',
        '2025-06-06',
      ],
    ]) {
      const [incident] = read(text as string).incidents;
      expect(incident, text).toMatchObject({ date: from, dateEnd: to, datePrecision: 'week' });
    }
  });
  it('a span of a few days is when one event ran', () => {
    const [incident] = read('Gangs attacked Verrettes from June 3 to June 5, killing 12 people.').incidents;
    expect(incident).toMatchObject({ date: '2025-06-03', dateEnd: '2025-06-05', datePrecision: 'week' });
  });
});
describe('a window of days up to the report', () => {
  const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
  it('reads "over the past week" in the capital or with no place as a sum, and keeps the day\'s event apart', () => {
    const draft = read(
      'Over the past week, 42 people were killed in the capital, the UN said. On Monday, gunmen killed five people in Delmas 32.',
    );
    expect(draft.figures.map((f) => [f.metric, f.value, f.period])).toEqual([
      ['killed', 42, 'the past week'],
    ]);
    expect(draft.incidents.map((i) => [i.date, i.place?.name, i.casualties.map((c) => c.count)])).toEqual([
      ['2025-06-09', 'Delmas 32', [5]],
    ]);
    expect(read('In the last two weeks, at least 60 people were killed, the UN said.').incidents).toEqual([]);
  });
  it('keeps a window at one town, "last week", and a force\'s own losses as events', () => {
    for (const text of [
      'In recent days, gangs killed 42 people in Mirebalais.',
      'Last week, gunmen killed five people in the capital.',
      'Two more Kenyan officers were wounded in clashes in the capital over the past week.',
    ]) {
      expect(read(text).incidents, text).toHaveLength(1);
      expect(read(text).figures, text).toEqual([]);
    }
  });
});

describe('the first months of a year', () => {
  const read = (text: string) => readReport(text, { publishedAt: '2025-12-04', gazetteer: GAZETTEER });
  it('"the first ten months of 2025", « les dix premiers mois de l’année 2025 » are the period of a figure, never an incident', () => {
    for (const text of [
      'More than 1,100 people were kidnapped in Haiti in the first ten months of 2025, rights groups said.',
      'Selon des organisations de défense des droits humains, plus de 1 100 personnes ont été enlevées en Haïti au cours des dix premiers mois de l’année 2025.',
    ]) {
      const draft = read(text);
      expect(draft.incidents, text).toEqual([]);
      expect(draft.figures[0], text).toMatchObject({
        value: 1100,
        periodStart: '2025-01-01',
        periodEnd: '2025-10-31',
      });
    }
  });
});
