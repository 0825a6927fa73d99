/**
 * A massacre's toll as wires and Haitian outlets tell it: "ordered the slaughter of at least 184
 * people over a weekend" placed by the next sentence, « Au moins cent dix (110) personnes, en
 * majorité des personnes âgées, ont été assassinées », "the death toll from a massacre … rose to",
 * "raised its toll from a massacre … to at least 207", AlterPresse's dateline « P-au-P, 8 oct. 2024
 * [AlterPresse] --- ». Short texts of our own (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { incidentLines as incidents } from '../helpers/incident-lines';

const read = (text: string, publishedAt: string) => readReport(text, { publishedAt, gazetteer: GAZETTEER });

describe('a large toll placed by the sentence after it', () => {
  it('reads "the slaughter of at least 184 people" as killed, at the place the next sentence gives the killings', () => {
    const text =
      "A gang leader in Haiti's capital ordered the slaughter of at least 184 people over a weekend, the United Nations said Monday. The killings took place Friday and Saturday in Wharf Jérémie.";
    expect(incidents(text, '2024-12-09')).toEqual(['2024-12-06 Wharf Jérémie: killed/civilian/184']);
    expect(read(text, '2024-12-09').figures).toEqual([]);
  });

  it('reads "Gangs killed at least 184 people over a weekend" as the killings the next sentence places', () => {
    expect(
      incidents(
        'Gangs killed at least 184 people over a weekend, the United Nations said Monday. The killings took place Friday and Saturday in Wharf Jérémie.',
        '2024-12-09',
      ),
    ).toEqual(['2024-12-06 Wharf Jérémie: killed/civilian/184']);
  });

  it('still reads a large unplaced toll with no scene after it as a figure', () => {
    const draft = read(
      'Gangs killed more than 5,000 people across Haiti this year, the United Nations said Monday. The violence has displaced hundreds of thousands.',
      '2024-12-09',
    );
    expect(draft.incidents).toEqual([]);
    expect(draft.figures.map((f) => f.value)).toContain(5000);
  });
});

describe('French wire forms', () => {
  it('reads « Au moins cent dix (110) personnes, en majorité des personnes âgées, ont été assassinées » after a dateline « 08 déc. 2024 »', () => {
    expect(
      incidents(
        'P-au-P, 08 déc. 2024 [AlterPresse] --- Au moins cent dix (110) personnes, en majorité des personnes âgées, ont été assassinées le samedi 7 décembre 2024 à Wharf Jérémie, rapporte le Comité pour la défense des droits humains.',
        '2024-12-08',
      ),
    ).toEqual(['2024-12-07 Wharf Jérémie: killed/civilian/110']);
    expect(
      incidents(
        'Au moins 110 personnes, pour la plupart âgées, ont été assassinées samedi à Wharf Jérémie.',
        '2024-12-08',
      ),
    ).toEqual(['2024-12-07 Wharf Jérémie: killed/civilian/110']);
  });
});

describe('an AlterPresse dateline', () => {
  it('reads « P-au-P, 8 oct. 2024 [AlterPresse] --- » as a dateline: its date is the filing, not the attack', () => {
    const text =
      "P-au-P, 8 oct. 2024 [AlterPresse] --- Au moins 115 personnes ont été tuées lors de l'attaque perpétrée contre la localité de Pont-Sondé, aux premières heures du jeudi 3 octobre 2024, selon un nouveau bilan publié le lundi 7 octobre.";
    const draft = read(text, '2024-10-08');
    expect(draft.outlet).toBe('AlterPresse');
    expect(incidents(text, '2024-10-08')).toEqual(['2024-10-03 Pont-Sondé: killed/civilian/115']);
    expect(draft.incidents[0]?.evidence.startsWith('Au moins 115')).toBe(true);
  });
});

describe('a massacre’s revised toll', () => {
  it('reads "the death toll from a massacre … rose to" as that massacre’s dead, not a tally', () => {
    expect(
      incidents(
        'The death toll from a massacre in Wharf Jérémie on December 6 rose to at least 207 people.',
        '2024-12-24',
      ),
    ).toEqual(['2024-12-06 Wharf Jérémie: killed/civilian/207']);
  });

  it('reads "raised its toll from a massacre … to at least 207 people" as the massacre’s dead', () => {
    expect(
      incidents(
        'The United Nations raised its toll from a massacre in the Wharf Jérémie area of Cité Soleil earlier this month to at least 207 people, up from an initial estimate of 184.',
        '2024-12-24',
      ),
    ).toEqual(['2024-12-01 Wharf Jérémie: killed/civilian/207']);
  });
});
