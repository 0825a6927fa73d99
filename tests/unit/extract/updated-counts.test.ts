/**
 * An attack and the toll told after it, as wires and Haitian outlets write them: the scene after a
 * time aside (« ont attaqué, tôt dans la matinée du lundi 31 mars 2025, la commune de Mirebalais »),
 * an updated count released on a later day, and the day an earlier figure was put forward. Short
 * texts of our own (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { incidentLines as incidents } from '../helpers/incident-lines';

const read = (text: string, publishedAt: string) => readReport(text, { publishedAt, gazetteer: GAZETTEER });

describe('the scene after a time aside', () => {
  it('reads the town attacked after a comma-set day as the scene, so the toll told next is that attack’s', () => {
    expect(
      incidents(
        "Des membres de la coalition armée ont attaqué, tôt dans la matinée du lundi 31 mars 2025, la commune de Mirebalais. Après plusieurs heures d'affrontements avec les agents de la PNH, les assaillants ont pris le contrôle du commissariat. Le bilan provisoire fait état d'au moins sept morts, dont deux policiers, d'après une source à la mairie de Mirebalais.",
        '2025-04-01',
      ),
    ).toEqual(['2025-03-31 Mirebalais: killed/unknown/5 killed/police/2']);
    expect(
      incidents(
        "Gunmen stormed, early on Monday, March 31, the town of Mirebalais. At least seven people were killed, according to the mayor's office in Mirebalais.",
        '2025-04-01',
      ),
    ).toEqual(['2025-03-31 Mirebalais: killed/civilian/7']);
  });
});

describe('an updated count', () => {
  it('gives a count released on a later day to the attack told just before, not to a tally of its own', () => {
    expect(
      incidents(
        "Cinq jours après l'attaque perpétrée par le gang Gran Grif dans la nuit du mercredi 2 au jeudi 3 octobre à Pont-Sondé, le bilan ne cesse de s'alourdir. Au moins 115 personnes ont été tuées, selon un décompte actualisé communiqué lundi par le Haut-Commissariat des Nations unies aux droits de l'homme.",
        '2024-10-08',
      ),
    ).toEqual(['2024-10-02 Pont-Sondé: killed/civilian/115']);
    const draft = read(
      'Gang members attacked Pont-Sondé before dawn on Thursday. At least 115 people were killed, according to an updated count released Monday by the UN human rights office.',
      '2024-10-08',
    );
    expect(draft.incidents.map((i) => `${i.date} ${i.casualties.map((c) => c.count).join(' ')}`)).toEqual([
      '2024-10-03 115',
    ]);
    expect(draft.figures).toEqual([]);
  });

  it('dates an earlier figure’s day (« qui avançait vendredi le chiffre de 70 ») as a telling, not as the attack', () => {
    expect(
      incidents(
        "Cinq jours après l'attaque perpétrée par le gang Gran Grif dans la nuit du mercredi 2 au jeudi 3 octobre à Pont-Sondé, le bilan ne cesse de s'alourdir. Au moins 115 personnes ont été tuées, selon un décompte actualisé communiqué lundi par le Haut-Commissariat des Nations unies aux droits de l'homme, qui avançait vendredi le chiffre d'au moins 70 morts.",
        '2024-10-08',
      ).map((line) => line.split(':')[0]),
    ).toEqual(['2024-10-02 Pont-Sondé']);
  });
});

describe('what followed the attack, in French', () => {
  const text =
    "Le bilan de l'attaque lancée par des gangs armés contre le quartier de Mahotière, à Carrefour, dans la nuit de dimanche à lundi, s'est alourdi. Neuf personnes ont été tuées, selon un bilan communiqué mardi par la mairie de Carrefour. Un chauffeur de taxi-moto, atteint par balle à l'abdomen, a succombé lundi soir à ses blessures à l'hôpital de la Paix, à Delmas 33. Douze autres personnes ont été blessées. Selon des habitants, les assaillants ont enlevé cinq personnes. Aucune nouvelle de ces otages n'avait été obtenue mardi après-midi.";

  it('keeps a later death in hospital (« a succombé lundi soir à ses blessures ») and hostages with no news by Tuesday in the attack', () => {
    expect(incidents(text, '2026-03-10')).toEqual([
      '2026-03-08 Carrefour: killed/civilian/9 injured/civilian/12 missing/civilian/5',
    ]);
  });

  it('dates « il y a deux semaines » two weeks before the report', () => {
    expect(
      incidents(
        "Il y a deux semaines, trois policiers avaient été blessés lors d'une attaque contre le commissariat de Delmas 33.",
        '2026-03-10',
      ),
    ).toEqual(['2026-02-23 Delmas 33: injured/police/3']);
  });
});
