import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { oneDate as one } from '../helpers/one-date';

describe('spans of months named without a year or in French', () => {
  it('reads "between January and March", « entre avril et juin », « de janvier à mars 2025 » as periods', () => {
    expect(one('between January and March', '2025-06-11')).toEqual({
      date: '2025-01-01',
      dateEnd: '2025-03-31',
      precision: 'month',
      role: 'period',
      label: 'January–March',
    });
    expect(one('entre avril et juin', '2025-06-11')).toMatchObject({
      date: '2025-04-01',
      dateEnd: '2025-06-30',
      role: 'period',
    });
    expect(one('de janvier à mars 2025', '2025-09-01')).toMatchObject({
      date: '2025-01-01',
      dateEnd: '2025-03-31',
      label: 'janvier–mars 2025',
    });
    expect(one('from November to February', '2025-03-10')).toMatchObject({
      date: '2024-11-01',
      dateEnd: '2025-02-28',
    });
  });

  it('takes the latest span begun by publication, never one that ends months after it', () => {
    expect(one('entre janvier et décembre', '2025-05-13')).toMatchObject({
      date: '2024-01-01',
      dateEnd: '2024-12-31',
    });
  });

  it('reads quarters and halves named without "of 2025", in English and French', () => {
    expect(one('in the second quarter', '2025-06-11')).toMatchObject({
      date: '2025-04-01',
      dateEnd: '2025-06-30',
      role: 'period',
    });
    expect(one('in the fourth quarter', '2025-06-11')).toMatchObject({ date: '2024-10-01' });
    expect(one('au deuxième trimestre 2024', '2025-06-11')).toMatchObject({
      date: '2024-04-01',
      dateEnd: '2024-06-30',
    });
    expect(one('au premier semestre', '2025-09-11')).toMatchObject({
      date: '2025-01-01',
      dateEnd: '2025-06-30',
    });
  });

  it('does not take a count for a year', () => {
    expect(one('Entre janvier et décembre, 5000 personnes ont été tuées.', '2025-05-13')).toMatchObject({
      label: 'janvier–décembre',
    });
  });
});
describe('a toll over a span of months', () => {
  const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });

  it('is a figure for that span, never an incident', () => {
    for (const text of [
      'At least 340 people were killed in the Artibonite in the second quarter, the UN said.',
      "Au moins 340 personnes ont été tuées dans l'Artibonite au deuxième trimestre, selon l'ONU.",
      "Entre avril et juin, au moins 340 personnes ont été tuées dans l'Artibonite.",
    ]) {
      const draft = read(text);
      expect(draft.incidents).toEqual([]);
      expect(draft.figures.map((f) => [f.metric, f.value, f.periodStart, f.periodEnd])).toEqual([
        ['killed', 340, '2025-04-01', '2025-06-30'],
      ]);
    }
  });

  it('keeps every count of the span out of the incidents', () => {
    const draft = read(
      'Between January and March, at least 262 gang members and 54 police officers were killed, the UN said.',
    );
    expect(draft.incidents).toEqual([]);
    expect(draft.figures.map((f) => f.value).sort((a, b) => a - b)).toEqual([54, 262]);
  });
});
describe('a span of months beside an event of its own day', () => {
  const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });

  it('leaves the event its toll and day', () => {
    for (const text of [
      'Gangs killed five people in Cabaret on Monday, the latest of 1,200 killings recorded between January and March.',
      'A police officer who joined the force in the second quarter was killed on Monday in Delmas.',
    ]) {
      const [incident, ...rest] = read(text).incidents;
      expect(rest).toEqual([]);
      expect(incident).toMatchObject({ date: '2025-06-09', datePrecision: 'day' });
      expect(incident?.casualties).toHaveLength(1);
    }
  });

  it('reads a span told ahead as this year’s', () => {
    expect(one('between June and August', '2025-06-11')).toMatchObject({
      date: '2025-06-01',
      dateEnd: '2025-08-31',
    });
  });
});
describe('French months and years named alone', () => {
  it('reads « en mai », « depuis janvier », « à la mi-octobre », « en juin dernier » as the latest such month', () => {
    expect(one('En mai, au moins 18 personnes avaient été tuées.', '2025-06-11')).toMatchObject({
      date: '2025-05-01',
      precision: 'month',
      label: 'mai',
    });
    expect(one('Depuis janvier, 60 policiers ont été tués.', '2025-06-11')).toMatchObject({
      date: '2025-01-01',
      role: 'since',
      label: 'since janvier',
    });
    expect(one('à la mi-octobre', '2025-06-11')).toMatchObject({ date: '2024-10-01', label: 'mi-octobre' });
    expect(one('en juin dernier', '2025-06-11')).toMatchObject({ date: '2024-06-01' });
    expect(one('depuis le 12 mars', '2025-06-11')).toMatchObject({ date: '2025-03-12', role: 'since' });
    expect(one('en août', '2025-06-11')).toMatchObject({ date: '2024-08-01' });
    // With a year or a day, the month is read by the patterns that hold them.
    expect(one('en mai 2024', '2025-06-11')).toMatchObject({ date: '2024-05-01', precision: 'month' });
    expect(one('le 15 mai', '2025-06-11')).toMatchObject({ date: '2025-05-15', precision: 'day' });
  });

  it('reads « en 2024 » as the year, « depuis 2021 » as a span since it', () => {
    expect(one('42 policiers ont été tués en 2024.', '2025-06-11')).toMatchObject({
      date: '2024-01-01',
      dateEnd: '2024-12-31',
      role: 'period',
    });
    expect(one('depuis 2021', '2025-06-11')).toMatchObject({ date: '2021-01-01', role: 'since' });
  });

  it("makes a French toll of a year or since a month a figure, not the toll of the day's event", () => {
    for (const [text, value] of [
      [
        'Des hommes armés ont tué trois personnes lundi à Delmas 24. Le syndicat indique que 42 policiers ont été tués en 2024.',
        42,
      ],
      [
        'Des hommes armés ont tué trois personnes lundi à Delmas 24. Depuis janvier, au moins 60 policiers ont été tués.',
        60,
      ],
    ] as const) {
      const draft = readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
      expect(draft.incidents.map((i) => i.casualties.map((c) => c.count))).toEqual([[3]]);
      expect(draft.figures.map((f) => f.value)).toEqual([value]);
    }
  });
});
describe('spans of days that statistics cover', () => {
  it('reads "in the week to Nov. 15", "the first two weeks of February", "the last week of January" as periods', () => {
    expect(one('in the week to Nov. 15', '2025-06-11')).toMatchObject({
      date: '2024-11-09',
      dateEnd: '2024-11-15',
      role: 'period',
    });
    expect(one('over the two weeks ending March 3, 2025', '2025-06-11')).toMatchObject({
      date: '2025-02-18',
      dateEnd: '2025-03-03',
    });
    expect(one('in the first two weeks of February.', '2025-06-11')).toMatchObject({
      date: '2025-02-01',
      dateEnd: '2025-02-14',
      role: 'period',
      label: 'first two weeks of February',
    });
    expect(one('the last week of January', '2025-06-11')).toMatchObject({
      date: '2025-01-25',
      dateEnd: '2025-01-31',
    });
  });

  it("makes the U.N.'s count over such a span a figure, not an incident", () => {
    const draft = readReport(
      'Gunmen killed three people on a bus in Martissant on Tuesday. The U.N. said 262 people were killed in the Ouest department in the first two weeks of February.',
      { publishedAt: '2025-03-12', gazetteer: GAZETTEER },
    );
    expect(draft.incidents.map((i) => i.casualties.map((c) => c.count))).toEqual([[3]]);
    expect(draft.figures).toContainEqual(
      expect.objectContaining({ value: 262, periodStart: '2025-02-01', periodEnd: '2025-02-14' }),
    );
  });

  it('keeps every count of one statistical statement a figure, "during the month" included', () => {
    const draft = readReport(
      'The office said 1,086 people were killed and 412 injured during the month, while 96 were kidnapped. In one attack, at least 40 people were killed in Cité Soleil on Jan. 18.',
      { publishedAt: '2025-02-10', gazetteer: GAZETTEER },
    );
    expect(draft.incidents.map((i) => i.casualties.map((c) => [c.kind, c.count]))).toEqual([
      [['killed', 40]],
    ]);
    expect(draft.figures.map((f) => [f.metric, f.value])).toEqual(
      expect.arrayContaining([
        ['killed', 1086],
        ['injured', 412],
        ['kidnapped', 96],
      ]),
    );
    for (const text of [
      'Police said 45 officers were killed in Delmas during the month.',
      'La police dit que 45 policiers ont été tués à Delmas durant la même période.',
    ]) {
      const read = readReport(text, { publishedAt: '2025-02-10', gazetteer: GAZETTEER });
      expect(read.incidents).toEqual([]);
      expect(read.figures.map((f) => f.value)).toEqual([45]);
    }
  });
});
describe('an event still going on', () => {
  it('reads a toll "since Friday", « depuis jeudi » (a few days up to the report) as one event from that day, not a sum', () => {
    // 2025-06-06 is a Friday, 2025-06-05 a Thursday.
    for (const [text, day] of [
      [
        'The mayor of Arcahaie said gangs had killed at least 17 people in Arcahaie since Friday.',
        '2025-06-06',
      ],
      [
        'Les affrontements qui opposent depuis jeudi la PNH aux gangs à Delmas 30 ont fait au moins 11 morts.',
        '2025-06-05',
      ],
    ] as const) {
      const draft = readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
      expect(draft.incidents[0]).toMatchObject({ date: day, dateEnd: '2025-06-11', datePrecision: 'week' });
      expect(draft.incidents[0]?.casualties.map((c) => c.count)).toEqual([day === '2025-06-06' ? 17 : 11]);
      expect(draft.figures).toEqual([]);
    }
    // A span of months is still a sum of many events.
    const months = readReport('Gangs have killed at least 60 police officers since January.', {
      publishedAt: '2025-06-11',
      gazetteer: GAZETTEER,
    });
    expect(months.incidents).toEqual([]);
  });
});
describe('what the span rules must not read (a second review)', () => {
  const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
  it("keeps a day's event an incident whatever span its sentence also names", () => {
    for (const text of [
      'Gunmen killed three people in Delmas on Monday as schools closed for the week.',
      'Police had been on alert for the past week when gunmen killed three people in Delmas on Monday.',
      'Trois personnes ont été tuées lundi à Delmas, le troisième drame le même mois.',
    ])
      expect(read(text).incidents.map((i) => i.casualties.map((c) => c.count))).toEqual([[3]]);
    // One event in a span of days, at a place: an incident; a large sum over such a span: a figure.
    expect(
      read('Gunmen killed five people at a bus stop in Delmas in the first week of June.').incidents,
    ).toHaveLength(1);
  });

  it("reads a count before a sum as the day's own, and a since-toll spread over many places as a sum", () => {
    const draft = read(
      'Gangs attacked a police station in Mirebalais on Monday. Two officers were wounded, police said, while 96 officers have been killed this year.',
    );
    expect(draft.incidents[0]?.casualties.map((c) => [c.kind, c.count])).toEqual([['injured', 2]]);
    expect(draft.figures.map((f) => f.value)).toEqual([96]);
    for (const text of [
      'Police have killed 30 gang members since Friday in operations across the capital.',
      'Gang attacks have killed 45 people in Gressier, where violence has surged since January.',
      'Le Premier ministre a indiqué que 40 policiers ont été tués depuis janvier.',
    ])
      expect(read(text).incidents).toEqual([]);
  });
});
