/**
 * Each sentence is read in its own language (issue 13): a French quotation in an English report is
 * read with the French word lists, an English sentence in a French report with the English ones,
 * and a passage in a language the reader does not read (in full) is shown to the editor. Every text
 * here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { sentenceLanguage } from '@/lib/extract/sentence-language';
import { tokenize } from '@/lib/extract/tokens';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const lang = (text: string, report: 'en' | 'fr' | 'ht' | null = null) =>
  sentenceLanguage(tokenize(text), report);
const read = (text: string) => readReport(text, { publishedAt: '2025-03-12', gazetteer: GAZETTEER });

describe('the language of a sentence', () => {
  it('is told by its function words', () => {
    expect(lang('Gunmen opened fire on a bus in Croix-des-Bouquets on Monday, the police said.', 'fr')).toBe(
      'en',
    );
    expect(lang('Les bandits ont incendié des maisons à Cité Soleil, selon les habitants.', 'en')).toBe('fr');
    expect(lang('Bandi yo te touye twa moun nan katye a, yo di nou sa.', 'fr')).toBe('ht');
  });

  it('is the report’s when the sentence has too few function words to tell', () => {
    expect(lang('Port-au-Prince, 11 mars 2025', 'fr')).toBe('fr');
    expect(lang('Port-au-Prince, March 11, 2025', 'en')).toBe('en');
    expect(lang('Port-au-Prince, 11 mars 2025', null)).toBe('en');
  });

  it('is not French for a French place name in an English sentence, nor English for the UN', () => {
    expect(lang('The attack in Cité de Dieu left the residents of the area without water.', 'fr')).toBe('en');
    expect(lang('Selon l’UN, les gangs contrôlent la capitale.', 'en')).toBe('fr');
  });
});

describe('a report read sentence by sentence', () => {
  it('reads a French quotation inside an English report', () => {
    const draft = read(
      [
        'Haitian media reported a new attack in the Artibonite on Tuesday, the third in the region this month, and the police said that they were sending more officers to the area.',
        '« Des bandits ont tué cinq personnes mardi à Liancourt », a déclaré le maire de la commune.',
      ].join('\n\n'),
    );
    expect(draft.language).toBe('en');
    const killed = draft.incidents.flatMap((i) => i.casualties).filter((c) => c.kind === 'killed');
    expect(killed.map((c) => c.count)).toContain(5);
  });

  it('reads an English sentence inside a French report', () => {
    const draft = read(
      [
        'Les habitants de Mirebalais ont fui leurs maisons mardi après une nouvelle attaque des gangs.',
        'Gunmen killed four police officers in Mirebalais on Tuesday, the national police said.',
      ].join('\n\n'),
    );
    expect(draft.language).toBe('fr');
    const killed = draft.incidents.flatMap((i) => i.casualties).filter((c) => c.kind === 'killed');
    expect(killed).toEqual([expect.objectContaining({ count: 4, affiliation: 'police' })]);
  });

  it('shows the editor a passage it reads only in part or not at all', () => {
    const draft = read(
      [
        'Gunmen attacked the town of Mirebalais on Monday night, burning homes and a police station, residents said.',
        'Yon moun ki rete nan zòn nan di nou: bandi yo antre nan lavil la, yo boule kay moun yo epi yo tire sou tout moun.',
        'Los residentes dijeron que los pistoleros quemaron casas y que la policía no llegó hasta el martes por la mañana.',
        'The police said they had sent reinforcements to the area on Tuesday and that the situation was under control.',
      ].join('\n\n'),
    );
    expect(draft.language).toBe('en');
    const codes = draft.warningDetails.map((w) => [w.code, w.evidence?.slice(0, 10)]);
    expect(codes).toContainEqual(['partial_language', 'Yon moun k']);
    expect(codes).toContainEqual(['unread_language', 'Los reside']);
  });

  it('asks nothing of a report in one language', () => {
    const draft = read(
      'Gunmen attacked the town of Mirebalais on Monday night, burning homes and a police station, residents said.\n\nThe police said they had sent reinforcements on Tuesday.',
    );
    expect(draft.warningDetails.map((w) => w.code)).not.toContain('unread_language');
    expect(draft.warningDetails.map((w) => w.code)).not.toContain('partial_language');
  });
});

describe('evidence in French text', () => {
  it('points exactly at the sentences, accents, ’ and « » included', () => {
    const text =
      '« C’est un carnage », a déclaré un habitant de Liancourt.\n\nMercredi, des bandits ont tué cinq personnes à Liancourt, d’après la mairie ; l’école a été incendiée.';
    const draft = read(text);
    expect(draft.incidents).toHaveLength(1);
    const spans = draft.incidents.flatMap((i) => i.evidenceSpans);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(draft.incidents[0]?.evidence).toContain(text.slice(s.from, s.to));
    expect(spans.map((s) => text.slice(s.from, s.to))).toContain(
      'Mercredi, des bandits ont tué cinq personnes à Liancourt, d’après la mairie ; l’école a été incendiée.',
    );
  });
});
