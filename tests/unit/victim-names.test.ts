import { describe, expect, it } from 'vitest';
import { findVictimNames, sameNamedVictim } from '@/lib/incidents/victim-names';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { normalizePlaceName } from '@/lib/locations/normalize';

const places = new Set(GAZETTEER.flatMap((g) => [g.name, ...(g.aliases ?? [])].map(normalizePlaceName)));
const victims = (text: string, context?: string) => findVictimNames(text, { places, context });

describe('findVictimNames: persons named as victims', () => {
  it('finds the subject of a passive victim verb, with a title or apposition before the verb', () => {
    expect(victims('Missionary Clara Vantongeren was abducted from her home on Sunday.')).toEqual([
      'clara vantongeren',
    ]);
    expect(victims('Teacher Odile Marchetain, 52, was shot dead outside the school.')).toEqual([
      'odile marchetain',
    ]);
    expect(victims('Police Constable Peter Wanjalu Omondi had been wounded in the ambush.')).toEqual([
      'peter wanjalu omondi',
    ]);
    expect(victims('Odile Marchetain and Rose Pelletan were kidnapped near the market.')).toEqual([
      'odile marchetain',
      'rose pelletan',
    ]);
    expect(victims('Le pasteur Willy Désormeaux a été enlevé samedi.')).toEqual(['willy desormeaux']);
    expect(
      victims('The Kenyan officer, Constable Peter Omondi, was reported missing after the ambush.'),
    ).toEqual(['peter omondi']);
  });

  it('finds "X was among those taken" and "including X" after the victims are told', () => {
    expect(
      victims('Clara Vantongeren, who runs the clinic, was among nine people taken by the gunmen.'),
    ).toEqual(['clara vantongeren']);
    expect(
      victims(
        'Five people were abducted, including Vantongeren and two nurses.',
        'Dutch nurse Clara Vantongeren has worked in the hills for decades.',
      ),
    ).toEqual(['clara vantongeren']);
  });

  it('finds the persons listed after "among the dead", in English and French', () => {
    expect(victims('Among the dead were the reporter Rémy Bastien and a nurse, Odile Marchetain.')).toEqual([
      'remy bastien',
      'odile marchetain',
    ]);
    expect(victims('Parmi les victimes figurent le journaliste Rémy Bastien et Odile Marchetain.')).toEqual([
      'remy bastien',
      'odile marchetain',
    ]);
  });

  it('finds the object of an active victim verb, past its title', () => {
    expect(victims('Gunmen abducted the Irish missionary Clara Vantongeren on Sunday.')).toEqual([
      'clara vantongeren',
    ]);
    expect(victims('Armed men killed journalist Rémy Bastien near the hospital.')).toEqual(['remy bastien']);
  });

  it('learns the full name from the rest of the report, and keeps a lone surname only when it knows it is a person', () => {
    expect(victims('Vantongeren was taken with six staff.', 'Clara Vantongeren runs the home.')).toEqual([
      'clara vantongeren',
    ]);
    expect(victims('Mr. Vantongeren was taken with six staff.')).toEqual(['vantongeren']);
    // A capitalised word before a passive verb is no person: "Several", "Residents", "Kenscoff".
    expect(victims('Several were taken with six staff. Residents were wounded.')).toEqual([]);
    expect(victims('Vantongeren was taken with six staff.')).toEqual([]);
  });

  it('never counts speakers, officials quoted by title, organisations, places, months or nationalities', () => {
    expect(
      victims(
        'Father Mathieu Lacrosse, who leads the charity, confirmed eight people were abducted. "We are praying," Lacrosse said.',
      ),
    ).toEqual([]);
    expect(
      victims('Health Minister Paulette Orvil said four people were killed, according to Dieuseul Brutus.'),
    ).toEqual([]);
    expect(
      victims('Officials, including Mayor Anselme Corvil, said ten people were kidnapped on Tuesday.'),
    ).toEqual([]);
    expect(victims('Kenscoff was attacked. Haitian National Police officers were wounded.')).toEqual([]);
    expect(victims('Viv Ansanm members were killed in August. Kenyan officers were injured.')).toEqual([]);
    expect(victims('Clara Vantongeren was not injured in the attack.')).toEqual([]);
  });

  it('leaves out the victims of another year told as background', () => {
    const text =
      'Gunmen abducted the teacher Rose Pelletan on Monday. Violence has grown since President Aurèle Vantiné was assassinated in 2021.';
    expect(findVictimNames(text, { places, years: [2025] })).toEqual(['rose pelletan']);
    expect(findVictimNames(text, { places, years: [2021] })).toEqual(['rose pelletan', 'aurele vantine']);
  });

  it('never counts someone said to have done the harm', () => {
    expect(victims('Three residents were killed by gang leader Jimmy Brévil on Monday.')).toEqual([]);
  });
});

describe('sameNamedVictim', () => {
  it('takes a surname for the full name, but never two different first names', () => {
    expect(sameNamedVictim(['clara vantongeren'], ['vantongeren'])).toEqual({
      name: 'clara vantongeren',
      full: false,
    });
    expect(sameNamedVictim(['clara vantongeren'], ['rose pelletan', 'clara vantongeren'])).toEqual({
      name: 'clara vantongeren',
      full: true,
    });
    expect(sameNamedVictim(['clara vantongeren'], ['marc vantongeren'])).toBeNull();
    expect(sameNamedVictim(['clara vantongeren'], undefined)).toBeNull();
  });
});
