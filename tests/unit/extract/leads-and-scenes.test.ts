/**
 * How a report's lead, its dated details and the events it recalls become incidents: a lead told
 * without day or toll is dated by the next sentence; a recalled event is placed by its narrowest
 * place, not by the department around it; what an event left behind founds none. Short texts of
 * our own (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

// 2025-06-11 is a Wednesday.
const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
const incidents = (text: string) =>
  read(text).incidents.map(
    (i) =>
      `${i.date} ${i.datePrecision} ${i.place?.name ?? '-'}: ${i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.count}`).join(' ')}`,
  );

describe('a lead told without day or toll', () => {
  it('is the event the next sentence dates, not one of its own', () => {
    expect(
      incidents(
        'The group has documented a new massacre committed by the Gran Grif gang in the commune of ' +
          "Petite-Rivière de l'Artibonite. On 24 May 2025, gunmen killed at least 42 people in Pérodin.",
      ),
    ).toEqual(["2025-05-24 day Petite-Rivière-de-l'Artibonite: killed/civilian/42"]);
  });

  it('still leaves a dated event elsewhere apart', () => {
    expect(
      incidents('Gangs attacked the town of Mirebalais. On Monday, gunmen killed three people in Cabaret.'),
    ).toEqual(['2025-06-01 month Mirebalais: ', '2025-06-09 day Cabaret: killed/civilian/3']);
  });
});

describe('an event recalled in a since-clause', () => {
  it('is placed where it happened, not where the department around it holds the report’s scene', () => {
    expect(
      incidents(
        "RNDDH has documented a new massacre in the commune of Petite-Rivière de l'Artibonite. " +
          'RNDDH recalls that this is the third massacre in the lower Artibonite since the attack of ' +
          '3 October 2024 on Pont-Sondé (Saint-Marc), in which at least 115 people were killed.',
      ),
    ).toEqual([
      "2025-06-01 month Petite-Rivière-de-l'Artibonite: ",
      '2024-10-03 day Pont-Sondé: killed/civilian/115',
    ]);
  });
});

describe('what an event left behind', () => {
  it('founds no event of its own: « les zones attaquées », « les quartiers attaqués »', () => {
    expect(
      incidents(
        "Le RNDDH s'indigne de l'absence de la Mission dans les zones attaquées, alors que la base de " +
          'la Mission à Pont-Sondé ne se trouve qu’à quelques kilomètres.',
      ),
    ).toEqual([]);
    expect(
      incidents(
        'Des bandits ont attaqué la ville de Liancourt. Les habitants des quartiers attaqués ont fui vers Saint-Marc.',
      ),
    ).toEqual(['2025-06-01 month Liancourt: ']);
  });

  it('is an event where a day follows the participle', () => {
    expect(incidents('Les maisons incendiées samedi par les gangs se trouvent à Liancourt.')).toEqual([
      '2025-06-07 day Liancourt: ',
    ]);
  });
});

describe('one event of the many summed up', () => {
  it('keeps its own day, place and toll apart from the series (“including the one in …, in which”)', () => {
    expect(
      incidents(
        'These attacks are part of a series of massacres by Gran Grif since 2023, including the one in ' +
          'Pont-Sondé in October 2024, in which at least 115 people were killed.',
      ),
    ).toEqual(['2024-10-01 month Pont-Sondé: killed/civilian/115']);
    expect(
      incidents(
        "Ces attaques s'inscrivent dans une série de massacres commis par le gang Gran Grif depuis 2023, " +
          'dont celui de Pont-Sondé, en octobre 2024, au cours duquel au moins cent quinze (115) personnes ont été tuées.',
      ),
    ).toEqual(['2024-10-01 month Pont-Sondé: killed/civilian/115']);
  });
});

describe('French hundreds', () => {
  const tolls = (text: string) => read(text).incidents.flatMap((i) => i.casualties.map((c) => c.count));
  it('reads « cent » with no number before it, and « deux cents » before a noun', () => {
    expect(tolls('À Cabaret lundi, au moins cent quinze personnes ont été tuées.')).toEqual([115]);
    expect(tolls('À Cabaret lundi, cent (100) personnes ont été tuées.')).toEqual([100]);
    expect(tolls('À Cabaret lundi, deux cents personnes ont été tuées.')).toEqual([200]);
    expect(tolls("L'attaque de lundi à Cabaret a fait deux cents morts.")).toEqual([200]);
  });
});

describe('numbers in French and Kreyòl', () => {
  it('reads a French decimal comma before a scale, and Kreyòl teens', () => {
    const figures = read("Quelque 1,5 million de personnes ont été déplacées selon l'OIM.").figures;
    expect(figures.map((f) => [f.metric, f.value])).toEqual([['displaced', 1_500_000]]);
    expect(
      read('Gang yo touye kenz moun nan Kabare samdi.').incidents.map((i) => i.casualties[0]?.count),
    ).toEqual([15]);
  });
});

describe('French drone strikes', () => {
  it('reads « une frappe de drone » and « a visé » as events, each on its day and at its place', () => {
    expect(
      incidents(
        'Une frappe de drone menée samedi dans le quartier de La Saline a fait neuf morts. Dès le lendemain, ' +
          'dimanche, un autre drone a visé une maison de Martissant. Trois membres du gang ont été tués.',
      ),
    ).toEqual(['2025-06-07 day La Saline: killed/unknown/9', '2025-06-08 day Martissant: killed/gang/3']);
  });
});

describe('an undated page that names a weekday', () => {
  const undated = (text: string) => readReport(text, { publishedAt: null, gazetteer: GAZETTEER });
  it('takes the one year since the MSS was authorised in which the day falls on that weekday', () => {
    const report = undated(
      'Autre drame, ce vendredi 9 mai : les corps de deux agents de la PNH ont été retrouvés à Saut-d’Eau.',
    );
    expect([report.publishedAt, report.publishedAtEstimated]).toEqual(['2025-05-09', true]);
    expect(report.incidents.map((i) => i.date)).toEqual(['2025-05-09']);
  });

  it('gives none where the weekday fits several years, or none', () => {
    // Thursday 12 October: 2023 and 2028; Monday 9 May: no year from late 2023 to 2029.
    expect(undated('Le jeudi 12 octobre, deux policiers ont été tués à Cabaret.').publishedAt).toBeNull();
    expect(undated('Le lundi 9 mai, deux policiers ont été tués à Cabaret.').publishedAt).toBeNull();
  });
});

describe('localities reports name', () => {
  it('places "the hamlets of Belot", « à Carrefour Dufort (commune de Léogâne) » and Lévêque in their communes', () => {
    expect(
      incidents(
        'Gunmen burst into the hamlets of Belot and Godet on Sunday morning, killing nine residents.',
      ),
    ).toEqual(['2025-06-08 day Belot: killed/civilian/9']);
    const leogane = read(
      'Lundi, à Carrefour Dufort (commune de Léogâne), deux hommes ont été lynchés.',
    ).incidents;
    expect(leogane.map((i) => [i.place?.name, i.place?.key])).toEqual([
      ['Carrefour Dufort', 'carrefour-dufort'],
    ]);
    expect(incidents('Mardi, des bandits ont tendu une embuscade à un convoi à Lévêque.')).toEqual([
      '2025-06-10 day Lévêque: ',
    ]);
  });
});

describe('a wire lead placed by the details that follow it', () => {
  const lead =
    'PORT-AU-PRINCE, June 10 (Reuters) - A Kenyan police officer was killed on Tuesday when gunmen fired on an armored vehicle north of Haiti’s capital, the force said. ' +
    'The attack on Route Nationale 1, the main highway linking Port-au-Prince to the north of the country, killed one Kenyan officer. ' +
    'The vehicle was part of a joint patrol near the town of Cabaret when it was hit by sniper fire.';

  it('takes the town where "the vehicle" was hit, not the capital a highway leads from', () => {
    expect(incidents(lead)).toEqual(['2025-06-10 day Cabaret: killed/mss/1']);
  });

  it('reads "It was the first fatality suffered by the force since …" as the death just told, ranked', () => {
    expect(
      incidents(
        `${lead} It was the first fatality suffered by the force since it took over from the mission, which deployed in June 2024.`,
      ),
    ).toEqual(['2025-06-10 day Cabaret: killed/mss/1']);
  });
});

describe('what an event did, and the event a since-clause names', () => {
  it('founds nothing from "The attack shook parents …, where the school year began on Oct. 1"', () => {
    expect(
      incidents(
        'Gunmen opened fire on a school in Delmas on Monday, killing two students. ' +
          'The attack shook parents across the capital, where the new school year officially began on June 2.',
      ),
    ).toEqual(['2025-06-09 day Delmas: killed/civilian/2']);
  });

  it('founds nothing from "The attack comes as Haiti awaits the force …, approved in late May"', () => {
    expect(
      incidents(
        'Gunmen opened fire on a school in Delmas on Monday, killing two students. ' +
          'The attack comes as Haiti awaits the first troops of the Gang Suppression Force, approved by the U.N. Security Council in late May.',
      ),
    ).toEqual(['2025-06-09 day Delmas: killed/civilian/2']);
  });

  it('dates "since the assassination of President Jovenel Moïse in July 2021" by that month, not another date of the sentence', () => {
    expect(
      incidents(
        'The mission was authorised by the UN Security Council in October 2023 to help the police restore order in the country, which has been plagued by gang violence since the assassination of President Jovenel Moïse in July 2021.',
      ),
    ).toEqual(['2021-07-01 month -: killed/civilian/1']);
  });
});

describe('a bearing from a place', () => {
  it('does not place an attack "north of Port-au-Prince" in Port-au-Prince', () => {
    const [attack] = read(
      'Last Thursday, gunmen attacked a minibus on the road between Arcahaie and Cabaret, north of Port-au-Prince, killing about a dozen passengers.',
    ).incidents;
    expect([attack?.place?.name, attack?.placeText]).toEqual(['Ouest', 'road between Arcahaie and Cabaret']);
  });
});
