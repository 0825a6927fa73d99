/**
 * A sentence that points at the event just told with a demonstrative ("this attack", "cette
 * attaque") and carries another date — the day a survivor spoke, a statement — tells more of that
 * event: one incident, on the event's own day. Every text here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { analyze } from '@/lib/extract/analyze';
import { splitSentences } from '@/lib/extract/sentences';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const read = (text: string) =>
  readReport(text, { publishedAt: '2025-03-14', gazetteer: GAZETTEER }).incidents.map((i) => ({
    date: i.date,
    place: i.place?.key ?? null,
    tolls: i.casualties.map((c) => `${c.kind} ${c.count} ${c.affiliation}`),
  }));

describe('an event told again on a later day', () => {
  it.each([
    [
      'English',
      'On Tuesday, March 11, gunmen attacked a police station in Cabaret, killing two police officers. ' +
        'On Thursday, March 13, one of the officers who survived this attack told a radio station how it unfolded.',
    ],
    [
      'French',
      'Le mardi 11 mars, des bandits ont attaqué un commissariat à Cabaret, tuant deux policiers. ' +
        'Le jeudi 13 mars, l’un des policiers ayant survécu à cette attaque est revenu sur le déroulement des faits.',
    ],
  ])('%s: one incident, on the day of the attack', (_language, text) => {
    expect(read(text)).toEqual([{ date: '2025-03-11', place: 'cabaret', tolls: ['killed 2 police'] }]);
  });

  it('a new attack on a later day, told without a demonstrative, is its own incident', () => {
    expect(
      read(
        'On Tuesday, March 11, gunmen attacked a police station in Cabaret, killing two police officers. ' +
          'On Thursday, March 13, gunmen attacked a school in Cabaret.',
      ).map((i) => i.date),
    ).toEqual(['2025-03-11', '2025-03-13']);
  });

  it('one who "had been hit … and died of his wounds" on a later day is one of the dead told, not a new wounded', () => {
    expect(
      read(
        'On Tuesday, gangs attacked Kenscoff, killing a police officer and nine residents. ' +
          'The police officer had been hit in the chest during the fighting and died of his wounds in hospital on Thursday. ' +
          'Separately, a 70-year-old man was shot dead on Thursday in Pétion-Ville.',
      ),
    ).toEqual([
      { date: '2025-03-11', place: 'kenscoff', tolls: ['killed 1 police', 'killed 9 civilian'] },
      { date: '2025-03-13', place: 'petion-ville', tolls: ['killed 1 civilian'] },
    ]);
  });

  it.each([
    'According to a statement from the National Police Service (NPS) on Thursday, the officers were on a routine patrol near Cabaret when they came under fire.',
    'The police, in a release yesterday, said the officers were on a routine patrol near Cabaret when they came under fire.',
    'According to a statement issued by the police on Thursday, the officers were on a routine patrol near Cabaret when they came under fire.',
    'The family of the slain officer said they learnt of his death on Thursday morning through a phone call.',
  ])('the day of a statement, a release or of learning of a death is no second event: %s', (told) => {
    expect(read(`A Kenyan officer was killed on Tuesday near Cabaret. ${told}`)).toEqual([
      { date: '2025-03-11', place: 'cabaret', tolls: ['killed 1 mss'] },
    ]);
  });

  it('the same victims told again without a day, at another spot of the same commune, are the event told with its day', () => {
    expect(
      read(
        'Two Kenyan officers were injured on Tuesday when gang members attacked their patrol in the Bas-Delmas area of Port-au-Prince. ' +
          'According to a statement issued by the force on Wednesday, the officers were on a joint patrol when they came under fire near the Delmas 2 junction. ' +
          'The statement said two Kenyan officers were wounded, while at least five attackers were killed.',
      ),
    ).toEqual([{ date: '2025-03-11', place: 'bas-delmas', tolls: ['injured 2 mss', 'killed 5 gang'] }]);
  });
});

describe('a second teller and a witness who fled', () => {
  it('keeps an official "telling The Associated Press on Thursday" of more bodies on the attack, and no event where a witness fled to', () => {
    const draft = readReport(
      'Gang members stormed Belot late Tuesday, killing at least 12 people, police said. ' +
        'A local official gave a higher toll, telling The Associated Press on Thursday that his office had counted at least 17 bodies. ' +
        '"They came down the mountain road shooting at everything that moved," said a vendor who fled with her two grandchildren to a church in nearby Pétion-Ville.',
      { publishedAt: '2025-03-14', gazetteer: GAZETTEER },
    );
    expect(draft.incidents.map((i) => `${i.date} ${i.place?.name}`)).toEqual(['2025-03-11 Belot']);
  });

  it('reads the town a witness "fled … to a church in" as where she went, not a scene', () => {
    const { facts } = analyze(
      splitSentences(
        'A vendor fled with her two grandchildren to a church in nearby Pétion-Ville on Tuesday.',
      ),
      '2025-03-14',
      GAZETTEER,
    );
    expect(facts[0]?.places.map((p) => `${p.mention.entry.name}:${p.role}`)).toEqual([
      'Pétion-Ville:destination',
    ]);
  });

  it('reads the neighbourhood a gang "controls" as its turf, not a scene', () => {
    const { facts } = analyze(
      splitSentences(
        'He said the dead were members of a gang that controls the hillside neighborhood near the National Palace.',
      ),
      '2025-03-14',
      GAZETTEER,
    );
    expect(facts[0]?.places.map((p) => `${p.mention.entry.name}:${p.role}`)).toEqual([
      'National Palace:none',
    ]);
  });
});
