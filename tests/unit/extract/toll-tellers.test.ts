/**
 * A second teller's toll for one event, given as "a lower figure of 16 dead", « n'ont reconnu que
 * 20 morts », "putting the number of dead at 13", and a toll the report's newer one replaces.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const tolls = (text: string) =>
  readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER }).incidents.map((i) =>
    i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.count}/${c.attribution ?? '-'}`),
  );

describe("a second teller's toll", () => {
  it('is a rival of no side of its own, never the teller’s own dead nor a breakdown', () => {
    expect(
      tolls(
        'Gunmen killed 23 people in Croix-des-Bouquets on Saturday, the deputy mayor said. The police gave a lower figure of 16 dead.',
      ),
    ).toEqual([['killed/civilian/23/local authorities', 'killed/civilian/16/police']]);
    expect(
      tolls(
        'Des bandits ont tué au moins 47 personnes à Cabaret le 26 mai, selon le RNDDH. De leur côté, les autorités policières n’ont reconnu que 20 morts.',
      ),
    ).toEqual([['killed/civilian/47/RNDDH', 'killed/civilian/20/authorities']]);
  });

  it('reads "putting the number of dead at 13" and keeps both tellers, officials and the radio', () => {
    expect(
      tolls(
        'In Verrettes, nine people died in a gang attack on Sunday, officials said. A local radio station reported a higher toll, putting the number of dead there at 13.',
      ),
    ).toEqual([['killed/civilian/9/authorities', 'killed/civilian/13/media']]);
  });

  it('keeps « des responsables locaux avancent un bilan plus lourd de 24 morts » beside the police’s 17', () => {
    expect(
      tolls(
        'Au moins dix-sept personnes ont été tuées lundi soir à Saint-Marc, a indiqué la police, tandis que des responsables locaux avancent un bilan plus lourd de 24 morts.',
      ),
    ).toEqual([['killed/civilian/17/police', 'killed/civilian/24/local authorities']]);
  });
});

describe('a toll the newer one replaces', () => {
  it('reads no more "an earlier toll", « le précédent bilan », « un premier bilan »', () => {
    expect(
      tolls(
        'Eleven people were killed in Delmas on Monday, according to a new toll. An earlier toll had put the number of dead at seven.',
      ),
    ).toEqual([['killed/civilian/11/-']]);
    expect(
      tolls(
        'Onze personnes ont été tuées lundi à Delmas, selon un nouveau bilan. Le précédent bilan faisait état de sept morts.',
      ),
    ).toEqual([['killed/civilian/11/-']]);
    expect(
      tolls(
        'Six personnes ont été tuées dimanche à Verrettes, selon la mairie, qui a revu à la baisse un premier bilan de neuf morts.',
      ),
    ).toEqual([['killed/civilian/6/-']]);
  });
});

describe('a rival toll told without its verb', () => {
  it('keeps « 31 morts selon le CARDH, contre 26 selon le BINUH » as two tellers’ tolls', () => {
    expect(
      tolls(
        'L’attaque du 22 mai contre la localité de Jean-Denis, à Liancourt, a fait 31 morts selon le CARDH, contre 26 selon le BINUH.',
      ),
    ).toEqual([['killed/unknown/31/CARDH', 'killed/unknown/26/UN']]);
    expect(
      tolls(
        'The attack on Liancourt on Monday killed 31 people according to CARDH, against 26 according to the UN.',
      ),
    ).toEqual([['killed/civilian/31/CARDH', 'killed/civilian/26/UN']]);
  });
});
