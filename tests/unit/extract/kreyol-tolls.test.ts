/**
 * Kreyòl tolls as Haitian radio writes them: « pami yo gen … ak … », « pasaje mouri », « moun ki
 * pèdi lavi yo », « bilan an monte a senk mò », « kat bandi », « nan vil Dessalines », and the
 * mayor who « di Radyo Kiskeya » (the station is whom it was told to). Short texts of our own (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

// 2025-06-11 is a Wednesday.
const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
const incidents = (text: string) =>
  read(text).incidents.map(
    (i) =>
      `${i.date} ${i.place?.name ?? '-'}: ${i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.count}${c.attribution ? ` [${c.attribution}]` : ''}`).join(' ')}`,
  );

describe('Kreyòl tolls', () => {
  it('breaks a toll down after « pami yo gen », with « ak » between the people', () => {
    expect(
      incidents('Samdi nan Liancourt, omwen uit moun mouri, pami yo gen yon polisye ak yon timoun 12 an.'),
    ).toEqual(['2025-06-07 Liancourt: killed/civilian/7 killed/police/1']);
  });

  it('reads « yon ajan kenyan te mouri » as a Kenyan officer killed', () => {
    expect(incidents('Lendi, yon ajan kenyan te mouri nan Kabarè.')).toEqual([
      '2025-06-09 Cabaret: killed/mss/1',
    ]);
  });

  it('keeps the mayor’s count as a rival of the police’s, told to a radio station', () => {
    expect(
      incidents(
        'Samdi nan Liancourt, dapre yon bilan PNH bay, omwen uit moun mouri. Majistra Liancourt la di Radyo Kiskeya se 11 moun ki pèdi lavi yo.',
      ),
    ).toEqual(['2025-06-07 Liancourt: killed/civilian/8 [police] killed/civilian/11 [local authorities]']);
  });

  it('reads passengers who died, and the toll that rose when bodies were found', () => {
    expect(
      incidents(
        'Dimanch 8 jen, bandi yo tire sou yon kannòt bò Verrettes. Twa pasaje mouri sou plas. Lendi 9 jen, ' +
          'pechè jwenn kadav de ladan yo, sa vle di bilan kannòt la monte a senk mò.',
      ),
    ).toEqual(['2025-06-08 Verrettes: killed/civilian/5']);
  });

  it('reads « mò » as the dead a toll counts', () => {
    expect(incidents('Samdi 7 jen, atak bandi yo nan Kabare fè senk mò.')).toEqual([
      '2025-06-07 Cabaret: killed/unknown/5',
    ]);
  });

  it('reads « kat » as four, and « nan vil Dessalines » as the town', () => {
    expect(incidents('Jedi 5 jen, polis te touye kat bandi nan yon operasyon nan vil Dessalines.')).toEqual([
      '2025-06-05 Dessalines: killed/gang/4',
    ]);
  });

  it('reads « yon dizèn kadav », « moun ki mouri » and « pami yo de bandi », the police told of in their town', () => {
    expect(
      incidents(
        "Samdi nan L'Estère, abitan yo di yo konte yon dizèn kadav. Lapolis nan Gonaïves, li menm, pale de sis moun ki mouri, pami yo de bandi.",
      ),
    ).toEqual([
      "2025-06-07 L'Estère: killed/civilian/10 [residents] killed/civilian/4 [police] killed/gang/2",
    ]);
  });

  it('reads children kidnapped past their age, and « lekòl »', () => {
    expect(incidents('Samdi nan Gros-Morne, kat timoun, 12 an, te kidnape.')).toEqual([
      '2025-06-07 Gros-Morne: missing/civilian/4',
    ]);
    expect(incidents('On Saturday in Cabaret, four schoolchildren were kidnapped.')).toEqual([
      '2025-06-07 Cabaret: missing/civilian/4',
    ]);
  });
});

describe('Kreyòl deployments', () => {
  it('reads « 150 sòlda gwatemaltek te debake » after an opening weekday as an arrival', () => {
    const [d] = read(
      'Jedi pase a, 150 sòlda gwatemaltek te debake Gonaïves pou ranfòse baz GSF la.',
    ).deployments;
    expect([d?.country, d?.personnel, d?.kind, d?.date]).toEqual(['Guatemala', 150, 'arrival', '2025-06-05']);
  });
});

describe('a Kreyòl headline, its story, and the hospital that counts the wounded', () => {
  it('reads one attack at the neighbourhood struck, « yon douzèn » as about twelve wounded, and the hospital’s commune as no scene', () => {
    expect(
      incidents(
        'Atak nan Solino: lapolis di 3 moun mouri. ' +
          'Yè swa, bandi yo atake Solino, yo touye 3 moun, dapre lapolis. ' +
          'Yon responsab lopital Sen Franswa, nan Tabarre, di lopital la resevwa yon douzèn moun blese depi yè swa.',
      ),
    ).toEqual(['2025-06-10 Solino: killed/civilian/3 injured/civilian/12']);
  });
});

describe('a Kreyòl report of a town attacked, its wounded taken elsewhere, and an earlier attack on « menm zòn nan »', () => {
  const text =
    'Bandi ame te atake bouk Kabarè yè maten. Omwen 3 moun mouri, dapre majistra a. ' +
    'Gen 2 lòt moun ki blese, yo transpòte yo nan yon lopital nan Petyonvil. ' +
    'Bandi yo ta soti nan zòn Gran Ravin, selon abitan yo. ' +
    'Nan mwa avril ki sot pase a, bandi yo te deja atake menm zòn nan, kote 2 polisye te pèdi lavi yo.';

  it('places the attack at the town struck, not where the wounded went nor where the gang came from; the April attack in the same town, with its two police dead', () => {
    expect(incidents(text)).toEqual([
      '2025-06-10 Cabaret: killed/civilian/3 injured/civilian/2',
      '2025-04-01 Cabaret: killed/police/2',
    ]);
  });
});
