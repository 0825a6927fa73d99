/**
 * An event told without its day but with the statement that reported it, and an earlier event the
 * report recalls: two incidents, each with its own date and place. Every text here is written for
 * these tests, in English and in French.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const read = (text: string) =>
  readReport(text, { publishedAt: '2025-03-14', gazetteer: GAZETTEER }).incidents.map((i) => ({
    date: i.date,
    precision: i.datePrecision,
    place: i.place?.key ?? null,
    tolls: i.casualties.map((c) => `${c.kind} ${c.count} ${c.affiliation}`),
  }));

describe('an undated event, its statement, and an earlier one recalled', () => {
  it.each([
    [
      'English',
      'Gunmen killed a Kenyan officer in Liancourt and burned two armoured vehicles. ' +
        'In a statement released on Thursday, March 13, 2025, the mission said one vehicle got stuck in a ditch in Liancourt. ' +
        'It is worth recalling that on February 23 another Kenyan officer was killed in the Artibonite.',
    ],
    [
      'French',
      'Des bandits ont tué un policier kényan à Liancourt et incendié deux blindés. ' +
        'Dans un communiqué publié le jeudi 13 mars 2025, la mission a précisé qu’un blindé s’était enlisé dans un fossé à Liancourt. ' +
        'Il importe de rappeler que le 23 février dernier, un autre policier kényan avait été tué dans l’Artibonite.',
    ],
  ])('%s', (_language, text) => {
    expect(read(text)).toEqual([
      // The week up to the statement that told of it, at its own place.
      { date: '2025-03-07', precision: 'week', place: 'liancourt', tolls: ['killed 1 mss'] },
      // The recalled death: its own day, its own place (no scene borrowed from the main story),
      // and "February 23" is a date, not 23 dead.
      { date: '2025-02-23', precision: 'day', place: 'artibonite', tolls: ['killed 1 mss'] },
    ]);
  });
});

describe('an earlier event told by its month "last year", in "the town" named before', () => {
  it('reads "In October last year … in the town" as an event of October 2024 at the town told before, not a yearly figure', () => {
    const text =
      'Pont-Sondé has been at the centre of some of the worst violence in Haiti. In October last year, gunmen killed more than 70 people in the town in a single morning, the deadliest attack in the country in years.';
    expect(read(text)).toEqual([
      { date: '2024-10-01', precision: 'month', place: 'pont-sonde', tolls: ['killed 70 civilian'] },
    ]);
  });

  it('reads « en février de l’année dernière » as February of the year before publication', () => {
    expect(
      read('En février de l’année dernière, un policier kényan a été tué par balles à Ségur-Savien.'),
    ).toEqual([{ date: '2024-02-01', precision: 'month', place: 'segur-savien', tolls: ['killed 1 mss'] }]);
  });
});
