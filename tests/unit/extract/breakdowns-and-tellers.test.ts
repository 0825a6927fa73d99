/**
 * A toll told with its breakdown by side, another teller's count of the same dead, and who came
 * from where: held-out wordings (issue 11). Every text here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

// 2025-06-11 is a Wednesday.
const read = (text: string) =>
  readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER }).incidents.map((i) => ({
    date: i.date,
    place: i.place?.key ?? null,
    tolls: i.casualties.map(
      (c) => `${c.kind} ${c.count} ${c.affiliation}${c.attribution ? ` [${c.attribution}]` : ''}`,
    ),
  }));

describe('a toll and its breakdown by side', () => {
  it('reads « 9 morts, dont 7 marchandes, un policier de l’UDMO et un assaillant » after a headline’s 9, beside another teller’s 11', () => {
    expect(
      read(
        'Attaque armée contre le marché de Mirebalais, au moins 9 morts\n\n' +
          'Jeudi matin, des bandits lourdement armés, venus des hauteurs de Lascahobas, ont attaqué le marché public de Mirebalais. ' +
          'Selon un bilan communiqué par la police, l’attaque a fait 9 morts, dont 7 marchandes, un policier de l’Unité départementale de maintien d’ordre (UDMO) et un assaillant, ainsi que 14 blessés. ' +
          'La Protection civile, qui avance un bilan de 11 morts, signale que des camions ont été incendiés.',
      ),
    ).toEqual([
      {
        date: '2025-06-05',
        place: 'mirebalais',
        tolls: [
          'killed 7 civilian [police]',
          'killed 11 civilian [civil protection]',
          'injured 14 unknown',
          'killed 1 police',
          'killed 1 gang',
        ],
      },
    ]);
  });

  it('reads a Kreyòl breakdown after a colon, and a councillor’s higher count as his', () => {
    expect(
      read(
        'Bandi ame ki soti Grand Ravine atake vil Gressier lannwit samdi pou dimanch lan. ' +
          'Dapre polis la, omwen 8 moun mouri nan atak la : yon polisye, kat sivil ak twa bandi. ' +
          'Men yon konseye nan meri Gressier di se pa mwens pase 12 moun ki mouri.',
      ),
    ).toEqual([
      {
        date: '2025-06-07',
        place: 'gressier',
        tolls: [
          'killed 4 civilian [police]',
          'killed 12 civilian [local authorities]',
          'killed 1 police',
          'killed 3 gang',
        ],
      },
    ]);
  });

  it('keeps a local official’s higher count when the sides told add up to the lead’s people', () => {
    expect(
      read(
        'Gang members stormed Belot late Sunday, killing at least 12 people, police said. ' +
          'A police officer, eight residents and three suspected gang members were killed, according to a police spokesman. ' +
          'A local official gave a higher toll, saying his office had counted at least 17 bodies.',
      ),
    ).toEqual([
      {
        date: '2025-06-08',
        place: 'belot',
        tolls: [
          'killed 1 police',
          'killed 8 civilian [police]',
          'killed 17 civilian [local authorities]',
          'killed 3 gang',
        ],
      },
    ]);
  });

  it('drops a toll officials "first reported" once the report tells the toll has risen', () => {
    expect(
      read(
        'The toll from a gang attack on Belot on Sunday has risen to 11 dead, the mayor said on Monday. ' +
          'Officials first reported six deaths. The dead include a police officer and ten residents.',
      ),
    ).toEqual([{ date: '2025-06-08', place: 'belot', tolls: ['killed 1 police', 'killed 10 civilian'] }]);
  });
});

describe('a lead with its breakdown against other tellers, told as wire copy tells it', () => {
  const text =
    'Gang members stormed Belot late Tuesday, killing at least eight people, including two police officers, authorities said. ' +
    'Officers backed by personnel from the Kenya-led multinational mission pushed the attackers back. ' +
    'The mayor told reporters that 14 people had died. ' +
    'The National Human Rights Defense Network said it had documented the deaths of 11 civilians and the two officers. ' +
    '"They came at night," said Marie-Claude Joseph, 52, who fled on foot with her grandchildren. ' +
    'At least five people with gunshot wounds were taken to a hospital in Pétion-Ville. ' +
    'The Multinational Security Support mission, led by Kenyan police, has about 1,000 personnel in Haiti, and Kenya has pledged 600 more officers.';

  it('keeps the lead’s people and its two officers first, the mayor’s and the network’s counts as theirs, and “the two officers” as the police told', () => {
    expect(read(text)).toEqual([
      {
        date: '2025-06-10',
        place: 'belot',
        tolls: [
          'killed 6 civilian [authorities]',
          'killed 14 civilian [local authorities]',
          'killed 11 civilian [RNDDH]',
          'killed 2 police',
          'injured 5 civilian',
        ],
      },
    ]);
  });

  it('reads no one fleeing in “Marie-Claude Joseph, 52, who fled”: 52 is her age', () => {
    const draft = readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
    expect(draft.figures.map((f) => `${f.metric} ${f.value}`)).toEqual([]);
  });
});

describe('a breakdown that tells the police dead again without saying whose', () => {
  it('reads “two officers” beside a wounded Kenyan as the two police officers of the lead, not two Kenyans', () => {
    expect(
      read(
        'Gunmen killed at least six people, including two police officers, in Liancourt on Tuesday, police said. ' +
          '"Four civilians and two officers lost their lives," a spokesman said, adding that a Kenyan officer of the multinational mission had been wounded in the arm.',
      ),
    ).toEqual([
      {
        date: '2025-06-10',
        place: 'liancourt',
        tolls: ['killed 2 police', 'killed 4 civilian', 'injured 1 mss'],
      },
    ]);
  });
});

describe('where a neighbourhood lies', () => {
  it('takes no scene from "wedged between Delmas and the centre of Port-au-Prince"', () => {
    expect(
      read(
        'Solino, a hillside neighbourhood of narrow corridors wedged between Delmas and the centre of Port-au-Prince, became a symbol of resistance last year when residents beat back repeated assaults by the gangs. ' +
          'On Tuesday, police said an operation in Solino and neighbouring Fort National had killed five gang members.',
      ).map((i) => i.place),
    ).toEqual(['solino']);
  });
});

describe('a lead that sums two attacks', () => {
  it('is no incident of its own, and no toll of the first attack it goes on to tell', () => {
    const out = read(
      'Gunmen from the Gran Grif gang carried out two attacks on Saturday in two communes of the Artibonite, killing at least a dozen people, according to local officials. ' +
        'The first attack came shortly before dawn in Désarmes, a farming section of Verrettes. ' +
        'The police commissariat in Verrettes reported four people killed. ' +
        'By mid-afternoon, a second group of gunmen had reached the market in Liancourt, where eight people were killed.',
    );
    expect(out.map((i) => `${i.place} ${i.tolls.join(', ')}`)).toEqual([
      'desarmes killed 4 civilian',
      'liancourt killed 8 civilian',
    ]);
  });
});
