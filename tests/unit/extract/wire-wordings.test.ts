/**
 * Wordings of wire services, UN and Haitian press that a fresh round of probe reports found the
 * reader misreading (issue 11), each a short text of our own: an EFE dateline, a mission "led by"
 * a country, one country's part of a total, the GSF's French name, a third teller's toll, a
 * funeral's day, "an overnight attack" with the day told later, hostages a verb did something to.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

// 2025-06-11 is a Wednesday.
const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
const incidents = (text: string) =>
  read(text).incidents.map(
    (i) =>
      `${i.date} ${i.datePrecision}: ${i.casualties
        .map(
          (c) =>
            `${c.kind}/${c.affiliation}${c.country ? `/${c.country}` : ''}/${c.count}${c.attribution ? ` [${c.attribution}]` : ''}`,
        )
        .join(' ')}`,
  );
const deployments = (text: string) =>
  read(text).deployments.map((d) => `${d.country} ${d.personnel} ${d.kind}`);

describe('an EFE dateline', () => {
  it('ends at ").-" and leaves the first sentence to be read', () => {
    const draft = read(
      'Port-au-Prince, Jun 11 (EFE).- Three Guatemalan soldiers of the mission were wounded on Monday in Pont-Sondé.',
    );
    expect(draft.outlet).toBe('EFE');
    expect(
      incidents(
        'Port-au-Prince, Jun 11 (EFE).- Three Guatemalan soldiers of the mission were wounded on Monday in Pont-Sondé.',
      ),
    ).toEqual(['2025-06-09 day: injured/mss/Guatemala/3']);
  });
});

describe('a dateline day with no year', () => {
  it('takes its year from the latest date the text states when no publication date is given', () => {
    const draft = readReport(
      'Port-au-Prince, Nov 4 (EFE).- The bodies of 11 people were found on Monday in Tabarre. Haiti awaits the Gang Suppression Force authorized by the UN Security Council in September 2025.',
      { publishedAt: null, gazetteer: GAZETTEER },
    );
    expect(draft).toMatchObject({ publishedAt: '2025-11-04', publishedAtEstimated: true });
    expect(draft.incidents.map((i) => i.date)).toEqual(['2025-11-03']);
  });
});

describe('whose personnel a mission figure counts', () => {
  it('reads ", led by Kenya," as an aside: the figure is the mission\'s', () => {
    expect(deployments('The MSS, led by Kenya, has about 1,000 personnel on the ground.')).toEqual([
      'MSS-total 1000 strength',
    ]);
    expect(deployments('La mission, dirigée par le Kenya, compte environ 1 000 policiers.')).toEqual([
      'MSS-total 1000 strength',
    ]);
    expect(deployments('Kenya, which leads the mission, has about 750 officers in Haiti.')).toEqual([
      'Kenya 750 strength',
    ]);
  });

  it("keeps one country's part of the total, told as a count", () => {
    for (const text of [
      'The mission has about 1,000 personnel, of whom some 750 are Kenyan.',
      'The mission has about 1,000 personnel, including some 750 Kenyans.',
      'La mission compte environ 1 000 agents, dont quelque 750 Kényans.',
      'The mission has about 1,000 personnel, 750 of them Kenyan police officers.',
    ])
      expect(deployments(text), text).toEqual(['MSS-total 1000 strength', 'Kenya 750 strength']);
  });

  it('knows the Gang Suppression Force by its French names, and a total "out of" the authorised one', () => {
    expect(
      deployments('La Force de répression des gangs compte actuellement quelque 1 000 membres.'),
    ).toEqual(['GSF-total 1000 strength']);
    // The 1 000 stay a strength (« autorisés » is the other count's word); that count, the ceiling, is planned.
    expect(deployments('La FRG compte 1 000 membres sur les 5 550 autorisés.')).toEqual([
      'GSF-total 1000 strength',
      'GSF-total 5550 planned',
    ]);
    // Two counts joined by "and" share their verb.
    expect(
      deployments(
        'On Tuesday, 75 Guatemalan soldiers and a dozen Salvadoran military medics landed in Port-au-Prince.',
      ),
    ).toEqual(['Guatemala 75 arrival', 'El Salvador 12 arrival']);
  });
});

describe('competing tolls', () => {
  it('keeps a third teller, and a count of no side from another teller, as rival counts of the civilians', () => {
    const three =
      "Gunmen attacked Petite-Rivière-de-l'Artibonite on Monday. The police said 12 civilians were killed. The RNDDH said that 19 had been killed. BINUH put the toll at 15.";
    expect(incidents(three)).toEqual([
      '2025-06-09 day: killed/civilian/12 [police] killed/civilian/15 [UN] killed/civilian/19 [RNDDH]',
    ]);
  });

  it('reads a toll put "at" a quoted number', () => {
    expect(
      incidents(
        'Gunmen attacked Petite-Rivière-de-l\'Artibonite on Monday. The RNDDH said that 19 people had been killed, while BINUH put the toll at "at least 15."',
      ),
    ).toEqual(['2025-06-09 day: killed/civilian/19 [RNDDH] killed/civilian/15 [UN]']);
  });
});

describe("days that are not the event's", () => {
  it('never dates an event by the funeral of its victims', () => {
    expect(
      incidents(
        'Mourners gathered on Saturday to bury victims of the massacre in Pont-Sondé, where gang members went door to door killing residents earlier this month.',
      ),
    ).toEqual(['2025-06-01 month: ']);
    expect(incidents('On Saturday, mourners buried the victims of the massacre in Pont-Sondé.')).toEqual([
      '2025-06-01 week: ',
    ]);
    expect(
      incidents("Funerals for the victims of Tuesday's attack in Cabaret were held on Saturday."),
    ).toEqual(['2025-06-10 day: ']);
    // A funeral that is itself attacked is the event.
    expect(
      incidents('Gunmen opened fire on a funeral procession on Saturday in Cabaret, killing three mourners.'),
    ).toEqual(['2025-06-07 day: killed/civilian/3']);
  });

  it('takes the day told later over "an overnight attack" guessed to be last night', () => {
    expect(
      incidents(
        'Gangs killed at least a dozen people in an overnight attack on Petite-Rivière, authorities said Tuesday. Gunmen attacked the town on Saturday, burning homes.',
      ),
    ).toEqual(['2025-06-07 day: killed/civilian/12']);
    expect(
      incidents('Gangs killed at least a dozen people in an overnight attack on Petite-Rivière.'),
    ).toEqual(['2025-06-10 day: killed/civilian/12']);
  });
});

describe('hostages', () => {
  it('counts hostages a verb did something to as that verb says, not as more people taken', () => {
    expect(incidents('Les bandits ont exécuté deux otages lundi à Croix-des-Bouquets.')).toEqual([
      '2025-06-09 day: killed/civilian/2',
    ]);
    // Hostages held are still missing.
    expect(
      incidents('Les ravisseurs détiennent toujours 12 otages à Croix-des-Bouquets depuis lundi.'),
    ).toEqual(['2025-06-09 week: missing/civilian/12']);
  });
});

describe('a French operation told with its day between verb and noun', () => {
  it('founds the event on that day, and the dead told next are its dead', () => {
    expect(
      incidents(
        'Les policiers ont mené le lundi 9 juin une opération à Tabarre 36. Trois bandits ont été abattus.',
      ),
    ).toEqual(['2025-06-09 day: killed/gang/3']);
    expect(
      incidents('La police a lancé hier soir une opération à Tabarre 36. Trois bandits ont été abattus.'),
    ).toEqual(['2025-06-10 day: killed/gang/3']);
    // A communiqué's full date, its year included, between the verb and the noun.
    expect(
      incidents(
        'La PNH a mené le lundi 9 juin 2025 une opération à Tabarre 36. Le bilan se présente comme suit : trois (3) bandits armés abattus.',
      ),
    ).toEqual(['2025-06-09 day: killed/gang/3']);
  });
});

describe('scenes and sides told in passing', () => {
  it("makes « c'était au tour de X » a new scene, whose casualties are its own", () => {
    expect(
      incidents(
        "Lundi soir, des bandits ont incendié l'église de Saut-d'Eau. Dans la nuit de mardi à mercredi, c'était au tour de Lascahobas. Les assaillants ont mis le feu au commissariat après des affrontements avec les policiers, dont deux ont été blessés par balle.",
      ),
    ).toEqual(['2025-06-09 day: ', '2025-06-10 day: injured/police/2']);
    // Someone's turn to do something else is no scene.
    expect(
      incidents(
        "La police a arrêté trois suspects lundi à Tabarre. C'était au tour de la population de manifester mardi.",
      ),
    ).toEqual(['2025-06-09 day: ']);
  });

  it('gives "N of whom" and « dont N » the side of the people named before them', () => {
    expect(
      incidents(
        'Gunmen set fire to the police station in Lascahobas on Monday after clashes with police officers, two of whom were wounded.',
      ),
    ).toEqual(['2025-06-09 day: injured/police/2']);
    expect(
      incidents(
        'Des bandits ont attaqué lundi un groupe de policiers à Lascahobas, dont deux ont été blessés.',
      ),
    ).toEqual(['2025-06-09 day: injured/police/2']);
  });

  it('never makes a bare "soldier" one of a contingent the report tells only as police officers', () => {
    expect(
      incidents(
        'On June 3, a soldier was shot dead near Mirebalais. The Kenyan-led mission has about 990 personnel in Haiti, most of them Kenyan police officers.',
      ),
    ).toEqual(['2025-06-03 day: killed/army/1']);
    expect(
      incidents(
        'On June 3, a soldier was shot dead near Mirebalais. The mission has about 990 personnel, most of them Jamaican soldiers.',
      ),
    ).toEqual(['2025-06-03 day: killed/mss/Jamaica/1']);
  });
});

describe('deployments told in passing', () => {
  it('reads who owns the count, what kind it is, and people named by their country', () => {
    const cases: Array<[string, string[]]> = [
      // Officers going home are no deployment to Haiti.
      [
        'A batch of 198 Kenyan police officers who had served in Haiti landed at JKIA on Saturday, returning home.',
        [],
      ],
      [
        'June 25, 2024: The first 400 Kenyan police officers arrive in Port-au-Prince.',
        ['Kenya 400 arrival'],
      ],
      ['217 Kenyan officers jetted out of Nairobi on Sunday to join the mission.', ['Kenya 217 arrival']],
      [
        'The Security Council authorized the Gang Suppression Force on 30 September. The Kenyan-led mission, which it replaces, currently numbers about 990 personnel.',
        ['MSS-total 990 strength'],
      ],
      // Haiti's police is not a deployment to Haiti.
      [
        "La PNH compte environ 10 000 agents actifs et la MMAS dispose d'un peu plus de 1 000 personnels.",
        ['MSS-total 1000 strength'],
      ],
      [
        'The Security Council authorized the Gang Suppression Force on 30 September 2025, with up to 5,550 uniformed personnel.',
        ['GSF-total 5550 planned'],
      ],
      [
        'Le contingent de la FRG arrivé mercredi est composé de 200 Kényans et de 120 Salvadoriens.',
        ['Kenya 200 arrival', 'El Salvador 120 arrival'],
      ],
    ];
    for (const [text, rows] of cases) expect(deployments(text), text).toEqual(rows);
  });
});

describe('a time link', () => {
  it('makes no new event of "Sunday\'s ambush comes a week after …"', () => {
    expect(
      read(
        "Sunday's ambush comes a week after 217 Kenyan officers jetted out of Nairobi to join the mission.",
      ).incidents,
    ).toEqual([]);
  });
});
