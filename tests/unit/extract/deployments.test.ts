/** Deployments as news reports write them: whose, how many, and the whole mission by name. */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const deployments = (text: string, publishedAt: string | null = '2024-10-10') =>
  readReport(text, { publishedAt, gazetteer: GAZETTEER }).deployments.map((d) => ({
    country: d.country,
    personnel: d.personnel,
    kind: d.kind,
    date: d.date,
  }));

describe('the whole mission', () => {
  it('is "MSS-total" for the Multinational Security Support mission', () => {
    expect(deployments('Kenya leads the MSS mission, which is supposed to have 2900 personnel.')).toEqual([
      { country: 'MSS-total', personnel: 2900, kind: 'planned', date: '2024-10' },
    ]);
  });

  it('is "GSF-total" for the Gang Suppression Force, also when the text says only "the force"', () => {
    const text =
      'The Gang Suppression Force took over from the MSS last week. The force will consist of up to 4,000 soldiers and police.';
    expect(deployments(text, '2025-11-05')).toEqual([
      { country: 'GSF-total', personnel: 4000, kind: 'planned', date: '2025-11' },
    ]);
  });

  it('is the GSF for "the 3,000-strong Gang Suppression Force"', () => {
    expect(
      deployments(
        'Officials said the 3,000-strong Gang Suppression Force is short of helicopters.',
        '2025-12-01',
      ),
    ).toEqual([expect.objectContaining({ country: 'GSF-total', personnel: 3000 })]);
  });
});

describe('one figure for one group', () => {
  it('adds "120 soldiers and 40 police officers" into one plan', () => {
    expect(deployments('Barbados has pledged 120 soldiers and 40 police officers to the mission.')).toEqual([
      expect.objectContaining({ country: 'Barbados', personnel: 160, kind: 'planned' }),
    ]);
  });

  it('adds "12 military and three police officers" when the first count has no noun of its own', () => {
    expect(deployments('The Belizean contingent includes 12 military and three police officers.')).toEqual([
      expect.objectContaining({ country: 'Belize', personnel: 15 }),
    ]);
  });

  it('does not count "the three officers" again', () => {
    expect(
      deployments(
        'Benin deployed 40 soldiers to Haiti. Colonel Dossou, who leads the three officers deployed at the port, spoke.',
      ),
    ).toEqual([expect.objectContaining({ country: 'Benin', personnel: 40 })]);
  });

  it('does not read hostages "including six staff members" as a deployment', () => {
    expect(
      deployments('Gunmen abducted nine people, including a nun, six staff members and a child.'),
    ).toEqual([]);
  });

  it('keeps one row when a report repeats a figure, the dated mention', () => {
    const text =
      'Barbados has sent eight Barbadian soldiers to the mission. A plane carrying an advance team of eight Barbadian soldiers landed on Tuesday.';
    expect(deployments(text)).toEqual([
      { country: 'Barbados', personnel: 8, kind: 'arrival', date: '2024-10-08' },
    ]);
  });
});

describe('small groups and whose they are', () => {
  it('reads the country from a longer "from …" phrase', () => {
    expect(
      deployments('Joining them were three senior officers from the Caribbean nation of Barbados.'),
    ).toEqual([expect.objectContaining({ country: 'Barbados', personnel: 3 })]);
  });

  it('counts the members of a named national force and its acronym', () => {
    const text =
      'Nine Jamaica Defence Force (JDF) landed at the airport on Monday. Jamaica will deploy a total of 300 JDF.';
    expect(deployments(text)).toEqual([
      { country: 'Jamaica', personnel: 9, kind: 'arrival', date: '2024-10-07' },
      { country: 'Jamaica', personnel: 300, kind: 'planned', date: '2024-10' },
    ]);
  });

  it('reads "a five-member advance team"', () => {
    expect(deployments('Barbados has sent a five-member advance team to Haiti.')).toEqual([
      expect.objectContaining({ country: 'Barbados', personnel: 5 }),
    ]);
  });

  it('gives "the group" the country of the contingent just named', () => {
    const text =
      'The Belizean contingent arrived in Haiti on Thursday. The group, consisting of 11 soldiers and two police officers, left from Belize City.';
    expect(deployments(text)).toEqual([expect.objectContaining({ country: 'Belize', personnel: 13 })]);
  });

  it('reads a team already stationed there', () => {
    expect(
      deployments('They join an initial team of nine Guatemalan soldiers already stationed in Haiti.'),
    ).toEqual([expect.objectContaining({ country: 'Guatemala', personnel: 9 })]);
  });
});

describe('a country’s strength and plans', () => {
  it('is the country’s, not the mission’s, when the mission is only where they serve', () => {
    expect(
      deployments(
        'Kenya is the largest contributor to the mission and a total of 700 officers have been deployed so far.',
      ),
    ).toEqual([expect.objectContaining({ country: 'Kenya', personnel: 700, kind: 'strength' })]);
  });

  it('reads "Kenyan police" and dates "earlier this year" as reported', () => {
    expect(deployments('About 300 Kenyan police arrived earlier this year.')).toEqual([
      expect.objectContaining({ country: 'Kenya', personnel: 300, date: '2024-10' }),
    ]);
  });

  it('finds the country later in the clause and dates the plan when it was reported', () => {
    expect(
      deployments('The president said the other 500 officers will be leaving Kenya for Haiti in March.'),
    ).toEqual([{ country: 'Kenya', personnel: 500, kind: 'planned', date: '2024-10' }]);
  });
});

