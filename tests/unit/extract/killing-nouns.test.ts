/**
 * One killing told as a noun ("the murder of a police officer", "the assassination of President …"):
 * its victim is read, it is never a tally, and where it only marks when a period began it is an
 * event only when the sentence dates it finer than a year.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { casualtyLines as casualties } from '../helpers/casualty-lines';

const read = (text: string, publishedAt: string | null = '2025-06-11') =>
  readReport(text, { publishedAt, gazetteer: GAZETTEER });

describe('a killing told as a noun', () => {
  it('reads the victim after "of", on their side', () => {
    expect(casualties('The murder of a police officer in Delmas on Monday shocked residents.')).toEqual([
      'killed/police/-/1',
    ]);
    expect(
      casualties('The murders of five police officers in Liancourt on Friday prompted a police strike.'),
    ).toEqual(['killed/police/-/5']);
    expect(
      casualties('Police are investigating the assassination of Mayor Jean Dupont in Delmas on Monday.'),
    ).toEqual(['killed/civilian/-/1']);
  });

  it('ends the victim’s phrase at "at his residence" and "by gangs"', () => {
    expect(
      casualties(
        'Police are investigating the assassination of Mayor Jean Dupont at his residence on Monday.',
      ),
    ).toEqual(['killed/civilian/-/1']);
    expect(
      casualties('The killing of two tourists by gangs in Croix-des-Bouquets on Saturday drew condemnation.'),
    ).toEqual(['killed/civilian/-/2']);
    // "at" before a number is still a toll: "put the total number kidnapped at 7".
    expect(
      casualties(
        'Gunmen stormed an orphanage in Kenscoff on Monday. The charity put the total number kidnapped at 7.',
      ),
    ).toEqual(['missing/unknown/-/7']);
  });

  it('counts a president or a minister killed as a civilian', () => {
    const [incident] = read(
      'Haiti has been in turmoil since the assassination of President Jovenel Moïse at his private residence in July, 2021.',
    ).incidents;
    expect(incident?.date).toBe('2021-07-01');
    expect(incident?.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.count}`)).toEqual([
      'killed/civilian/1',
    ]);
  });

  it('is no event where it only marks the start of a period given by its year', () => {
    for (const text of [
      'Gang violence has surged in the country since the assassination of Haitian President Jovenel Moïse in 2021.',
      'Les gangs sévissent violemment dans le pays depuis l’assassinat du président Jovenel Moïse en 2021.',
      'Haiti has been in crisis following the 2021 assassination of President Jovenel Moïse.',
    ]) {
      const draft = read(text);
      expect(draft.incidents, text).toEqual([]);
      expect(draft.figures, text).toEqual([]);
    }
  });

  it('is no event where it is a deed someone is charged with', () => {
    const draft = read(
      'He has been indicted in the U.S. for the armed kidnapping of 16 missionaries in 2021 and the slaying of missionary Jane Doe in 2022.',
    );
    expect(draft.incidents.flatMap((i) => i.casualties).filter((c) => c.kind === 'killed')).toEqual([]);
    expect(draft.figures.filter((f) => f.metric === 'killed')).toEqual([]);
  });

  it('still reads "the execution of" a plan as no one', () => {
    expect(casualties('The execution of the plan in Delmas on Monday failed.')).toEqual([]);
  });
});
