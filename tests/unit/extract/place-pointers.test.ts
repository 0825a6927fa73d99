/**
 * A place named by pointing back at the sentence before, and the ends of a route, which are no
 * scene.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

describe('places told by pointing back, and routes', () => {
  it('places "the town had already been attacked", « au même endroit » where the sentence before did, not at the dateline or the next sentence', () => {
    const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
    const back = read(
      "PORT-AU-PRINCE, 11 juin 2025 (AFP) - Au moins huit personnes ont été tuées mardi à Petite-Rivière de l'Artibonite. La commune avait déjà été attaquée les 3 et 4 juin.",
    );
    expect(back.incidents.map((i) => i.place?.key)).toEqual([
      'petite-riviere-de-lartibonite',
      'petite-riviere-de-lartibonite',
    ]);
    const same = read(
      'Deux chauffeurs ont été tués vendredi à Saint-Marc. Le 28 mai, un autre chauffeur avait été assassiné au même endroit. Les habitants accusent des bandits venus de Pont-Sondé.',
    );
    expect(same.incidents.map((i) => i.place?.key)).toEqual(['saint-marc', 'saint-marc']);
  });

  it('does not place an event at the ends of a route: « un autobus reliant Saint-Marc à Port-au-Prince »', () => {
    const [incident] = readReport(
      'Une quinzaine de passagers d’un autobus reliant Saint-Marc à Port-au-Prince ont été enlevés jeudi à Cabaret.',
      { publishedAt: '2025-06-11', gazetteer: GAZETTEER },
    ).incidents;
    expect(incident?.place?.key).toBe('cabaret');
  });

  it('places no event at a gang named after a place, nor where the wounded were taken', () => {
    const place = (text: string) =>
      readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER }).incidents.map(
        (i) => i.place?.name,
      );
    expect(
      place('In June, the Canaan gang attacked Source Matelas and killed at least nine people.'),
    ).toEqual(['Source Matelas']);
    expect(
      place(
        'Gunmen killed 12 people in an overnight attack on a farming town in the Artibonite on Monday; some of the wounded were evacuated to the Hôpital Albert Schweitzer in Deschapelles.',
      ),
    ).toEqual(['Artibonite']);
    expect(
      place(
        'Their presence was welcome after residents urged authorities to extend security efforts to Seguin in Pont-Sondé, where gangs killed two people on Monday.',
      ),
    ).toEqual(['Pont-Sondé']);
  });

  it('places « le commissariat de Cabaret » and "the Santo area"', () => {
    const place = (text: string) =>
      readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER }).incidents.map(
        (i) => i.place?.name,
      );
    expect(
      place('La semaine dernière, des bandits ont attaqué le commissariat de Cabaret, tuant un policier.'),
    ).toEqual(['Cabaret']);
    expect(place('On Monday, a police operation in the Santo area killed four bandits.')).toEqual(['Santo']);
  });

  it('places an attack told after « Ce n’est pas la première fois que ce commissariat est visé » at that station’s town, with its one wounded', () => {
    const read = (text: string) => readReport(text, { publishedAt: '2026-02-12', gazetteer: GAZETTEER });
    const draft = read(
      "Des bandits ont attaqué mardi le commissariat de Verrettes, tuant deux policiers. Ce n'est pas la première fois que ce commissariat est visé. En octobre dernier, une première attaque menée par des bandits armés avait été repoussée, faisant un blessé parmi les policiers.",
    );
    expect(
      draft.incidents.map((i) => [i.date, i.place?.key, i.casualties.map((c) => `${c.kind} ${c.count}`)]),
    ).toEqual([
      ['2026-02-10', 'verrettes', ['killed 2']],
      ['2025-10-01', 'verrettes', ['injured 1']],
    ]);
  });

  it('makes no event of families leaving « craignant de nouvelles attaques »', () => {
    const draft = readReport(
      'Mardi, des bandits ont attaqué Verrettes. Mercredi, plusieurs familles ont quitté la ville en direction de Deschapelles, craignant de nouvelles attaques.',
      { publishedAt: '2026-02-12', gazetteer: GAZETTEER },
    );
    expect(draft.incidents.map((i) => i.place?.key)).toEqual(['verrettes']);
  });

  it('does not place a death "since it landed in Port-au-Prince in June 2024" where the contingent landed', () => {
    const draft = readReport(
      'The National Police Service has confirmed the death of a Kenyan police officer serving under the MSS mission in Haiti, the first fatality suffered by the Kenyan contingent since it landed in Port-au-Prince in June 2024. ' +
        'In a statement released on Monday, February 24, the MSS said the officer was shot on Sunday evening during an operation against armed gangs in the Ségur-Savien area of the Artibonite department.',
      { publishedAt: '2025-02-25', gazetteer: GAZETTEER },
    );
    expect(draft.incidents.map((i) => [i.date, i.place?.key])).toEqual([['2025-02-23', 'segur-savien']]);
  });
});
