/**
 * Victims told in other orders and in lists, a wounded officer who later died, and a shooting
 * whose outcome is not said (split from casualties.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { casualtyFields as casualties } from '../helpers/casualty-lines';

describe('who the victims are, told in other orders', () => {
  it('"Among the dead were two police officers and a journalist": the people after the verb', () => {
    expect(
      casualties(
        'Among the dead were two police officers and a journalist after the attack in Delmas on Monday.',
      ).map((c) => [c.kind, c.count, c.affiliation]),
    ).toEqual([
      ['killed', 2, 'police'],
      ['killed', 1, 'civilian'],
    ]);
    // A part of a toll already told is not added to it.
    expect(
      casualties(
        'Gangs killed 12 people in Delmas on Monday. Among the dead were two police officers.',
      ).reduce((n, c) => n + (c.count ?? 0), 0),
    ).toBe(12);
  });

  it('"a motorcycle taxi driver", "a 45-year-old street vendor": two nouns before the person noun', () => {
    for (const text of [
      'Assailants shot dead a motorcycle taxi driver in Carrefour-Feuilles on Monday.',
      'Unknown assailants killed a 45-year-old street food vendor in Carrefour-Feuilles on Monday.',
      'A motorcycle taxi driver was killed in Carrefour-Feuilles on Monday.',
    ])
      expect(casualties(text)).toEqual([expect.objectContaining({ kind: 'killed', count: 1 })]);
  });
});

describe('lists of victims', () => {
  const toll = (text: string) =>
    casualties(text).map((c) => [c.kind, c.count, c.affiliation] as [string, number | null, string]);
  const total = (text: string) => casualties(text).reduce((n, c) => n + (c.count ?? 0), 0);

  it('"two police officers, a nurse and four civilians": every item, with or without the serial comma', () => {
    expect(total('Gangs killed a pastor, a nurse and three children in Kenscoff on Monday.')).toBe(5);
    expect(total('Gangs killed a pastor, a nurse, and three children in Kenscoff on Monday.')).toBe(5);
    expect(
      toll('Gangs killed two police officers, a nurse and four civilians in Kenscoff on Monday.'),
    ).toEqual([
      ['killed', 2, 'police'],
      ['killed', 5, 'civilian'],
    ]);
    expect(total('Two police officers, a nurse and four civilians were killed in Kenscoff on Monday.')).toBe(
      7,
    );
    expect(
      total('Les bandits ont tué deux policiers, une infirmière et quatre civils à Kenscoff lundi.'),
    ).toBe(7);
  });

  it('a list ends where a verb begins, and its items may be compounds or ages', () => {
    const byKind = (text: string) => {
      const out: Record<string, number> = {};
      for (const c of casualties(text)) out[c.kind] = (out[c.kind] ?? 0) + (c.count ?? 0);
      return out;
    };
    expect(
      byKind(
        'Gangs killed two police officers, wounded three soldiers and a journalist in Delmas on Tuesday.',
      ),
    ).toEqual({ killed: 2, injured: 4 });
    expect(
      total('A police officer, a street vendor and a taxi driver were shot dead in Delmas on Tuesday.'),
    ).toBe(3);
    expect(
      total(
        'Gunmen killed a police officer, a 45-year-old street vendor and a motorcycle taxi driver in Delmas on Tuesday.',
      ),
    ).toBe(3);
    expect(total('Two police officers, a nurse, and four civilians were killed in Kenscoff on Monday.')).toBe(
      7,
    );
  });

  it('a comma that opens no list of people leaves the count alone', () => {
    expect(total('Gangs killed three officers, a police spokesman said on Monday in Kenscoff.')).toBe(3);
    expect(total('Gangs killed a pastor, 45, in Kenscoff on Monday.')).toBe(1);
  });

  it('relatives are people: "a police officer and his wife", "a pastor, his wife and their three children"', () => {
    expect(
      toll('Gunmen killed a police officer and his wife in their home in Pétion-Ville on Sunday.'),
    ).toEqual([
      ['killed', 1, 'police'],
      ['killed', 1, 'civilian'],
    ]);
    expect(total('Gangs killed a pastor, his wife and their three children in Kenscoff on Monday.')).toBe(5);
  });

  it('"hospitalised" with no violence told is no casualty; a clock time is no count', () => {
    expect(casualties('In Delmas on Monday 30 cholera patients were hospitalised.')).toEqual([]);
    expect(
      casualties('At around 4 am market vendors were shot dead in Croix-des-Bossales on Tuesday.'),
    ).toEqual([]);
  });

  it('"were hospitalised" are the injured', () => {
    expect(
      toll('Four people died and six were hospitalised after gunmen fired on a bus in Carrefour on Friday.'),
    ).toEqual([
      ['killed', 4, 'civilian'],
      // The bare "six" after "and" counts the people of the count before it.
      ['injured', 6, 'civilian'],
    ]);
    expect(total('Two officers were wounded and hospitalized after an attack in Delmas on Friday.')).toBe(2);
  });
});

describe('a wounded officer who later died', () => {
  it('"Two … were wounded. One of them later died" is one killed and one still injured', () => {
    expect(
      casualties(
        'Two Kenyan officers were wounded in an ambush in Liancourt on Monday. One of them later died in hospital.',
      ).map((c) => [c.kind, c.count, c.affiliation, c.country]),
    ).toEqual([
      ['injured', 1, 'mss', 'Kenya'],
      ['killed', 1, 'mss', 'Kenya'],
    ]);
  });
});

describe('a shooting whose outcome is not said', () => {
  const read = (text: string) =>
    readReport(text, { publishedAt: '2025-05-14', gazetteer: GAZETTEER }).incidents.flatMap(
      (i) => i.casualties,
    );

  it('does not count a victim only said to have been shot by someone', () => {
    expect(read('On Monday in Delmas the gang shot the driver and looted the truck.')).toEqual([]);
  });

  it('counts the wounded when the wound or a passive "was shot" says so', () => {
    expect(read('On Monday in Delmas a police officer was shot in the leg.')).toEqual([
      expect.objectContaining({ kind: 'injured', count: 1 }),
    ]);
    expect(read('On Monday in Delmas gunmen shot a taxi driver in the arm.')).toEqual([
      expect.objectContaining({ kind: 'injured', count: 1 }),
    ]);
  });
});
