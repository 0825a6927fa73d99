/**
 * People taken and people lynched, in the words reports use beyond "kidnapped" and "killed":
 * "were seized", "were marched into the hills", « emmenées par les assaillants », "set fire to two
 * men", « présentés comme des membres de gangs ont été lynchés », « l'assassinat, le 19 juillet,
 * d'un policier », "a missionary couple". Short texts of our own (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

// 2025-06-11 is a Wednesday.
const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
const incidents = (text: string) =>
  read(text).incidents.map(
    (i) =>
      `${i.date} ${i.place?.name ?? '-'}: ${i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.count}`).join(' ')}`,
  );

describe('people taken', () => {
  it('reads "were seized" and "were marched into the hills" as kidnapped, not "police seized weapons"', () => {
    expect(incidents('On Monday in Cabaret, two nurses were seized by gunmen.')).toEqual([
      '2025-06-09 Cabaret: missing/civilian/2',
    ]);
    expect(
      incidents('On Sunday near Gressier, fourteen passengers were marched into the hills by the gunmen.'),
    ).toEqual(['2025-06-08 Gressier: missing/civilian/14']);
    expect(incidents('On Monday in Cabaret, police seized 12 weapons.')).toEqual([]);
  });

  it('counts a couple as two', () => {
    expect(incidents('In May, a Canadian missionary couple was seized in Ganthier.')).toEqual([
      '2025-05-01 Ganthier: missing/civilian/2',
    ]);
  });

  it('reads « emmenées par les assaillants » as taken, not the wounded « emmenés à l’hôpital »', () => {
    expect(incidents('Lundi à Pacot, deux infirmières ont été emmenées par les assaillants.')).toEqual([
      '2025-06-09 Pacot: missing/civilian/2',
    ]);
    expect(incidents("Lundi à Pacot, deux blessés ont été emmenés à l'hôpital après une attaque.")).toEqual([
      '2025-06-09 Pacot: injured/unknown/2',
    ]);
  });
});

describe('people lynched', () => {
  it('reads people a crowd set fire to as killed', () => {
    expect(
      incidents(
        'On Wednesday in Turgeau, residents beat and set fire to two men they accused of scouting for a gang.',
      ),
    ).toEqual(['2025-06-11 Turgeau: killed/civilian/2']);
    expect(incidents('On Wednesday in Turgeau, gangs set fire to 40 houses.')).toEqual([
      '2025-06-11 Turgeau: ',
    ]);
  });

  it('reads the people past « présentés comme des membres de gangs »', () => {
    expect(
      incidents(
        'Lundi au Canapé-Vert, deux hommes présentés comme des membres de gangs ont été lynchés puis brûlés par des habitants.',
      ),
    ).toEqual(['2025-06-09 Canapé-Vert: killed/gang/2']);
  });

  it('reads « l’assassinat, le 19 juillet, d’un policier » past the day', () => {
    expect(
      incidents("La police a annoncé l'assassinat, le 19 juillet, d'un policier de l'USGPN à Delmas 19."),
    ).toEqual(['2024-07-19 Delmas: killed/police/1']);
  });
});

describe('where a crowd struck', () => {
  it('is the place its residents are of ("residents of Turgeau … beat and set fire to two men"), apart from another event that day', () => {
    expect(
      incidents(
        'On Wednesday, gunmen stormed the commune of Thomazeau, killing nine people. On Wednesday, residents ' +
          'of Turgeau, in the capital, beat and set fire to two men they accused of scouting for a gang.',
      ),
    ).toEqual(['2025-06-11 Thomazeau: killed/civilian/9', '2025-06-11 Turgeau: killed/civilian/2']);
  });
});

describe('a bus stopped and its passengers taken', () => {
  it('reads « emmenés vers une destination inconnue » as taken, and the station the bus left as no scene', () => {
    expect(
      incidents(
        'Un autobus a été intercepté mardi soir par des individus armés à Fontamara 27, dans la commune de Carrefour. ' +
          'Le chauffeur et un passager ont été tués, et dix-huit passagers ont été emmenés vers une destination inconnue. ' +
          'L’autobus avait quitté la gare de Portail Léogâne vers 17 heures avec une quarantaine de passagers à bord.',
      ),
    ).toEqual(['2025-06-10 Fontamara: killed/civilian/2 missing/civilian/18']);
  });
});
