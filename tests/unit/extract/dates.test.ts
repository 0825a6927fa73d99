import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { findDateMentions } from '@/lib/extract/dates';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { oneDate as one } from '../helpers/one-date';

describe('dates counted from the publication date', () => {
  // 2025-03-27 is a Thursday, 2025-08-05 a Tuesday, 2025-04-03 a Thursday.
  it('"on Tuesday" is the most recent Tuesday, the day of publication included (a wire story of the same day)', () => {
    expect(one('an ambush on Tuesday', '2025-03-27')).toMatchObject({ date: '2025-03-25', precision: 'day' });
    expect(one('an ambush on Tuesday', '2025-08-05')).toMatchObject({ date: '2025-08-05' });
  });

  it('"last Tuesday" is strictly before publication', () => {
    expect(one('an ambush last Tuesday', '2025-08-05')).toMatchObject({ date: '2025-07-29' });
  });

  it('"yesterday" is the day before', () => {
    expect(one('Gunmen struck yesterday.', '2025-03-01')).toMatchObject({
      date: '2025-02-28',
      precision: 'day',
    });
  });

  it('"last week" is the previous Monday–Sunday', () => {
    expect(one('Last week, another officer went missing', '2025-04-03')).toMatchObject({
      date: '2025-03-24',
      dateEnd: '2025-03-30',
      precision: 'week',
    });
  });

  it('"over the past week" is the seven days before publication', () => {
    expect(one('injuries in clashes over the past week', '2025-04-03')).toMatchObject({
      date: '2025-03-27',
      dateEnd: '2025-04-02',
      precision: 'week',
    });
  });

  it('"this past weekend" is the Saturday and Sunday before', () => {
    expect(one('grounded 20 vehicles this past weekend', '2025-04-03')).toMatchObject({
      date: '2025-03-29',
      dateEnd: '2025-03-30',
    });
  });

  it('"last month", "earlier this month" and "in February" are months, first day, no end', () => {
    expect(one('Last month, an officer died', '2025-03-27')).toMatchObject({
      date: '2025-02-01',
      dateEnd: null,
      precision: 'month',
    });
    expect(one('laid to rest earlier this month', '2025-03-27')).toMatchObject({
      date: '2025-03-01',
      precision: 'month',
    });
    expect(one('clear in February when', '2025-04-03')).toMatchObject({
      date: '2025-02-01',
      precision: 'month',
    });
    expect(one('clear in February when', '2025-01-10')).toMatchObject({ date: '2024-02-01' });
  });

  it('"last June" is the most recent June before publication', () => {
    expect(one('deployed 800 officers last June', '2025-02-24')).toMatchObject({ date: '2024-06-01' });
    expect(one('deployed 800 officers last June', '2025-07-10')).toMatchObject({ date: '2025-06-01' });
  });

  it('"by June" is a deadline in the coming June, not last June', () => {
    expect(one('Kenya plans to send more by June', '2025-05-20')).toMatchObject({
      date: '2025-06-01',
      role: 'deadline',
    });
  });

  it('a day with its month but no year takes the year that puts it at or just before publication', () => {
    expect(one('On August 5, the United States', '2025-08-06')).toMatchObject({ date: '2025-08-05' });
    expect(one('On December 28, gunmen', '2025-01-03')).toMatchObject({ date: '2024-12-28' });
  });

  it('"three days ago" and "two weeks ago"', () => {
    expect(one('three days ago', '2025-08-06')).toMatchObject({ date: '2025-08-03', precision: 'day' });
    expect(one('two weeks ago', '2025-08-06')).toMatchObject({ date: '2025-07-21', dateEnd: '2025-07-27' });
  });

  it('stays unresolved without a publication date', () => {
    expect(one('an ambush on Tuesday', null)).toMatchObject({ date: null });
    expect(findDateMentions('last month', 0, null)[0]?.resolved).toBe(false);
  });
});

