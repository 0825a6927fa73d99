/**
 * Who the victims are when the words around them are not a plain "NUMBER NOUN VERB": a teller
 * before a toll, two ages, an age in an aside, a ligature, a trade's « agents ». Short texts of our
 * own, from a probe round's misreadings (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

// 2025-06-11 is a Wednesday.
const incidents = (text: string) =>
  readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER }).incidents.map(
    (i) => `${i.date}: ${i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.count}`).join(' ')}`,
  );

describe('a toll a teller gives', () => {
  it('is no one of the teller\'s side: "Police reported 14 dead", « la police faisait état de 15 morts »', () => {
    expect(incidents("Police reported 14 dead in Saturday's attack on Arcahaie.")).toEqual([
      '2025-06-07: killed/unknown/14',
    ]);
    expect(incidents('La police faisait état de 15 morts lundi à Arcahaie.')).toEqual([
      '2025-06-09: killed/unknown/15',
    ]);
    // A revised toll replaces the first one; the police never lost 14 officers.
    expect(
      incidents(
        "Police initially reported 14 dead in Saturday's attack on Arcahaie. The civil protection office said on Monday that 31 people had been confirmed dead.",
      ),
    ).toEqual(['2025-06-07: killed/civilian/31']);
  });
});

describe('ages', () => {
  it('never counts the second of two ages', () => {
    expect(incidents('Le 29 mai, deux adolescents de 15 et 16 ans ont été exécutés à Kenscoff.')).toEqual([
      '2025-05-29: killed/civilian/2',
    ]);
    expect(incidents('Two teenagers aged 15 and 16 were killed on Monday in Delmas.')).toEqual([
      '2025-06-09: killed/civilian/2',
    ]);
    // A count after "and" that is no age still counts.
    expect(incidents('Trois policiers et 16 civils ont été tués lundi à Delmas.')).toEqual([
      '2025-06-09: killed/police/3 killed/civilian/16',
    ]);
  });

  it('reads past an age in an aside: ", aged 29,", « , âgé de 29 ans, »', () => {
    expect(
      incidents(
        'Trois journalistes ont été blessés par balles lundi au Champ de Mars. Un agent de la PNH, âgé de 29 ans, a été tué au cours de la même fusillade.',
      ),
    ).toEqual(['2025-06-09: injured/civilian/3 killed/police/1']);
    expect(incidents('A police officer, aged 29, was killed on Monday in Delmas.')).toEqual([
      '2025-06-09: killed/police/1',
    ]);
  });
});

describe('words', () => {
  it('folds the ligature of « sœur » as the word lists write it', () => {
    expect(
      incidents(
        'Une fillette de huit ans a été tuée lundi à Delmas 2. Sa sœur, âgée de 11 ans, a été blessée au bras.',
      ),
    ).toEqual(['2025-06-09: killed/civilian/1 injured/civilian/1']);
  });

  it('reads « agents de santé » as health workers, not police', () => {
    expect(incidents('Le 2 juin, deux agents de santé ont été blessés par balles à Mirebalais.')).toEqual([
      '2025-06-02: injured/civilian/2',
    ]);
    expect(incidents('Le 2 juin, deux agents de la PNH ont été blessés par balles à Mirebalais.')).toEqual([
      '2025-06-02: injured/police/2',
    ]);
  });
});

describe('a second count after an aside or a coordination', () => {
  it("reads « et une vingtaine d'autres ont été blessées »", () => {
    expect(
      incidents(
        "Au moins neuf personnes ont été tuées lundi à Lascahobas et une vingtaine d'autres ont été blessées.",
      ),
    ).toEqual(['2025-06-09: killed/civilian/9 injured/civilian/20']);
  });

  it('reads the second participle past a « dont » or place aside', () => {
    expect(
      incidents(
        'Lundi, des bandits ont tué trois personnes, dont une marchande de 52 ans, et blessé cinq autres à Carrefour-Feuilles.',
      ),
    ).toEqual(['2025-06-09: killed/civilian/3 injured/civilian/5']);
    expect(
      incidents(
        'Les assaillants ont fait irruption samedi dans le quartier de Ti Lapli, à Cabaret, et tué 19 personnes.',
      ),
    ).toEqual(['2025-06-07: killed/civilian/19']);
  });

  it("reads a timeline entry's verbs in the present as that day's event", () => {
    expect(
      incidents('June 3, 2025: Members of the Gran Grif gang kill at least 40 people in Pont-Sondé.'),
    ).toEqual(['2025-06-03: killed/civilian/40']);
    // Not a present that tells no day.
    expect(incidents('Gangs kill people every day in Pont-Sondé.')).toEqual([]);
  });
});

describe('Kreyòl and tolls told apart', () => {
  it('reads "te mouri", "lòt blese" and "yon twazyèm polisye"', () => {
    expect(incidents('Lendi, bandi yo atake Arcahaie. 3 moun te mouri epi 4 lòt blese.')).toEqual([
      '2025-06-09: killed/civilian/3 injured/unknown/4',
    ]);
    expect(
      incidents('Samdi, nan Tabarre, 2 polisye mouri nan yon anbiskad. Yon twazyèm polisye blese.'),
    ).toEqual(['2025-06-07: killed/police/2 injured/police/1']);
  });

  it('never counts bandits the police say they killed, told apart, among the people who died', () => {
    expect(
      incidents(
        'Gangs attacked Cabaret on Monday. At least 7 people died. Police said they killed 3 bandits.',
      ),
    ).toEqual(['2025-06-09: killed/civilian/7 killed/gang/3']);
    expect(
      incidents('Lendi, bandi yo atake Cabaret. Omwen 7 moun mouri. Lapolis di li touye 3 bandi.'),
    ).toEqual(['2025-06-09: killed/civilian/7 killed/gang/3']);
    // Gang dead no force is said to have killed are among the people (a drone strike's toll).
    expect(
      incidents(
        'Au moins douze personnes ont été tuées lundi dans des frappes de drones à Village de Dieu. Quatre membres présumés du gang ont été tués.',
      ),
    ).toEqual(['2025-06-09: killed/civilian/8 killed/gang/4']);
  });
});

describe('Kreyòl dates', () => {
  it('reads « nan mwa me » and « Samdi 7 jen », so that the two events stay apart', () => {
    expect(
      incidents(
        'Lendi, bandi yo atake Ti Lapli nan Kabarè, 7 moun mouri. Nan mwa me, yo te touye 5 moun nan Source-Matelas.',
      ),
    ).toEqual(['2025-06-09: killed/civilian/7', '2025-05-01: killed/civilian/5']);
    expect(incidents('Samdi 7 jen, nan Tabarre, 2 polisye mouri nan yon anbiskad.')).toEqual([
      '2025-06-07: killed/police/2',
    ]);
  });

  it('breaks a Kreyòl toll down after « ladan yo » (among them)', () => {
    expect(incidents('Lendi, bandi yo atake Arcahaie, senk (5) moun mouri, ladan yo yon polisye.')).toEqual([
      '2025-06-09: killed/civilian/4 killed/police/1',
    ]);
  });
});

describe('Kreyòl verbs with their subject before "te"', () => {
  it('never takes the subject of "te touye" for its victims, and "depi" opens a tally', () => {
    const draft = readReport(
      'Depi 3 oktòb 2024, lè gang Gran Grif te touye plis pase 115 moun Pont-Sondé, zòn nan pa janm jwenn lapè. Dapre Nasyonzini, plis pase 1 200 moun te mouri nan Latibonit depi janvye 2025.',
      { publishedAt: '2025-11-12', gazetteer: GAZETTEER },
    );
    expect(draft.incidents.flatMap((i) => i.casualties.filter((c) => c.affiliation === 'gang'))).toEqual([]);
    expect(draft.incidents.map((i) => i.date)).toEqual(['2024-10-03']);
    expect(draft.figures.map((f) => `${f.metric}/${f.value}`)).toContain('killed/1200');
  });
});
