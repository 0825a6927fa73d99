/**
 * Counts that are tallies, back-references or no one's: a month's many victims with no place, "the
 * 2021 abduction", "the fourth member … to die", attackers who fled, and officers the police tell of.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
const incidents = (text: string) =>
  read(text).incidents.map(
    (i) =>
      `${i.date}/${i.datePrecision}: ${i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.count}`).join(' ')}`,
  );
const figures = (text: string) => read(text).figures.map((f) => `${f.metric}/${f.value}/${f.period ?? '-'}`);

describe('a month’s many victims with no place', () => {
  it('is a figure, unless one event is named', () => {
    const text = 'Gangs kidnapped at least 94 people in May.';
    expect(incidents(text)).toEqual([]);
    expect(figures(text)).toEqual(['kidnapped/94/May']);
    expect(incidents('In May, 25 people were killed in an attack on a church.')).toEqual([
      '2025-05-01/month: killed/civilian/25',
    ]);
    expect(incidents('Gangs killed 12 people in May.')).toEqual(['2025-05-01/month: killed/civilian/12']);
  });
});

describe('"the 2021 abduction of 17 missionaries"', () => {
  it('dates the event told to its year, not to the report’s month', () => {
    expect(
      incidents(
        '400 Mawozo, best known abroad for the 2021 abduction of 17 American and Canadian missionaries, is part of the Viv Ansanm alliance.',
      ),
    ).toEqual(['2021-01-01/year: missing/unknown/17']);
  });
});

describe('"the fourth member … to die"', () => {
  it('counts up to the rank, and a rank in an event is still one person', () => {
    expect(
      figures(
        'Wafula is the fourth member of the Kenyan contingent to die in Haiti since the first officers arrived in June 2024.',
      ),
    ).toEqual(['killed/4/since June 2024']);
    expect(incidents('The second officer was killed in Delmas on Monday.')).toEqual([
      '2025-06-09/day: killed/police/1',
    ]);
  });
});

describe('no one’s count', () => {
  it('reads "the gunmen" as no number, and attackers getting away as nobody displaced', () => {
    expect(figures('The gunmen fled toward Delmas 6.')).toEqual([]);
    expect(figures('Two gunmen fled toward Delmas 6.')).toEqual([]);
    expect(figures('More than 3,000 residents fled toward Delmas 6.')).toEqual(['displaced/3000/-']);
  });
});

describe('officers the police tell of', () => {
  it('are police, whatever contingent the report is about', () => {
    expect(
      incidents(
        'Seventy-eight Guatemalan soldiers landed in Haiti on Tuesday. Separately, police said two officers were shot and wounded in Carrefour on Monday night.',
      ),
    ).toEqual(['2025-06-09/day: injured/police/2']);
  });
});

describe('« au cours de la semaine écoulée »', () => {
  it('is a window of days: a tally over a region, an event at one town', () => {
    const text =
      'Au moins 31 personnes ont été tuées dans le Bas-Artibonite au cours de la semaine écoulée. Lundi 2 juin, à Pont-Sondé, quatre membres d’une même famille ont été exécutés.';
    expect(incidents(text)).toEqual(['2025-06-02/day: killed/civilian/4']);
    expect(figures(text)).toEqual(['killed/31/la semaine écoulée']);
    expect(
      incidents('Au moins 31 personnes ont été tuées à Pont-Sondé au cours de la semaine écoulée.'),
    ).toEqual(['2025-06-02/week: killed/civilian/31']);
  });
});

describe('a lead toll over "the weekend and Monday"', () => {
  it('spans the three days, so the events told after it that make its sum leave it a figure', () => {
    const text =
      'A wave of gang attacks across the Port-au-Prince area over the weekend and on Monday left at least eight people dead, police said. On Saturday, gunmen killed five people in Gressier. On Monday, three bus passengers were killed in Tabarre.';
    expect(incidents(text)).toEqual([
      '2025-06-07/day: killed/civilian/5',
      '2025-06-09/day: killed/civilian/3',
    ]);
    expect(figures(text)).toEqual(['killed/8/2025-06-07–2025-06-09']);
  });
});

describe('events counted, not people', () => {
  it('reads "143 kidnappings", « 25 assassinats » over a span as figures, never an event', () => {
    const text = 'The UN recorded 143 kidnappings and 61 killings in April and May across the country.';
    expect(incidents(text)).toEqual([]);
    expect(figures(text)).toEqual(['kidnapped/143/April–May', 'killed/61/April–May']);
    const fr = 'Le BINUH a recensé 25 assassinats et 40 enlèvements en mai.';
    expect(incidents(fr)).toEqual([]);
    expect(figures(fr)).toEqual(['killed/25/mai', 'kidnapped/40/mai']);
    expect(figures('Police recorded 12 kidnappings in Delmas last month.')).toEqual([
      'kidnapped/12/last month',
    ]);
  });

  it('keeps events counted on one day as that day’s event', () => {
    expect(incidents('Two kidnappings were reported in Delmas on Monday.')).toEqual([
      '2025-06-09/day: missing/unknown/2',
    ]);
  });
});

describe('"in April and May"', () => {
  it('is one span of two months, but not where the second month opens a day', () => {
    expect(figures('The UN said 143 people were kidnapped in April and May.')).toEqual([
      'kidnapped/143/April–May',
    ]);
    expect(incidents('Gunmen killed two officers in Delmas on May 12.')).toEqual([
      '2025-05-12/day: killed/police/2',
    ]);
    // "May 12" is a day: the killing in Cabaret is April's alone, no span reaching into May.
    const [cabaret] = read(
      'Gangs killed 20 people in Cabaret in April and May 12 officers were hurt in Delmas.',
    ).incidents;
    expect([cabaret?.date, cabaret?.dateEnd ?? null]).toEqual(['2025-04-01', null]);
  });
});

describe('a tally beside an event', () => {
  it('keeps "during the quarter", « au cours du seul mois de mai » and "since it arrived" figures', () => {
    const quarter =
      'Gang members killed at least 27 people in Jean-Denis on 18 May. Eleven police officers were also killed during the quarter.';
    expect(incidents(quarter)).toEqual(['2025-05-18/day: killed/civilian/27']);
    expect(figures(quarter)).toEqual(['killed/11/-']);
    expect(
      incidents(
        'In the Artibonite, 264 people were killed during the quarter. On 18 May, gang members killed at least 27 people in Jean-Denis.',
      ),
    ).toEqual(['2025-05-18/day: killed/civilian/27']);
    const may =
      'Six religieuses ont été enlevées le 28 mai à Tabarre. Au moins 87 personnes ont été enlevées dans la région métropolitaine au cours du seul mois de mai.';
    expect(incidents(may)).toEqual(['2025-05-28/day: missing/civilian/6']);
    expect(figures(may)).toEqual(['kidnapped/87/mai']);
    expect(incidents('The MSS has now lost two officers since it arrived in Haiti.')).toEqual([]);
  });

  it('gives a large toll with no date of its own to the event told just before it', () => {
    const text = 'Gangs attacked Pont-Sondé on Monday. The police said at least 100 people were killed.';
    expect(incidents(text)).toEqual(['2025-06-09/day: killed/civilian/100']);
    expect(figures(text)).toEqual([]);
    expect(
      figures('Gangs attacked Pont-Sondé on Monday. More than 5,000 people have been killed this year.'),
    ).toEqual(['killed/5000/this year']);
  });
});