describe('whose day a date is', () => {
  // 2025-06-11 is a Wednesday.
  it('"overnight Saturday into Sunday" is the Saturday; "overnight" alone, the night before publication', () => {
    expect(one('Gangs attacked Kenscoff overnight Saturday into Sunday.', '2025-06-11')).toMatchObject({
      date: '2025-06-07',
    });
    expect(one('Gangs attacked Kenscoff overnight on Sunday.', '2025-06-11')).toMatchObject({
      date: '2025-06-08',
    });
    expect(one('Gangs attacked Kenscoff overnight.', '2025-06-11')).toMatchObject({ date: '2025-06-10' });
    expect(one('Overnight Saturday into Sunday, gangs attacked Kenscoff.', '2025-06-11')).toMatchObject({
      date: '2025-06-07',
    });
  });

  it('"On Wednesday, the UN said …" is the day of the telling; "On Monday gunmen killed …, police said" the event\'s', () => {
    expect(one('On Wednesday, the UN said at least 70 people had been killed.', '2025-06-11')).toMatchObject({
      role: 'report',
    });
    expect(
      one('On Wednesday the national police said gunmen killed five people.', '2025-06-11'),
    ).toMatchObject({
      role: 'report',
    });
    expect(one('On Monday gunmen killed five people in Delmas, police said.', '2025-06-11')).toMatchObject({
      role: 'point',
    });
    expect(one('Gunmen killed five people in Delmas on Monday, police said.', '2025-06-11')).toMatchObject({
      role: 'point',
    });
    // A teller inside a relative clause is not the sentence's: "a journalist who had reported".
    expect(
      one('On Monday, gangs killed a journalist who had reported on their crimes in Delmas.', '2025-06-11'),
    ).toMatchObject({ role: 'point' });
    expect(
      one(
        'On Saturday, a gang leader who said he controlled Kenscoff attacked a police station.',
        '2025-06-11',
      ),
    ).toMatchObject({ role: 'point' });
    // A road toll is no death toll: "hit 2 buses on Tuesday" is the day of the event.
    expect(
      one('Gangs that collect a toll on Route 9 hit 2 buses on Tuesday near Cabaret.', '2025-06-11'),
    ).toMatchObject({ date: '2025-06-10', role: 'point' });
  });
});

describe('feasts on a fixed day', () => {
  it('"on Christmas Eve", "New Year\'s Day", « la veille de Noël »: the latest by publication, or the year given', () => {
    expect(one('Gunmen struck on Christmas Eve.', '2025-06-11')).toMatchObject({
      date: '2024-12-24',
      precision: 'day',
    });
    expect(one('Gunmen struck on New Year’s Day.', '2025-06-11')).toMatchObject({ date: '2025-01-01' });
    expect(one('Gunmen struck on Christmas Day 2023.', '2025-06-11')).toMatchObject({ date: '2023-12-25' });
    expect(one('Des bandits ont frappé la veille de Noël.', '2025-06-11')).toMatchObject({
      date: '2024-12-24',
    });
    // "Before Christmas" is no day, and the airport is no feast.
    expect(findDateMentions('Attacks rose before Christmas.', 0, '2025-06-11')).toEqual([]);
    expect(findDateMentions('Flights left Toussaint Louverture airport.', 0, '2025-06-11')).toEqual([]);
  });
});

