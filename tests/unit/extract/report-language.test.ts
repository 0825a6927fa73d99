/**
 * The language of a report and of each sentence, Kreyòl basics, and people who fled in French and
 * English. Every text here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { readFr } from '../helpers/french-read';

describe('the language of a report', () => {
  it('tells English, French and Kreyòl apart, and says what it cannot read', () => {
    const en = readFr(
      'Gunmen killed three people in Delmas on Monday, police said, adding that the attack lasted hours.',
    );
    const fr = readFr(
      'Des bandits ont tué trois personnes lundi à Delmas, a indiqué la police, ajoutant que l’attaque a duré.',
    );
    const ht = readFr(
      'Bandi yo touye twa moun nan Delmas lendi, polis la di, atak la dire plizyè èdtan nan zòn nan.',
    );
    const es = readFr(
      'Pistoleros mataron a tres personas en Delmas el lunes, dijo la policía, y el ataque duró horas.',
    );
    expect([en.language, fr.language, ht.language, es.language]).toEqual(['en', 'fr', 'ht', 'other']);
    expect(fr.incidents).toHaveLength(1);
    expect(ht.warningDetails.map((w) => w.code)).toContain('partial_language');
    // Never a silent "no incidents": the editor is told the text was not read.
    expect(es.incidents).toHaveLength(0);
    expect(es.warningDetails.map((w) => w.code)).toContain('unread_language');
    expect(en.warningDetails.map((w) => w.code)).not.toContain('unread_language');
  });
});
describe('Kreyòl basics', () => {
  it('reads a Kreyòl date, an attack word and a department, and says it read in part', () => {
    const draft = readFr(
      'Samdi 28 desamm 2024 la, bandi nan Latibonit yo boule yon blennde pou MSS la.',
      null,
    );
    expect(draft.language).toBe('ht');
    expect(draft.incidents[0]).toMatchObject({ date: '2024-12-28', type: 'attack' });
    expect(draft.incidents[0]?.place?.key).toBe('artibonite');
    expect(draft.warningDetails.map((w) => w.code)).toContain('partial_language');
  });
});
describe('people who fled, in French and in English', () => {
  const figures = (text: string) =>
    readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER }).figures.map((f) => [
      f.metric,
      f.value,
    ]);
  it('reads « ont fui », « ont dû fuir », « ont été déplacées », « N déplacés » and "forced N people to flee" as displaced', () => {
    for (const [text, value] of [
      ['Plus de 4 000 personnes ont fui vers Pétion-Ville depuis samedi.', 4000],
      ['Environ 2 000 habitants ont dû fuir leurs maisons lundi à Mirebalais.', 2000],
      ['Quelque 5 000 personnes ont été déplacées par les violences à Cabaret.', 5000],
      ["L'attaque a fait plus de 4 000 déplacés à Kenscoff.", 4000],
      ['The attack forced more than 3,000 people to flee toward Hinche.', 3000],
    ] as const)
      expect(figures(text), text).toEqual([['displaced', value]]);
  });
});