describe('a running total', () => {
  it('"bringing the total number of Kenyan officers in Haiti to 600" is a strength, never a death toll', () => {
    const draft = readReport(
      'A second contingent of 200 Kenyan police officers arrived on Tuesday, bringing the total number of Kenyan officers in Haiti to 600.',
      { publishedAt: '2024-10-10', gazetteer: GAZETTEER },
    );
    expect(draft.deployments.map((d) => [d.country, d.personnel, d.kind])).toEqual([
      ['Kenya', 200, 'arrival'],
      ['Kenya', 600, 'strength'],
    ]);
    expect(draft.figures).toEqual([]);
    // A number of countries is no strength.
    expect(
      deployments(
        'Guatemala sent 150 soldiers, bringing the number of nations with troops in Haiti to 6.',
      ).map((d) => d.personnel),
    ).toEqual([150]);
    expect(
      deployments('Jamaica sent 20 more soldiers on Monday, bringing its total strength to about 200.'),
    ).toEqual([
      expect.objectContaining({ country: 'Jamaica', personnel: 20 }),
      expect.objectContaining({ country: 'Jamaica', personnel: 200, kind: 'strength' }),
    ]);
  });

  it('"bringing the number of officers killed this year to 45" is a toll figure, not a force', () => {
    const draft = readReport(
      'The attack killed two officers on Monday in Delmas, bringing the number of officers killed this year to 45.',
      { publishedAt: '2024-10-10', gazetteer: GAZETTEER },
    );
    expect(draft.deployments).toEqual([]);
    expect(draft.figures).toEqual([expect.objectContaining({ metric: 'killed', value: 45 })]);
    expect(
      readReport(
        'Gangs kidnapped 12 people on Monday in Delmas, bringing the number of people kidnapped this year to 1,200.',
        { publishedAt: '2024-10-10', gazetteer: GAZETTEER },
      ).figures,
    ).toEqual([expect.objectContaining({ metric: 'kidnapped', value: 1200 })]);
  });
});

describe('French contingents', () => {
  it('reads « le Salvador », « les 400 premiers policiers » and those « attendus »', () => {
    expect(deployments('Le Salvador a déployé huit militaires supplémentaires en Haïti mardi.')).toEqual([
      { country: 'El Salvador', personnel: 8, kind: 'arrival', date: '2024-10-08' },
    ]);
    expect(deployments('Les 400 premiers policiers kényans sont arrivés le 25 juin 2024.')).toEqual([
      { country: 'Kenya', personnel: 400, kind: 'arrival', date: '2024-06-25' },
    ]);
    expect(deployments('230 policiers kényans supplémentaires sont attendus en Haïti.')).toEqual([
      expect.objectContaining({ country: 'Kenya', personnel: 230, kind: 'planned' }),
    ]);
  });
});

/** Cases "text => rows" (published Thursday 2024-10-10): "country personnel kind [date unless 2024-10]"; "none". */
const expectReads = (cases: string[]) => {
  for (const c of cases) {
    const [text = '', rows] = c.split(' => ');
    const read = deployments(text).map((d) => `${d.country} ${d.personnel} ${d.kind} ${d.date}`);
    expect(read.join('; ').replace(/ 2024-10(?=;|$)/g, '') || 'none', text).toBe(rows);
  }
};

describe('whose figure it is', () => {
  it('reads past ", which leads the mission," to the country before it', () => {
    expectReads([
      'Kenya, which leads the mission, has about 750 officers in Haiti, while Guatemala has deployed 150 soldiers. => Kenya 750 strength; Guatemala 150 strength',
      'Jamaica, which joined the force last year, has 200 soldiers in Haiti. => Jamaica 200 strength',
      // The country inside the aside is not the owner either.
      'The mission, which Kenya leads, has about 1,000 personnel. => MSS-total 1000 strength',
      'Kenya has about 750 police officers in Haiti. => Kenya 750 strength',
      'Le Kenya, qui dirige la mission, compte environ 750 policiers. => Kenya 750 strength',
    ]);
  });

  it('gives "El Salvador\'s contingent of eight soldiers" to El Salvador', () => {
    expectReads([
      "El Salvador's contingent of eight soldiers arrived on Monday. => El Salvador 8 arrival 2024-10-07",
      'Guatemala’s contingent of 90 soldiers is based in the capital. => Guatemala 90 strength',
      'The Jamaican contingent of 20 soldiers arrived on Monday. => Jamaica 20 arrival 2024-10-07',
    ]);
  });

  it('counts "40 Kenyan and Jamaican personnel" for the whole mission, not the last country named', () => {
    expectReads([
      'About 40 Kenyan and Jamaican personnel arrived on Monday. => MSS-total 40 arrival 2024-10-07',
    ]);
  });

  it('gives more personnel the country the sentence before names', () => {
    expectReads([
      'Kenya has 400 officers in Haiti. 200 additional officers will arrive next month. => Kenya 400 strength; Kenya 200 planned',
      'Jamaica has 200 soldiers in Haiti. Another 100 soldiers will arrive next month. => Jamaica 200 strength; Jamaica 100 planned',
      'Le Salvador est dans la mission. Il annonce l’envoi de six militaires supplémentaires. => El Salvador 6 planned',
      // A sentence about the mission leaves the more to the mission.
      'The MSS has about 1,000 personnel. Another 200 officers will arrive next month. => MSS-total 1000 strength; MSS-total 200 planned',
    ]);
  });
});