describe('dates the text states in full', () => {
  it('reads "February 23, 2025", "23 février 2025" and "23 fevriye 2025" alike', () => {
    for (const t of [
      'On February 23, 2025, one',
      'le 23 février 2025, un policier',
      'nan dat 23 fevriye 2025',
    ])
      expect(one(t, null)).toMatchObject({ date: '2025-02-23', precision: 'day' });
  });

  it('reads French months written short, with or without their stop and accent (AFP, AlterPresse)', () => {
    for (const [t, date] of <Array<[string, string]>>[
      ['le 12 janv. 2025, un policier', '2025-01-12'],
      ['PORT-AU-PRINCE, 12 janv 2025 (AFP)', '2025-01-12'],
      ['le 5 févr. 2025, un policier', '2025-02-05'],
      ['le 5 fév. 2025, un policier', '2025-02-05'],
      ['le 3 avr. 2025, un policier', '2025-04-03'],
      ['le 14 juil. 2025, un policier', '2025-07-14'],
      ['P-au-P, 8 déc. 2024 [AlterPresse]', '2024-12-08'],
    ])
      expect(one(t, null)).toMatchObject({ date, precision: 'day' });
  });

  it('keeps the day of the month when the weekday disagrees, and says so', () => {
    const [d] = findDateMentions('On Monday evening, August 5, the United States', 0, '2025-08-05');
    expect(d).toMatchObject({ date: '2025-08-05', weekdayMismatch: { stated: 1, actual: 2 } });
  });

  it('reads month ranges and years as periods, as the source put them', () => {
    expect(one('dead in February and March 2025 in separate attacks', null)).toMatchObject({
      date: '2025-02-01',
      dateEnd: '2025-03-31',
      role: 'period',
      label: 'February–March 2025',
    });
    expect(one('killed between October 2024 and June 2025', null)).toMatchObject({
      date: '2024-10-01',
      dateEnd: '2025-06-30',
      role: 'period',
    });
    expect(one('over 3000 people in 2025 alone', null)).toMatchObject({
      role: 'period',
      label: '2025',
      precision: 'year',
    });
    expect(one('thousands of deaths since 2021', null)).toMatchObject({ role: 'since', label: 'since 2021' });
  });

  it('reads "in June 2024" as a month and "by February 2026" as a deadline', () => {
    expect(one('first sent officers in June 2024', null)).toMatchObject({
      date: '2024-06-01',
      precision: 'month',
      role: 'point',
    });
    expect(one('hold elections by February 2026', null)).toMatchObject({ role: 'deadline' });
  });

  it('does not read numbers, "may" or Kreyòl words as dates', () => {
    expect(findDateMentions('over 3000 people and 2,500 personnel', 0, '2025-01-01')).toEqual([]);
    expect(findDateMentions('the officer may have been killed, 1 out of 5', 0, '2025-01-01')).toEqual([]);
  });
});

describe('the day of the telling, told in French', () => {
  it('is a day right after the telling verb, not the day of what was told after its object', () => {
    const read = (text: string) =>
      readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER }).incidents[0];
    // 2025-06-09 is a Monday.
    for (const text of [
      'La police dit avoir abattu deux bandits lundi à Delmas.',
      'La police a déclaré que des bandits ont tué trois personnes lundi à Delmas.',
    ])
      expect(read(text)).toMatchObject({ date: '2025-06-09', datePrecision: 'day' });
    expect(
      read('La police a déclaré lundi que des bandits ont tué trois personnes dimanche à Delmas.'),
    ).toMatchObject({
      date: '2025-06-08',
    });
  });
});

describe('the day of the telling, to someone', () => {
  it('is the day after "told local radio", « a déclaré à la presse », « a confirmé à nos confrères de … »', () => {
    const read = (text: string) =>
      readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER }).incidents[0];
    for (const text of [
      'Gunmen killed two people in Delmas, the police chief told local radio on Tuesday.',
      'Des bandits ont tué deux personnes à Delmas, a déclaré à la presse lundi le porte-parole de la PNH.',
      'Des bandits ont tué deux personnes à Delmas, a confirmé à nos confrères de Radio Caraïbes ce lundi le commissaire.',
    ])
      expect(read(text)).toMatchObject({
        datePrecision: 'week',
        flags: [expect.objectContaining({ code: 'date_assumed' })],
      });
    // A dateline read apart from its sentence still dates the telling.
    expect(read('PORT-AU-PRINCE, June 9 (Reuters) - Gunmen killed four people in Mirebalais.')).toMatchObject(
      {
        date: '2025-06-03',
        datePrecision: 'week',
      },
    );
  });
});
