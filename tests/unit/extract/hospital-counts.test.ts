/**
 * A toll revised in a later sentence, who told the lead's toll when another clause names another
 * teller, and a hospital's count of the event's wounded: held-out wordings (issue 11). Every text
 * here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

// 2025-06-11 is a Wednesday.
const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
const tolls = (text: string) =>
  read(text).incidents.map(
    (i) =>
      `${i.date} ${i.place?.name ?? '-'}: ${i.casualties.map((c) => `${c.kind} ${c.count} ${c.affiliation}${c.attribution ? ` [${c.attribution}]` : ''}`).join('; ')}`,
  );

describe('an offensive told by the force, then by a hospital', () => {
  const lead =
    'Haitian police and the UN-backed Gang Suppression Force said Monday they had killed at least 12 gang members in an offensive in Bois-Neuf on Monday, but rights groups said civilians were among the dead. ';

  it('gives the lead’s toll the teller of its own clause, not the UN that backs the force nor the rights groups of the next clause', () => {
    const [incident] = read(lead).incidents;
    expect(incident?.casualties.map((c) => `${c.count} ${c.affiliation}`)).toEqual(['12 gang']);
    const other = read(
      `${lead}The National Human Rights Defense Network said it had counted 20 dead gang members.`,
    ).incidents[0];
    expect(other?.casualties.map((c) => `${c.count} ${c.attribution}`)).toEqual(['12 police', '20 RNDDH']);
  });

  it('reads "the number of gang members killed had risen to 15" as the toll told anew', () => {
    expect(
      tolls(
        `${lead}By Tuesday evening, a police spokesman told AFP the number of gang members killed had risen to 15.`,
      ),
    ).toEqual(['2025-06-09 Bois-Neuf: killed 15 gang']);
  });

  it('keeps a hospital’s count "since Monday" on the event, and "two of them" as some of those people', () => {
    expect(
      tolls(
        `${lead}Doctors Without Borders said its hospital in the neighbouring Drouillard area had treated nine people with gunshot wounds since Monday. ` +
          'Two of them later died, the charity said.',
      ),
    ).toEqual(['2025-06-09 Bois-Neuf: killed 12 gang; injured 7 civilian; killed 2 civilian']);
  });
});

describe('a drone strike’s wounded at a hospital, and a bus’s route', () => {
  it('keeps « six blessés … transportés à l’Hôpital universitaire La Paix, à Delmas 33 » on the strike, and no event at the end of the bus’s route', () => {
    expect(
      tolls(
        'Une frappe de drone contre une maison de Village de Dieu a fait au moins huit morts jeudi, selon une source policière. ' +
          'Six blessés, dont deux femmes, ont été transportés à l’Hôpital universitaire La Paix, à Delmas 33, selon le collectif. ' +
          'Par ailleurs, six passagers ont été enlevés samedi à Carrefour-Dufort. ' +
          'Le véhicule, qui reliait Port-au-Prince à Miragoâne, a été retrouvé incendié.',
      ),
    ).toEqual([
      '2025-06-05 Village de Dieu: killed 8 unknown; injured 6 unknown',
      '2025-06-07 Carrefour Dufort: missing 6 civilian',
    ]);
  });
});

describe('a road that leads to a town', () => {
  it('names no scene in « depuis la route menant à Belladère »', () => {
    expect(
      tolls(
        'Mardi matin, des individus armés ont attaqué le poste militaire de Lascahobas depuis la route menant à Belladère. ' +
          'Un soldat a été tué et deux autres ont été blessés.',
      ).map((t) => t.split(':')[0]),
    ).toEqual(['2025-06-10 Lascahobas']);
  });
});

describe('a hospital in another commune that tells how many wounded it received', () => {
  it('counts them with the attack, not as an event where the hospital stands', () => {
    expect(
      tolls(
        'Gunmen attacked Solino on Monday night, killing three people, police said. ' +
          'A spokesman for the hospital in Tabarre said it had received about a dozen wounded people since Monday night.',
      ),
    ).toEqual(['2025-06-09 Solino: killed 3 civilian; injured 12 civilian']);
  });
});

describe('where the wounded lie', () => {
  it('takes no scene from "a clinic in the suburb of Tabarre, where three of them remain in serious condition"', () => {
    expect(
      tolls(
        'Gunmen attacked a bus in Cabaret on Sunday, killing two passengers. ' +
          'Five wounded passengers were flown to a clinic in the suburb of Tabarre, where three of them remain in serious condition.',
      ),
    ).toEqual(['2025-06-08 Cabaret: killed 2 civilian; injured 5 civilian']);
  });
});

describe('wounded flown to a base at the airport', () => {
  it('takes no scene from "airlifted to the mission’s medical facility at Toussaint Louverture International Airport"', () => {
    expect(
      tolls(
        'Gang members ambushed a joint patrol near Cabaret on Monday. ' +
          "Two Kenyan officers were wounded and airlifted to the mission's medical facility at Toussaint Louverture International Airport in Port-au-Prince.",
      ),
    ).toEqual(['2025-06-09 Cabaret: injured 2 mss']);
  });
});

describe('some of the wounded named afterwards', () => {
  it('reads "A security guard and a 9-year-old girl were among the wounded" as two of the four, not two more', () => {
    expect(
      tolls(
        'Gunmen stormed a clinic in Carrefour on Tuesday, killing a nurse and two patients and wounding four other people, officials said. ' +
          'A security guard and a 9-year-old girl were among the wounded, the director said.',
      ),
    ).toEqual(['2025-06-10 Carrefour: killed 3 civilian; injured 4 civilian']);
  });
});