describe('a country’s running total', () => {
  it('reads "bringing Guatemala\'s contribution to the mission to 150" as Guatemala’s strength', () => {
    expectReads([
      "More Guatemalan soldiers arrived on Monday, bringing Guatemala's contribution to the mission to 150. => Guatemala 150 strength",
      "More Guatemalan soldiers arrived, bringing Guatemala's contingent to 150. => Guatemala 150 strength",
      // The running total is a cue of its own.
      "The latest rotation brings Jamaica's contingent to about 200. => Jamaica 200 strength",
      'Jamaican soldiers arrived on Monday to join the Kenyan-led mission, bringing its strength to 1,100. => MSS-total 1100 strength',
    ]);
  });

  it('gives the arrivals the country of the running total that follows', () => {
    expectReads([
      "Seventy-five soldiers arrived on Monday, bringing Guatemala's contribution to 150. => Guatemala 75 arrival 2024-10-07; Guatemala 150 strength",
      // The mission's running total is the mission's.
      "Jamaica sent 200 soldiers on Monday, bringing the mission's total strength to 1,000. => Jamaica 200 arrival 2024-10-07; MSS-total 1000 strength",
      // Taking people somewhere is no running total.
      'The helicopter took 5 officers to the hospital in Tabarre. => none',
    ]);
  });

  it('reads « portant à près de 950 le nombre de Kényans » and « le contingent kényan compte »', () => {
    expectReads([
      'D’autres policiers kényans sont arrivés, portant à près de 950 le nombre de Kényans en Haïti. => Kenya 950 strength',
      'Dix policiers sont arrivés lundi, portant à 600 l’effectif des policiers kényans. => Kenya 10 arrival 2024-10-07; Kenya 600 strength',
      'La relève porte à 950 le nombre de policiers kényans en Haïti. => Kenya 950 strength',
      'Le contingent kényan compte désormais près de 950 policiers. => Kenya 950 strength',
      // A toll's running total is no force.
      'L’attaque a fait deux morts, portant à 45 le nombre de policiers tués cette année. => none',
    ]);
  });

  it('reads « l’envoi de huit militaires » as a plan and « a envoyé … lundi » as an arrival', () => {
    expectReads([
      'Le Kenya a envoyé 200 policiers lundi, portant son contingent à 950. => Kenya 200 arrival 2024-10-07; Kenya 950 strength',
      'Le président salvadorien annonce l’envoi de huit militaires supplémentaires. => El Salvador 8 planned',
    ]);
  });
});

describe('moves inside Haiti and counts without a noun', () => {
  it('reads no deployment in personnel sent to reinforce a town, but one sent to the capital', () => {
    expectReads([
      'About 40 Kenyan and Jamaican personnel of the multinational mission were sent to reinforce the town of Arcahaie on Monday. => none',
      'Twelve Kenyan officers were dispatched to Cabaret on Monday. => none',
      'Trente policiers kényans ont été envoyés à Cabaret lundi. => none',
      'Kenya deployed 400 police officers to Port-au-Prince on Monday. => Kenya 400 arrival 2024-10-07',
      // A department may be where they went to Haiti.
      'Benin dispatched 60 soldiers to the Artibonite on Monday. => Benin 60 arrival 2024-10-07',
    ]);
  });

  it('reads "but has fewer than 1,000 in the country" as the mission’s strength', () => {
    const text =
      'The mission was authorized to have 2,500 personnel but has fewer than 1,000 in the country.';
    const { deployments: read } = readReport(text, { publishedAt: '2024-10-10', gazetteer: GAZETTEER });
    expect(read.map((d) => `${d.country} ${d.personnel} ${d.kind} ${d.hedge}`)).toEqual([
      'MSS-total 2500 planned exact',
      'MSS-total 1000 strength at_most',
    ]);
    expectReads([
      'Kenya has 400 officers in Haiti and Jamaica has 200. => Kenya 400 strength; Jamaica 200 strength',
      'Kenya pledged 1,000 officers but has sent only 400 so far. => Kenya 1000 planned; Kenya 400 strength',
      // A count with a noun of its own is not that one's.
      'The mission had 400 officers in March and two armored vehicles. => MSS-total 400 strength 2024-03',
    ]);
  });
});
